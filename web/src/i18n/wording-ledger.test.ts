import { afterEach, describe, expect, it } from 'vitest';
// The catalogue first, as the app loads it, before the modules whose messages it gathers.
import { setActiveLocale } from './active-locale.js';
import { verifyEntryInclusion } from '../../../src/ledger/proofs/entry-verification.js';
import { verifyWholeLog } from '../../../src/ledger/proofs/log-verification.js';
import { reasonText } from '../ledger/reason.js';

/** The browser's ledger verifier (src/ledger) fails with worded reasons, said here in the reader's language. */
describe('the ledger verifier’s reasons in the app', () => {
  afterEach(() => setActiveLocale('en', undefined));

  const head = { origin: 'dossier.example/log', treeSize: 5, rootHash: new Uint8Array(32), extensions: [] };
  const proofForAnother = () => verifyEntryInclusion({ seq: 3, action: 'view' }, { leafIndex: 2, treeSize: 5, proof: [] }, head);
  const badKey = () =>
    verifyWholeLog({
      logKey: async () => ({ origin: head.origin, verifierKey: 'not-a-key' }),
      checkpointNote: async () => 'not a note',
      leafHashes: async () => [],
      visibleEntries: async () => ({ items: [], next: null }),
    });

  it('says a failed entry and a head that does not verify in English as the verifier wrote them', async () => {
    const entry = await proofForAnother();
    expect(entry).toEqual({ status: 'failed', reason: expect.objectContaining({ code: 'ledgerCheck.proofForOtherEntry', values: { proved: '2', seq: 3 } }) });
    const log = await badKey();
    expect(log).toMatchObject({ status: 'failed', reason: { code: 'ledgerCheck.headDoesNotVerify', cause: { code: 'signedNote.keyShape' } } });
    if (entry.status !== 'failed' || log.status !== 'failed') throw new Error('expected failures');
    expect(reasonText(entry.reason)).toBe('the proof is for entry 2, not entry 3');
    expect(reasonText(log.reason)).toBe('the signed tree head does not verify: a verifier key has the form name+keyid+key');
  });

  it('says them in French and in Arabic, the refusal that completes a reason included', async () => {
    const [entry, log] = [await proofForAnother(), await badKey()];
    if (entry.status !== 'failed' || log.status !== 'failed') throw new Error('expected failures');
    setActiveLocale('fr', undefined);
    expect(reasonText(entry.reason)).toBe('la preuve porte sur l’entrée 2, et non sur l’entrée 3');
    expect(reasonText(log.reason)).toBe('la tête d’arbre signée ne se vérifie pas : une clé de vérification a la forme nom+identifiant+clé');
    setActiveLocale('ar', undefined);
    expect(reasonText(entry.reason)).toBe('الإثبات يخص القيد 2 لا القيد 3');
    expect(reasonText(log.reason)).toBe('رأس الشجرة الموقّع لا يصمد عند التحقق: يكون مفتاح التحقق على الشكل: الاسم+المعرّف+المفتاح');
  });
});
