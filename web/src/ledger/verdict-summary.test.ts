import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../i18n/active-locale.js';
import type { Verdict } from '../../../src/ledger/proofs/entry-verification.js';
import { ledgerCheckWordings } from '../../../src/ledger/proofs/verification-wordings.js';
import { verdictSummary } from './verdict-summary.js';

const verified: Verdict = { status: 'verified', treeSize: 12, rootHex: 'ab'.repeat(32) };
const failed: Verdict = { status: 'failed', reason: ledgerCheckWordings.say('proofLeadsElsewhere', { seq: 3, root: 'cd'.repeat(32) }) };

describe('the one-line summary of a table’s verdicts', () => {
  it('counts verified entries once all are checked', () => {
    expect(verdictSummary([verified, verified], false)).toBe('2 of 2 verified');
    expect(verdictSummary([verified, verified], true)).toBe('2 of 2 verified');
  });

  it('stays the same while checking, so a screen reader is not told of every entry', () => {
    expect(verdictSummary([undefined, undefined], true)).toBe('Checking 2 entries…');
    expect(verdictSummary([verified, undefined], true)).toBe('Checking 2 entries…');
    expect(verdictSummary([undefined], true)).toBe('Checking 1 entry…');
  });

  it('says at once that something failed, and what else is known', () => {
    expect(verdictSummary([failed], false)).toBe('1 failed');
    expect(verdictSummary([failed, verified], false)).toBe('1 failed, 1 of 2 verified');
    expect(verdictSummary([failed, undefined, undefined], true)).toBe('1 failed, checking the rest…');
    expect(verdictSummary([failed, verified, undefined], false)).toBe('1 failed, 1 of 3 verified, 1 not checked');
  });

  it('says when nothing was checked, or only some', () => {
    expect(verdictSummary([undefined, undefined], false)).toBe('Not checked');
    expect(verdictSummary([verified, undefined], false)).toBe('1 of 2 verified, 1 not checked');
    expect(verdictSummary([], true)).toBe('No entries to verify');
  });

  it('writes large counts with separators', () => {
    expect(verdictSummary(Array.from({ length: 1200 }, () => verified), false)).toBe('1,200 of 1,200 verified');
  });
});

describe('the summary in Arabic', () => {
  afterEach(() => setActiveLocale('en', undefined));

  it('uses the plural form each count needs, with the reader’s digits', () => {
    setActiveLocale('ar', undefined);
    expect(verdictSummary([failed, failed, failed, verified], false)).toBe('فشل التحقق من ٣ قيود، تم التحقق من ١ من أصل ٤');
    expect(verdictSummary([undefined, undefined], true)).toBe('جارٍ التحقق من قيدين…');
    setActiveLocale('ar', 'latn');
    expect(verdictSummary(Array.from({ length: 11 }, () => undefined), true)).toBe('جارٍ التحقق من 11 قيدًا…');
  });
});
