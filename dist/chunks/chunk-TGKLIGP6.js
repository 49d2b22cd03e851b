import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/paths.ts
import path from "node:path";
function isInside(parent, child) {
  const relative = path.relative(parent, child);
  return relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

export {
  isInside
};
//# sourceMappingURL=chunk-TGKLIGP6.js.map
