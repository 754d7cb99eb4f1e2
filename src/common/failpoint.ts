/**
 * Named points where a crash test may kill the process, as a power cut would: when DOSSIER_FAILPOINT names
 * the point, the process sends itself SIGKILL there and nothing after it runs (no finally, no exit handler).
 * Tests use it to prove that every step of a multi-step change (a key rotation) can be resumed.
 */
export function failpoint(name: string): void {
  if (process.env.DOSSIER_FAILPOINT === name) process.kill(process.pid, 'SIGKILL');
}
