// A generated package-lock.json: 240 packages, some nested under another, each depending on a few of the others
// (cycles among them), and 30 workspace folders `layers/l<i>` starting from one or two, so that their closures range
// from a handful of entries to nearly all.
export function generatedNpmLock(): { lockfileVersion: number; packages: Record<string, any> } {
  let seed = 11;
  const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
  const packages: Record<string, any> = { '': { name: 'acme' } };
  const names = Array.from({ length: 200 }, (_, i) => `p${i}`);
  names.forEach((name, i) => {
    const deps = i % 3 === 0 ? {} : Object.fromEntries(Array.from({ length: 1 + random(3) }, () => [names[random(200)], '*']));
    packages[`node_modules/${name}`] = { version: '1.0.0', integrity: `sha512-${name}`, dependencies: deps };
  });
  for (let i = 0; i < 40; i++) packages[`node_modules/p${i}/node_modules/p${i + 100}`] = { version: '2.0.0', dependencies: { [`p${i + 1}`]: '*' } };
  for (let i = 0; i < 30; i++) packages[`layers/l${i}`] = { name: `l${i}`, dependencies: { [names[i * 6]]: '*' }, devDependencies: { [names[random(200)]]: '*' } };
  return { lockfileVersion: 3, packages };
}
