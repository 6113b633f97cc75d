import { setImmediate } from 'node:timers/promises';

/**
 * Lets the event loop take in I/O (requests from other users) before long work goes on. A loop of awaits that
 * resolve at once (an in-memory stream, embedded PGlite) never reaches the poll phase by itself: without this, one
 * ledger import kept every other request waiting for the whole import.
 */
export const yieldToEventLoop = (): Promise<void> => setImmediate();

/** `yieldToEventLoop` every `every` calls: for per-row loops, where one yield per row would cost more than it gives. */
export function everyNth(every: number): () => Promise<void> {
  let count = 0;
  return async () => {
    count++;
    if (count % every === 0) await yieldToEventLoop();
  };
}
