// @yarnpkg/lockfile ships no types; only `parse` is used.
declare module '@yarnpkg/lockfile' {
  export function parse(text: string): { type: 'success' | 'merge' | 'conflict'; object: Record<string, Record<string, any>> };
}
