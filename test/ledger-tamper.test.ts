import fs from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { auditLedger, checkAgainstSavedCheckpoint } from '../src/ledger/audit.js';
import { commitText } from '../src/ledger/proofs/commitment.js';
import { encodeEntry } from '../src/ledger/entry.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

const engines = await enginesUnderTest();

describe.each(engines)('tampering with the ledger on $name', (engine) => {
  let dossier: Dossier;
  const key = () => ({ origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey });
  const audit = () => auditLedger(dossier.database.db, key());
  const entryText = async (seq: number) =>
    (await dossier.database.db.selectFrom('ledger_entries').select('entry').where('seq', '=', seq).executeTakeFirstOrThrow()).entry;
  const setEntry = (seq: number, entry: string) => dossier.database.db.updateTable('ledger_entries').set({ entry }).where('seq', '=', seq).execute();

  beforeEach(async () => {
    dossier = await newDossier(await engine.createDatabase());
    for (let i = 1; i <= 9; i++) await createCase(dossier, 'test:analyst', { id: `case-${i}`, title: `Case ${i}` });
    expect(await audit()).toMatchObject({ ok: true, entries: 10, checkpoints: 10, signedSize: 10 });
  });
  afterEach(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });
  afterAll(() => engine.dropAll());

  it('names an entry whose JSON was edited', async () => {
    const entry = JSON.parse(await entryText(4));
    entry.details.committed.title = commitText('00', 'title', 'A different title');
    await setEntry(4, encodeEntry(entry));
    expect(await audit()).toMatchObject({ ok: false, firstBadIndex: 4 });
  });

  it('names an entry whose JSON was edited into a non-canonical form', async () => {
    await setEntry(6, (await entryText(6)).replace('{', '{ '));
    expect(await audit()).toMatchObject({ ok: false, firstBadIndex: 6 });
  });

  it('names an entry whose query column was changed', async () => {
    await dossier.database.db.updateTable('ledger_entries').set({ actor: 'someone:else' }).where('seq', '=', 3).execute();
    expect(await audit()).toMatchObject({ ok: false, firstBadIndex: 3 });
  });

  it('names a deleted entry', async () => {
    await dossier.database.db.deleteFrom('ledger_entries').where('seq', '=', 5).execute();
    expect(await audit()).toMatchObject({ ok: false, firstBadIndex: 5 });
  });

  it('names the last entry when it was deleted', async () => {
    await dossier.database.db.deleteFrom('ledger_entries').where('seq', '=', 9).execute();
    expect(await audit()).toMatchObject({ ok: false, firstBadIndex: 9 });
  });

  it('names an entry inserted after the signed tree', async () => {
    const forged = encodeEntry({ v: 1, seq: 10, time: new Date().toISOString(), actor: 'x', action: 'create', subject: {}, details: {} });
    await dossier.database.db.insertInto('ledger_entries').values({ seq: 10, entry: forged, at: 'x', actor: 'x', action: 'create', evidence_sha256: null, case_id: null }).execute();
    expect(await audit()).toMatchObject({ ok: false, firstBadIndex: 10 });
  });

  it('refuses to append to a log whose entries disagree with its signed head', async () => {
    await dossier.database.db.deleteFrom('ledger_entries').where('seq', '=', 9).execute();
    await expect(createCase(dossier, 'test:analyst', { id: 'more', title: 'More' })).rejects.toMatchObject({ code: 'LEDGER_INCONSISTENT' });
    expect(await dossier.database.db.selectFrom('cases').select('id').where('id', '=', 'more').executeTakeFirst()).toBeUndefined();
  });

  it('names an entry inserted before the first', async () => {
    const forged = encodeEntry({ v: 1, seq: -1, time: new Date().toISOString(), actor: 'x', action: 'create', subject: {}, details: {} });
    await dossier.database.db.insertInto('ledger_entries').values({ seq: -1, entry: forged, at: 'x', actor: 'x', action: 'create', evidence_sha256: null, case_id: null }).execute();
    expect(await audit()).toMatchObject({ ok: false, firstBadIndex: 0 });
  });

  it('names the first of two reordered entries', async () => {
    const [two, three] = [await entryText(2), await entryText(3)];
    await setEntry(2, three);
    await setEntry(3, two);
    expect(await audit()).toMatchObject({ ok: false, firstBadIndex: 2 });
  });

  it('names the entries under a tampered tree node', async () => {
    await dossier.database.db.updateTable('merkle_nodes').set({ hash: Buffer.alloc(32, 1) }).where('level', '=', 2).where('idx', '=', 1).execute();
    expect(await audit()).toMatchObject({ ok: false, firstBadIndex: 4 });
  });

  it('rejects a checkpoint whose signed note was altered', async () => {
    const row = await dossier.database.db.selectFrom('checkpoints').selectAll().where('tree_size', '=', 7).executeTakeFirstOrThrow();
    const altered = row.note.replace('\n7\n', '\n8\n');
    expect(altered).not.toBe(row.note);
    await dossier.database.db.updateTable('checkpoints').set({ note: altered }).where('tree_size', '=', 7).execute();
    expect(await audit()).toMatchObject({ ok: false, badCheckpointSize: 7 });
  });

  it('exposes rewritten history through a consistency proof from a checkpoint kept earlier', async () => {
    const saved = (await dossier.ledger.latestCheckpoint())!;
    const entries = await dossier.ledger.entries();
    // The forger holds the database and the signing key: rewrite entry 3, rebuild every node, re-sign.
    await dossier.database.writeTransaction(async (trx) => {
      await sql`delete from checkpoints`.execute(trx);
      await sql`delete from merkle_nodes`.execute(trx);
      await sql`delete from ledger_entries`.execute(trx);
      for (const entry of entries) {
        const details = entry.seq === 3 ? { ...entry.details, committed: { title: commitText('00', 'title', 'Rewritten') } } : entry.details;
        await dossier.ledger.append(trx, [{ actor: entry.actor, action: entry.action, subject: entry.subject, details }]);
      }
    });
    await createCase(dossier, 'test:analyst', { id: 'after', title: 'Later work' });
    // Internally the forged log is consistent...
    expect(await audit()).toMatchObject({ ok: true, entries: 11 });
    // ...but not with the checkpoint a witness kept.
    // The forged log signed size 10 again with another root: two signed histories, both notes given as proof.
    const check = await checkAgainstSavedCheckpoint(dossier.ledger, saved, key());
    expect(check).toMatchObject({ ok: false, savedSize: 10, currentSize: 11, splitView: { size: 10, saved } });
    expect(check.problem).toMatch(/SPLIT VIEW/);
    expect(check.splitView!.ours).not.toBe(saved);
    // A forger who also drops the re-signed head of that size is still caught, by the consistency proof.
    await sql`delete from checkpoints where tree_size = 10`.execute(dossier.database.db);
    const proofCheck = await checkAgainstSavedCheckpoint(dossier.ledger, saved, key());
    expect(proofCheck).toMatchObject({ ok: false, savedSize: 10, currentSize: 11 });
    expect(proofCheck.problem).toMatch(/not consistent/);
  });

  it('accepts an honest log grown since the saved checkpoint', async () => {
    const saved = (await dossier.ledger.latestCheckpoint())!;
    await createCase(dossier, 'test:analyst', { id: 'later', title: 'Later' });
    expect(await checkAgainstSavedCheckpoint(dossier.ledger, saved, key())).toEqual({ ok: true, savedSize: 10, currentSize: 11 });
  });
});
