import { translate } from '../i18n/active-locale.js';
import { ledgerMessages as m } from './ledger.messages.js';
import type { ShownVerdict } from './reason.js';

/**
 * One line for a table's verdicts, for its single live region: rows are plain text, so a screen reader hears
 * this line change rather than every row at once. While checking it stays put unless something fails.
 */
export function verdictSummary(verdicts: readonly (ShownVerdict | undefined)[], checking: boolean): string {
  const total = verdicts.length;
  const failed = verdicts.filter((v) => v?.status === 'failed').length;
  const verified = verdicts.filter((v) => v?.status === 'verified').length;
  const unknown = total - failed - verified;
  if (total === 0) return translate(m.noEntriesToVerify);
  const ofTotal = translate(m.verifiedOfTotal, { verified, total });
  const notChecked = translate(m.notCheckedCount, { count: unknown });
  if (failed === 0) {
    if (unknown === 0) return ofTotal;
    if (checking) return translate(m.checkingEntries, { count: total });
    return verified === 0 ? translate(m.notChecked) : translate(m.twoParts, { first: ofTotal, second: notChecked });
  }
  const parts = [translate(m.failedCount, { count: failed }), ...(verified > 0 ? [ofTotal] : []), ...(unknown === 0 ? [] : [checking ? translate(m.checkingTheRest) : notChecked])];
  const [first, second, third] = parts;
  if (third !== undefined) return translate(m.threeParts, { first, second, third });
  return second !== undefined ? translate(m.twoParts, { first, second }) : first!;
}
