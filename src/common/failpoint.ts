/**
 * Named points where a crash test may kill the process, as a power cut would: when DOSSIER_FAILPOINT names
 * the point, the process sends itself SIGKILL there and nothing after it runs (no finally, no exit handler).
 * Tests use it to prove that every step of a multi-step change (a key rotation) can be resumed. A point passed
 * many times (once a batch) is named with the pass to stop at: `import-acled:batch-written#2`.
 */
const passes = new Map<string, number>();

export function failpoint(name: string): void {
  const wanted = process.env.DOSSIER_FAILPOINT;
  if (wanted === undefined) return;
  const [point, pass = '1'] = wanted.split('#');
  if (point !== name) return;
  const count = (passes.get(name) ?? 0) + 1;
  passes.set(name, count);
  if (String(count) === pass) process.kill(process.pid, 'SIGKILL');
}
