/**
 * Yields what `source` yields, asking it for the next item as soon as one is handed out, so the source works on
 * the next item while the consumer works on this one: the 台账 import parses the file's next batch while the
 * database writes the current one. One item is held ahead. A failure of the source surfaces where the consumer
 * would have met it — after every item before it — and stopping early ends the source.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  let finished = false;
  try {
    for (;;) {
      const current = await next;
      if (current.done) {
        finished = true;
        return;
      }
      next = iterator.next();
      // Awaited at the next turn; until then a failure must not count as unhandled.
      next.catch(() => undefined);
      yield current.value;
    }
  } catch (error) {
    finished = true;
    throw error;
  } finally {
    if (!finished) {
      // The consumer stopped early: let the request in flight settle, then end the source (its own cleanup runs).
      await next.catch(() => undefined);
      await iterator.return?.();
    }
  }
}
