import type { Verdict } from '../../../src/ledger/entry-verification.js';

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * One line for a table's verdicts, for its single live region: rows are plain text, so a screen reader hears
 * this line change rather than every row at once. While checking it stays put unless something fails.
 */
export function verdictSummary(verdicts: readonly (Verdict | undefined)[], checking: boolean): string {
  const total = verdicts.length;
  const failed = verdicts.filter((v) => v?.status === 'failed').length;
  const verified = verdicts.filter((v) => v?.status === 'verified').length;
  const unknown = total - failed - verified;
  if (total === 0) return 'No entries to verify';
  const ofTotal = `${count(verified)} of ${count(total)} verified`;
  if (failed === 0) {
    if (unknown === 0) return ofTotal;
    if (checking) return `Checking ${count(total)} ${total === 1 ? 'entry' : 'entries'}…`;
    return verified === 0 ? 'Not checked' : `${ofTotal}, ${count(unknown)} not checked`;
  }
  const rest = unknown === 0 ? [] : [checking ? 'checking the rest…' : `${count(unknown)} not checked`];
  return [`${count(failed)} failed`, ...(verified > 0 ? [ofTotal] : []), ...rest].join(', ');
}
