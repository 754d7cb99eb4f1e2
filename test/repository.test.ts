import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { initDossier, type Dossier } from '../src/app/open.js';
import { createCase, getCase, listCases } from '../src/cases/cases.js';
import { auditVault, exportEvidenceCopy, viewEvidence } from '../src/evidence/custody.js';
import { getEvidence, ingestEvidence, listEvidence } from '../src/evidence/evidence.js';
import { auditLedger } from '../src/ledger/audit.js';
import { commitText } from '../src/ledger/proofs/commitment.js';
import { verifyCheckpoint } from '../src/ledger/proofs/checkpoint.js';
import { CustodyLedger } from '../src/ledger/log.js';
import { verifyConsistency, verifyInclusion } from '../src/ledger/proofs/merkle.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, tempDir, testConfig } from './support/dossier.js';

const engines = await enginesUnderTest();
const PNG_HEADER = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const bytes = (text: string) => [Buffer.from(text, 'utf8')];
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

describe.each(engines)('cases, evidence and the ledger on $name', (engine) => {
  let dossier: Dossier;
  const actor = 'test:analyst';
  const key = () => ({ origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey });

  beforeEach(async () => {
    dossier = await newDossier(await engine.createDatabase());
  });
  afterEach(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });
  afterAll(() => engine.dropAll());

  it('starts the ledger with an init entry that commits to the verifier key', async () => {
    const [first] = await dossier.ledger.entries();
    expect(first).toMatchObject({ seq: 0, action: 'init', details: { verifierKey: dossier.dataDir.verifierKey } });
    const checkpoint = verifyCheckpoint((await dossier.ledger.latestCheckpoint())!, dossier.dataDir.verifierKey, dossier.dataDir.manifest.origin);
    expect(checkpoint.treeSize).toBe(1);
  });

  it('creates, lists and reads cases, each creation logged', async () => {
    await createCase(dossier, actor, { id: 'aleppo-2016', title: 'Eastern Aleppo', description: 'Siege' });
    await createCase(dossier, actor, { id: 'ghouta-2017', title: 'East Ghouta' });
    expect((await listCases(dossier)).map((c) => c.id)).toEqual(['aleppo-2016', 'ghouta-2017']);
    expect(await getCase(dossier, 'aleppo-2016')).toMatchObject({ title: 'Eastern Aleppo', description: 'Siege', createdBy: actor });
    const logged = await dossier.ledger.entries({ caseId: 'aleppo-2016' });
    const { salt } = await dossier.database.db.selectFrom('cases').select('salt').where('id', '=', 'aleppo-2016').executeTakeFirstOrThrow();
    expect(logged).toMatchObject([
      { action: 'create', actor, subject: { case: 'aleppo-2016' }, details: { committed: { title: commitText(salt, 'title', 'Eastern Aleppo') } } },
    ]);
  });

  it('rejects a bad or duplicate case id, naming the field, and writes nothing', async () => {
    await expect(createCase(dossier, actor, { id: 'Bad Id!', title: 'x' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'id' } });
    await expect(createCase(dossier, actor, { id: 'ok', title: '  ' })).rejects.toMatchObject({ details: { field: 'title' } });
    await createCase(dossier, actor, { id: 'ok', title: 'first' });
    await expect(createCase(dossier, actor, { id: 'ok', title: 'again' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await dossier.ledger.currentSize()).toBe(2);
    expect((await auditLedger(dossier.database.db, key())).ok).toBe(true);
  });

  it('takes in evidence: hash, size, media type from the bytes, intake record and ledger entry', async () => {
    await createCase(dossier, actor, { id: 'c1', title: 'Case' });
    const png = Buffer.concat([PNG_HEADER, Buffer.alloc(1000, 7)]);
    const result = await ingestEvidence(dossier, actor, { caseId: 'c1', originalName: '/phone/IMG_0001.txt', source: 'witness phone', note: 'n', content: [png] });
    expect(result.duplicate).toBe(false);
    expect(result.item).toMatchObject({ sha256: sha256(png), size: png.length, mediaType: 'image/png', originalName: 'IMG_0001.txt', source: 'witness phone', cases: ['c1'] });
    const entry = await dossier.ledger.entry(result.intake.ledgerSeq);
    expect(entry).toMatchObject({ action: 'intake', actor, subject: { case: 'c1', evidence: sha256(png) }, details: { size: png.length, duplicate: false } });
    // The entry commits to the free text (which may name a witness) without containing it.
    const { salt } = await dossier.database.db.selectFrom('evidence_intakes').select('salt').where('id', '=', result.intake.id).executeTakeFirstOrThrow();
    expect(entry.details.committed).toEqual({
      originalName: commitText(salt, 'originalName', 'IMG_0001.txt'),
      source: commitText(salt, 'source', 'witness phone'),
      note: commitText(salt, 'note', 'n'),
    });
    const stored = await dossier.database.db.selectFrom('ledger_entries').select('entry').where('seq', '=', entry.seq).executeTakeFirstOrThrow();
    expect(stored.entry).not.toContain('witness phone');
    expect(stored.entry).not.toContain('IMG_0001');
    expect(await dossier.vault.has(sha256(png))).toBe(true);
  });

  it('stores the same content once but records every intake, and links it to each case', async () => {
    await createCase(dossier, actor, { id: 'c1', title: 'One' });
    await createCase(dossier, actor, { id: 'c2', title: 'Two' });
    const first = await ingestEvidence(dossier, actor, { caseId: 'c1', originalName: 'a.txt', content: bytes('same words') });
    const second = await ingestEvidence(dossier, 'test:other', { caseId: 'c2', originalName: 'b.txt', source: 'second copy', content: bytes('same words') });
    expect(second.duplicate).toBe(true);
    expect(second.item.id).toBe(first.item.id);
    const item = await getEvidence(dossier, first.item.sha256.slice(0, 12));
    expect(item.cases).toEqual(['c1', 'c2']);
    expect(item.intakes.map((i) => [i.caseId, i.originalName, i.actor])).toEqual([
      ['c1', 'a.txt', actor],
      ['c2', 'b.txt', 'test:other'],
    ]);
    let blobs = 0;
    for await (const _ of dossier.vault.list()) blobs++;
    expect(blobs).toBe(1);
    expect((await listEvidence(dossier, { caseId: 'c2' })).map((i) => i.id)).toEqual([first.item.id]);
  });

  it('refuses evidence for an unknown case before storing anything', async () => {
    const before = await dossier.ledger.currentSize();
    await expect(ingestEvidence(dossier, actor, { caseId: 'nope', originalName: 'x', content: bytes('orphan') })).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
    expect(await dossier.vault.has(sha256('orphan'))).toBe(false);
    expect(await dossier.ledger.currentSize()).toBe(before);
  });

  it('logs a view before handing out the bytes', async () => {
    await createCase(dossier, actor, { id: 'c1', title: 'Case' });
    const { item } = await ingestEvidence(dossier, actor, { caseId: 'c1', originalName: 'v.txt', content: bytes('viewable') });
    const { stream } = await viewEvidence(dossier, 'test:reader', item.id);
    let read = '';
    for await (const chunk of stream) read += chunk.toString();
    expect(read).toBe('viewable');
    const views = (await dossier.ledger.entries({ evidenceSha256: item.sha256 })).filter((e) => e.action === 'view');
    expect(views).toMatchObject([{ actor: 'test:reader', details: { evidenceId: item.id } }]);
  });

  it('exports a verified copy, logged, and refuses to hand out a damaged one', async () => {
    await createCase(dossier, actor, { id: 'c1', title: 'Case' });
    const { item } = await ingestEvidence(dossier, actor, { caseId: 'c1', originalName: 'e.txt', content: bytes('exportable') });
    const outDir = await tempDir('dossier-copies-');
    const out = path.join(outDir, 'copy.txt');
    await exportEvidenceCopy(dossier, 'test:counsel', item.sha256, out, { protectedPaths: dossier.protectedPaths });
    expect(await fs.readFile(out, 'utf8')).toBe('exportable');
    const exports = (await dossier.ledger.entries({ evidenceSha256: item.sha256 })).filter((e) => e.action === 'export');
    expect(exports).toMatchObject([{ actor: 'test:counsel' }]);

    const blob = path.join(dossier.config.dataDir, 'blobs/sha256', item.sha256.slice(0, 2), item.sha256.slice(2, 4), item.sha256);
    await fs.chmod(blob, 0o644);
    await fs.writeFile(blob, 'EXPORTABLE');
    const second = path.join(outDir, 'copy2.txt');
    await expect(exportEvidenceCopy(dossier, 'test:counsel', item.id, second, { protectedPaths: dossier.protectedPaths })).rejects.toMatchObject({ code: 'VAULT_BLOB_CORRUPT' });
    expect(await fs.readdir(outDir)).toEqual(['copy.txt']);
    await fs.rm(outDir, { recursive: true, force: true });
  });

  it('serves inclusion proofs for every entry and consistency proofs between every pair of sizes', async () => {
    for (let i = 0; i < 12; i++) await createCase(dossier, actor, { id: `case-${i}`, title: `Case ${i}` });
    const size = await dossier.ledger.checkpointSize();
    expect(size).toBe(13);
    for (let index = 0; index < size; index++) {
      const proof = await dossier.ledger.inclusionProof(index);
      const entry = await dossier.database.db.selectFrom('ledger_entries').select('entry').where('seq', '=', index).executeTakeFirstOrThrow();
      expect(proof.leafHash).toBe(createHash('sha256').update(Buffer.concat([Buffer.from([0]), Buffer.from(entry.entry)])).digest('hex'));
      const hashes = proof.proof.map((h) => Buffer.from(h, 'hex'));
      expect(() => verifyInclusion(index, size, Buffer.from(proof.leafHash, 'hex'), hashes, Buffer.from(proof.rootHash, 'hex'))).not.toThrow();
    }
    const signed = verifyCheckpoint((await dossier.ledger.latestCheckpoint())!, dossier.dataDir.verifierKey);
    for (let old = 1; old <= size; old++) {
      const proof = await dossier.ledger.consistencyProof(old, size);
      expect(proof.rootHash2).toBe(Buffer.from(signed.rootHash).toString('hex'));
      const hashes = proof.proof.map((h) => Buffer.from(h, 'hex'));
      expect(() => verifyConsistency(old, size, hashes, Buffer.from(proof.rootHash1, 'hex'), signed.rootHash)).not.toThrow();
    }
    await expect(dossier.ledger.inclusionProof(13)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'index' } });
    await expect(dossier.ledger.consistencyProof(5, 99)).rejects.toMatchObject({ details: { field: 'new' } });
  });

  it('gives proofs at the latest signed size after another writer appended, and at a size asked for', async () => {
    // A second ledger on the database stands for another server: it plans a proof for the size it last read.
    const reader = new CustodyLedger(dossier.database, { origin: dossier.dataDir.manifest.origin });
    const signedRoot = async () => Buffer.from(verifyCheckpoint((await dossier.ledger.latestCheckpoint())!, dossier.dataDir.verifierKey).rootHash).toString('hex');
    const hex = (h: string) => Buffer.from(h, 'hex');
    expect(await reader.inclusionProof(0)).toMatchObject({ treeSize: 1, rootHash: await signedRoot() });
    await createCase(dossier, actor, { id: 'c1', title: 'Case' });
    const inclusion = await reader.inclusionProof(0);
    expect(inclusion).toMatchObject({ treeSize: 2, rootHash: await signedRoot() });
    expect(() => verifyInclusion(0, 2, hex(inclusion.leafHash), inclusion.proof.map(hex), hex(inclusion.rootHash))).not.toThrow();
    await createCase(dossier, actor, { id: 'c2', title: 'Case' });
    const consistency = await reader.consistencyProof(1);
    expect(consistency).toMatchObject({ size2: 3, rootHash2: await signedRoot() });
    expect(() => verifyConsistency(1, 3, consistency.proof.map(hex), hex(consistency.rootHash1), hex(consistency.rootHash2))).not.toThrow();
    await createCase(dossier, actor, { id: 'c3', title: 'Case' });
    expect(await reader.inclusionProof(3)).toMatchObject({ treeSize: 4, rootHash: await signedRoot() });
    expect(await reader.inclusionProof(1, 2)).toMatchObject({ treeSize: 2, rootHash: inclusion.rootHash });
    await expect(reader.inclusionProof(1, 5)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'size' } });
    await expect(reader.consistencyProof(1, 5)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'new' } });
  });

  it('keeps the ledger consistent under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => createCase(dossier, actor, { id: `p-${i}`, title: `P ${i}` })));
    const audit = await auditLedger(dossier.database.db, key());
    expect(audit).toMatchObject({ ok: true, entries: 11, signedSize: 11 });
  });

  it('names each blob that fails vault verification, and logs the check', async () => {
    await createCase(dossier, actor, { id: 'c1', title: 'Case' });
    const good = await ingestEvidence(dossier, actor, { caseId: 'c1', originalName: 'good.txt', content: bytes('intact') });
    const flipped = await ingestEvidence(dossier, actor, { caseId: 'c1', originalName: 'bad.txt', content: bytes('will be altered') });
    const lost = await ingestEvidence(dossier, actor, { caseId: 'c1', originalName: 'lost.txt', content: bytes('will be deleted') });
    expect((await auditVault(dossier, actor)).ok).toBe(true);

    const blobPath = (hash: string) => path.join(dossier.config.dataDir, 'blobs/sha256', hash.slice(0, 2), hash.slice(2, 4), hash);
    const target = blobPath(flipped.item.sha256);
    await fs.chmod(target, 0o644);
    const data = await fs.readFile(target);
    data[0] = data[0]! ^ 0x01;
    await fs.writeFile(target, data);
    await fs.rm(blobPath(lost.item.sha256), { force: true });

    const report = await auditVault(dossier, actor);
    expect(report.ok).toBe(false);
    expect(report.failures).toMatchObject([{ sha256: flipped.item.sha256, problem: 'corrupt', actualSha256: sha256(data) }]);
    expect(report.missing).toEqual([{ evidenceId: lost.item.id, sha256: lost.item.sha256 }]);
    expect(report.failures.map((f) => f.sha256)).not.toContain(good.item.sha256);
    const logged = await dossier.ledger.entry(report.ledgerSeq!);
    expect(logged).toMatchObject({ action: 'verify', details: { ok: false, missing: [lost.item.sha256] } });
  });
});

describe.each(engines.filter((e) => e.name === 'postgres'))('a shared $name database', (engine) => {
  afterAll(() => engine.dropAll());

  it('is refused by a second data directory, which is left uncreated', async () => {
    const url = await engine.createDatabase();
    const first = await newDossier(url);
    const secondDir = await tempDir();
    await expect(initDossier(testConfig(secondDir, url))).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'DOSSIER_DATABASE_URL' } });
    expect(await fs.readdir(secondDir)).toEqual([]);
    await first.close();
    await fs.rm(first.config.dataDir, { recursive: true, force: true });
    await fs.rm(secondDir, { recursive: true, force: true });
  });
});
