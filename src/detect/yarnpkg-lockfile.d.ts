// @yarnpkg/lockfile ships no types; only `parse` is used. Node's import() of this CommonJS bundle sees `parse` only on
// the default export (module.exports); esbuild and vitest give it as a named export too.
declare module '@yarnpkg/lockfile' {
  type Parse = (text: string) => { type: 'success' | 'merge' | 'conflict'; object: Record<string, Record<string, any>> };
  export const parse: Parse | undefined;
  const lockfile: { parse: Parse };
  export default lockfile;
}
