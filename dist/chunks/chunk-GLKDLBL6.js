import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/clock.ts
import { setTimeout } from "node:timers/promises";
var systemClock = {
  now: () => Date.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
  sleep: (ms, signal) => setTimeout(ms, void 0, { signal }),
  random: () => Math.random()
};

export {
  systemClock
};
//# sourceMappingURL=chunk-GLKDLBL6.js.map
