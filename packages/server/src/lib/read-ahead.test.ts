import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAhead } from './read-ahead.ts';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A source that records what was asked of it, in order, and fails at `failAt` when given. */
function recordingSource(items: readonly number[], log: string[], failAt?: number) {
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (const [i, item] of items.entries()) {
          log.push(`produce ${item}`);
          await tick();
          if (i === failAt) throw new Error(`broken at ${item}`);
          log.push(`produced ${item}`);
          yield item;
        }
      } finally {
        log.push('source closed');
      }
    },
  };
}

describe('readAhead', () => {
  it('yields exactly what the source yields, in order, for any items', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer(), { maxLength: 30 }), async (items) => {
        const out: number[] = [];
        for await (const item of readAhead(recordingSource(items, []))) out.push(item);
        expect(out).toEqual(items);
      }),
    );
  });

  it('has the source produce the next item while the consumer still works on the current one', async () => {
    const log: string[] = [];
    for await (const item of readAhead(recordingSource([1, 2, 3], log))) {
      log.push(`consume ${item} start`);
      await tick();
      await tick();
      log.push(`consume ${item} end`);
    }
    // Item 2 is ready before the consumer is done with item 1 (without reading ahead it is only asked for after).
    expect(log.indexOf('produced 2')).toBeLessThan(log.indexOf('consume 1 end'));
    expect(log.indexOf('produced 3')).toBeLessThan(log.indexOf('consume 2 end'));
    expect(log).toContain('source closed');
  });

  it("surfaces the source's failure only after every item before it was consumed", async () => {
    const log: string[] = [];
    const consumed: number[] = [];
    await expect(
      (async () => {
        for await (const item of readAhead(recordingSource([1, 2, 3, 4], log, 2))) {
          await tick();
          await tick();
          consumed.push(item);
        }
      })(),
    ).rejects.toThrow('broken at 3');
    expect(consumed).toEqual([1, 2]);
  });

  it('ends the source when the consumer stops early, and raises no unhandled rejection', async () => {
    const log: string[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      // The item read ahead (3) fails while the consumer breaks off at 2.
      for await (const item of readAhead(recordingSource([1, 2, 3], log, 2))) if (item === 2) break;
      await tick();
      await tick();
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(log).toContain('source closed');
    expect(unhandled).toEqual([]);
  });
});
