import { describe, expect, it } from 'vitest';
import { bufferedLogger } from '../src/log-groups';
import { memoryLogger } from './support/logger';

describe('bufferedLogger', () => {
  it('holds every line until replay, then emits them in order with their annotations', async () => {
    const buffer = bufferedLogger();
    const target = memoryLogger();
    buffer.info('building');
    await buffer.group('smoke test', async () => buffer.warning('slow start', { file: 'runtimes/go/bootstrap', line: 1 }));
    buffer.error('failed', { file: 'lambda-layers.yml', line: 7, column: 3 });
    expect(target.lines).toEqual([]);

    buffer.replay(target);
    expect(target.lines).toEqual([
      { level: 'info', message: 'building' },
      { level: 'info', message: '-- smoke test' },
      { level: 'warning', message: 'slow start', where: { file: 'runtimes/go/bootstrap', line: 1 } },
      { level: 'error', message: 'failed', where: { file: 'lambda-layers.yml', line: 7, column: 3 } },
    ]);
  });
});
