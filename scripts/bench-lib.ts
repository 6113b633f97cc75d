// Small helpers shared by the benchmark scripts (not part of the app).
import fs from 'node:fs';
import os from 'node:os';

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** The q-quantile of a sample (nearest rank on the sorted values); NaN for an empty sample. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** p50 and p95 in ms of `runs` timed runs after one warm-up run. */
export async function timeRuns(run: () => Promise<unknown>, runs: number): Promise<{ p50: number; p95: number }> {
  await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));
export const loadAverage = (): string => os.loadavg().map((l) => l.toFixed(2)).join(' ');

/** Resident set size and its high-water mark of a process in MiB, from /proc (Linux), or null elsewhere. */
export function processMemory(pid: number | 'self'): { rssMb: number; peakMb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Resets this process's peak RSS (VmHWM) to its current RSS, so the next reading is the peak of what follows. */
export function resetPeakMemory(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** `--json`, `--only a,b`, `--child x`, `--target y` and the like: flags with an optional value. */
export function parseFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) continue;
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) flags.set(name, inline);
    else if (next !== undefined && !next.startsWith('--')) {
      flags.set(name, next);
      i += 1;
    } else flags.set(name, 'true');
  }
  return flags;
}
