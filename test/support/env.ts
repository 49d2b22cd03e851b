// Putting process.env back as it was, in place: the object stays Node's own process.env (which coerces values to
// strings), so nothing changes for a test file run after this one in the same worker.
export function restoreEnv(saved: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
}
