// The runtime and architecture `--local --create-functions` gives a function, from its layers alone.
import { describe, expect, it } from 'vitest';
import { runtimeCatalog } from '../../src/config/runtimes';
import { impliedSettings } from '../../src/local/emulator';
import type { LayerConfig } from '../../src/types';

const layer = (type: LayerConfig['type'], runtimes: string[] = [], architectures: string[] = []) => ({ type, runtimes, architectures }) as LayerConfig;

describe('impliedSettings', () => {
  it("takes a runtime layer's runtime and, when the others allow no common architecture, its architecture", () => {
    expect(impliedSettings([layer('nodejs', ['nodejs22.x'], ['x86_64']), layer('runtime', ['provided.al2'], ['arm64'])])).toEqual({
      runtime: 'provided.al2',
      architecture: 'arm64',
    });
  });

  it('takes the first runtime and architecture every layer that names some allows', () => {
    const layers = [layer('nodejs', ['nodejs20.x', 'nodejs22.x'], ['x86_64', 'arm64']), layer('nodejs', ['nodejs22.x', 'nodejs24.x'], ['arm64']), layer('custom')];
    expect(impliedSettings(layers)).toEqual({ runtime: 'nodejs22.x', architecture: 'arm64' });
  });

  it("falls back to the first runtime listed, the newest of the layers' language, then provided.al2023 and x86_64", () => {
    expect(impliedSettings([layer('python', ['python3.12']), layer('python', ['python3.13'])]).runtime).toBe('python3.12');
    const newestRuby = runtimeCatalog().current.find((r) => r.startsWith('ruby'));
    expect(impliedSettings([layer('custom'), layer('ruby')])).toEqual({ runtime: newestRuby, architecture: 'x86_64' });
    expect(impliedSettings([layer('custom')])).toEqual({ runtime: 'provided.al2023', architecture: 'x86_64' });
  });
});
