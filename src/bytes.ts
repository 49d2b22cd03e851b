// Sizes as people read them, for the log (packaging) and every rendering of a plan (report).

/** `512 B`, `4.5 kB`, `1.5 MB`. */
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
