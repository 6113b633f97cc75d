// The line the server prints once it listens, and how a process that started it (build.test, bench:hazards) finds
// the port in it: with PORT=0 the system picks the port and this line is the only place that names it.

const PREFIX = '治本已启动：http://localhost:';

/** The start line's beginning, up to and including the port listened on. */
export const startLineHead = (port: number): string => `${PREFIX}${port}`;

/** The port named by a start line within `output`, or null while none has been printed. */
export function portInStartLine(output: string): number | null {
  const at = output.indexOf(PREFIX);
  if (at < 0) return null;
  const digits = /^\d+/.exec(output.slice(at + PREFIX.length))?.[0];
  return digits ? Number(digits) : null;
}
