import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/bytes.ts
function bytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export {
  bytes
};
//# sourceMappingURL=chunk-Y3A3TBS2.js.map
