import v8 from 'node:v8';

/**
 * The server's old generation may grow to 1.5× what survived the last full collection before the next one starts.
 * V8's own factor (up to 4× while the program allocates fast) let a 100,000-row ledger import swing between ~100 MB
 * live and ~330 MB of heap, and the process's RSS with it; at 1.5× the import kept its time (bench:hazards,
 * ARCHITECTURE.md "Memory"). Request handling allocates short-lived objects, which die young and are not affected.
 */
export const HEAP_GROWING_PERCENT = 50;

/** For the server process (main.ts) and the processes that stand in for it in benchmarks; V8 flags are per process. */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
