import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import tarStream from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo/demo-case.js';
import type { Dossier } from '../src/app/open.js';
import { actorKind } from '../src/actors/actor-kind.js';
import { involvementKind } from '../src/actors/involvement-kind.js';
import { unpackBag } from '../src/bag/bag-archive.js';
import { createCase } from '../src/cases/cases.js';
import { exportCaseFile } from '../src/case-file/export-case-file.js';
import { importCaseFile, type CaseFileImportResult } from '../src/case-file/import-case-file.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { ingestEvidence, listEvidence } from '../src/evidence/evidence.js';
import { exportCaseJson, type CaseExport } from '../src/exchange/json-export.js';
import { recordOrigin } from '../src/records/record-origins.js';
import { createRecord, getRecord, updateRecord, type RecordView } from '../src/records/record-store.js';
import { auditRevisions } from '../src/records/revisions-audit.js';
import { claimKind } from '../src/sources/claim-kind.js';
import { buildServer } from '../src/server/app.js';
import { setMember } from '../src/access/members.js';
import { signIn, testAccount } from './support/accounts.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, PROJECT_ROOT, tempDir } from './support/dossier.js';

const engines = await enginesUnderTest();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const STAMPS = new Set(['id', 'caseId', 'rev', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy']);

describe.each(engines)('a partner bag imported on $name', (engine) => {
  let partner: Dossier;
  let receiver: Dossier;
  let work: string;
  let bag: string;
  let exported = 0;

  const partnerDeps = async () => ({ database: partner.database, ledger: partner.ledger, vault: partner.vault, gazetteer: await partner.places(), verifierKey: partner.dataDir.verifierKey });
  const receiverDeps = async () => ({ database: receiver.database, ledger: receiver.ledger, vault: receiver.vault, gazetteer: await receiver.places() });
  const exportBag = async (profile: string) => {
    const out = path.join(work, `from-partner-${++exported}.zip`);
    await exportCaseFile(await partnerDeps(), 'partner:archivist', DEMO_CASE_ID, { out, profile });
    return out;
  };
  const importInto = async (caseId: string, from = bag): Promise<CaseFileImportResult> =>
    importCaseFile(await receiverDeps(), 'test:importer', from, caseId, { expectedLogKey: partner.dataDir.verifierKey });

  beforeAll(async () => {
    work = await tempDir('dossier-import-');
    partner = await newDossier();
    await seedDemoCase(partner);
    const clip = await ingestEvidence(partner, 'partner:field', { caseId: DEMO_CASE_ID, originalName: 'clip.mp4', content: [Buffer.from('a clip from the partner')] });
    // A claim about an involvement that the involvement cites: links in a cycle, as real cases have them.
    const involvement = (await exportCaseJson(partner, DEMO_CASE_ID)).records.involvements![0]!;
    const claim = await createRecord(partner, claimKind, 'partner:analyst', DEMO_CASE_ID, {
      subject: { kind: 'involvement', id: involvement.id, field: 'attribution' },
      stance: 'attributes',
      evidenceIds: [clip.item.id],
    });
    await updateRecord(partner, involvementKind, 'partner:analyst', involvement.id, { claimIds: [...((involvement.claimIds as string[]) ?? []), claim.id] });
    bag = await exportBag('partner');
    receiver = await newDossier(await engine.createDatabase());
    await createCase(receiver, 'test:owner', { id: 'joint', title: 'Joint investigation' });
  });
  afterAll(async () => {
    await partner?.close();
    await receiver?.close();
    await engine.dropAll();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('refuses a bag that does not verify, and imports nothing', async () => {
    const broken = path.join(work, 'broken');
    await fs.mkdir(broken);
    const copy = path.join(broken, 'from-partner.zip');
    await fs.copyFile(bag, copy);
    // Unpack, flip one byte of the case records, and verify the directory form is refused too.
    const dir = await unpackBag(copy, path.join(broken, 'unpacked'));
    await fs.appendFile(path.join(dir, 'data/case/case.json'), ' ');
    const before = await receiver.ledger.currentSize();
    const deps = await receiverDeps();
    await expect(importCaseFile(deps, 'test:importer', dir, 'joint')).rejects.toMatchObject({ code: 'BAG_INVALID', message: expect.stringContaining('CHECKSUM_MISMATCH data/case/case.json') });
    await expect(importCaseFile(deps, 'test:importer', bag, 'joint', { expectedLogKey: receiver.dataDir.verifierKey })).rejects.toMatchObject({ code: 'BAG_INVALID', message: expect.stringContaining('LOG_KEY_UNEXPECTED') });
    await expect(importCaseFile(deps, 'test:importer', bag, 'no-such-case')).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
    expect(await receiver.ledger.currentSize()).toBe(before);
    expect(await listEvidence(receiver, { caseId: 'joint' })).toEqual([]);
  });

  it('takes the evidence files in as evidence, with the bag and the partner custody as provenance, and the rest of the bag once', async () => {
    const result = await importInto('joint');
    const partnerItems = await listEvidence(partner, { caseId: DEMO_CASE_ID });
    const items = await listEvidence(receiver, { caseId: 'joint' });
    expect(result.imported.map((i) => i.sha256).sort()).toEqual(partnerItems.map((p) => p.sha256).sort());
    expect(result.imported.every((i) => i.bagPath.startsWith('data/evidence/'))).toBe(true);
    expect(items).toHaveLength(partnerItems.length + 1);
    expect(items.find((i) => i.sha256 === partnerItems.find((p) => p.originalName === 'clip.mp4')!.sha256)!.originalName).toBe('clip.mp4');

    const transfer = await receiver.ledger.entry(result.transferSeq);
    expect(transfer).toMatchObject({
      action: 'transfer',
      subject: { case: 'joint' },
      details: { direction: 'in', verified: true, caseFile: { caseId: DEMO_CASE_ID, profile: 'partner', logKey: partner.dataDir.verifierKey, seal: 'verified' } },
    });
    const dir = await unpackBag(bag, path.join(work, 'look'));
    const tagManifestSha256 = sha256(await fs.readFile(path.join(dir, 'tagmanifest-sha256.txt')));
    expect((transfer.details.bag as { tagManifestSha256: string }).tagManifestSha256).toBe(tagManifestSha256);

    const intakes = (await receiver.ledger.entries({ from: result.transferSeq + 1, caseId: 'joint' })).filter((e) => e.action === 'intake');
    expect(intakes).toHaveLength(result.imported.length + 1);
    for (const intake of intakes) expect(intake.details.provenance).toMatchObject({ transferSeq: result.transferSeq, bagTagManifestSha256: tagManifestSha256 });
    const clip = intakes.find((e) => e.subject.evidence === partnerItems.find((p) => p.originalName === 'clip.mp4')!.sha256)!;
    const partnerIntake = (await partner.ledger.entries({ evidenceSha256: clip.subject.evidence })).find((e) => e.action === 'intake')!;
    expect(clip.details.provenance).toMatchObject({ partnerLog: 'test.dossier.local/ledger', partnerIntakeSeqs: [partnerIntake.seq] });
    // Nothing that names a person goes into the entry: the file name and the bag path stay in the intake record.
    expect(JSON.stringify(clip)).not.toContain('clip.mp4');

    // The bag's own files are one item: a tar of every file but the evidence files, byte for byte as received.
    expect(result.bagFiles).not.toBeNull();
    const kept = items.find((i) => i.id === result.bagFiles!.evidenceId)!;
    expect(kept.originalName).toBe(`${path.basename(bag, '.zip')}.bag-files.tar`);
    const entries = await tarEntries(await readAll(await receiver.vault.read(kept.sha256)));
    const received = (await fs.readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
    expect([...entries.keys()].sort()).toEqual(received.filter((name) => !name.startsWith('data/evidence/')).sort());
    expect(entries.has('data/case/case.json') && entries.has('case-file-seal.txt') && entries.has('data/custody/entries.jsonl')).toBe(true);
    for (const [name, bytes] of entries) expect(sha256(bytes), name).toBe(sha256(await fs.readFile(path.join(dir, name))));
  });

  it("makes the partner's records ours: every kind, links to records and evidence mapped, each with its origin", async () => {
    // What the bag held: the partner's records as their profile let them leave (sources withheld, places coarsened).
    const partnerCase = await caseJsonOf(bag);
    const partnerEvidence = new Map(partnerCase.evidence.map((item) => [item.id, item.sha256]));
    const ours = await exportCaseJson(receiver, 'joint');
    const ourEvidence = new Map(ours.evidence.map((item) => [item.id, item.sha256]));
    const origins = new Map<string, string>();
    for (const views of Object.values(ours.records)) {
      for (const view of views) {
        const origin = await recordOrigin(receiver.database.db, view.id);
        expect(origin, view.id).toMatchObject({ caseId: 'joint', partnerLog: 'test.dossier.local/ledger', partnerCaseId: DEMO_CASE_ID, bagEntry: 'data/case/case.json' });
        origins.set(origin!.partnerRecordId, view.id);
      }
    }
    for (const [key, views] of Object.entries(partnerCase.records)) {
      expect(ours.records[key], key).toHaveLength(views.length);
      for (const theirs of views) {
        const mine = ours.records[key]!.find((view) => view.id === origins.get(theirs.id));
        expect(mine, `${key} ${theirs.id}`).toBeDefined();
        expect(documentOf(mine!, (id) => ourEvidence.get(id) ?? id), `${key} ${theirs.id}`).toEqual(documentOf(withheldAsImported(theirs), (id) => origins.get(id) ?? partnerEvidence.get(id) ?? id));
      }
    }
    // The ledger entry that created a record names the partner's record and the bag: the link is tamper-evident.
    const incident = partnerCase.records.incidents![0]!;
    const created = (await receiver.ledger.entries({ caseId: 'joint' })).find((e) => e.action === 'create' && (e.details.origin as { partnerRecord?: string } | undefined)?.partnerRecord === incident.id)!;
    expect(created.details).toMatchObject({ records: [{ kind: 'incident', id: origins.get(incident.id), rev: 1 }], origin: { format: 'dossier-case-file', partnerRev: incident.rev, partnerCase: DEMO_CASE_ID } });
    expect(await auditRevisions(receiver.database.db)).toMatchObject({ ok: true, problems: [] });

    // The API shows where an imported record came from, beside its revisions; a record made here has no origin.
    const app = await buildServer(receiver, {});
    try {
      await app.ready();
      await setMember(receiver.database.db, 'test:setup', 'joint', await testAccount(receiver, 'auditor'), 'reviewer');
      const auth = await signIn(app, 'auditor');
      const history = await app.inject({ method: 'GET', url: `/api/v1/cases/joint/incidents/${origins.get(incident.id)}/history`, headers: auth });
      expect(history.statusCode).toBe(200);
      expect(JSON.parse(history.body).origin).toEqual({
        partnerLog: 'test.dossier.local/ledger',
        partnerCaseId: DEMO_CASE_ID,
        partnerRecordId: incident.id,
        partnerRev: incident.rev,
        bagTagManifestSha256: (created.details.origin as { bag: string }).bag,
        bagEntry: 'data/case/case.json',
        transferSeq: (created.details.origin as { transferSeq: number }).transferSeq,
      });
      const local = await createRecord(receiver, actorKind, 'test:analyst', 'joint', { name: 'Made here', actorType: 'individual', actorKind: 'person' });
      const localHistory = await app.inject({ method: 'GET', url: `/api/v1/cases/joint/actors/${local.id}/history`, headers: auth });
      expect(JSON.parse(localHistory.body).origin).toBeNull();
    } finally {
      await app.close();
    }
  });

  it('links the records of a cycle in a second revision', async () => {
    const partnerCase = await exportCaseJson(partner, DEMO_CASE_ID);
    const cyclic = partnerCase.records.involvements!.find((view) => (view.claimIds as string[] | undefined)?.some((id) => partnerCase.records.claims!.find((c) => c.id === id && (c.subject as { kind: string }).kind === 'involvement')))!;
    const mine = await getRecord(receiver, involvementKind, (await originOf('joint', cyclic.id))!);
    const claims = await Promise.all((mine.claimIds as string[]).map((id) => getRecord(receiver, claimKind, id)));
    expect(claims.some((c) => (c.subject as { id: string }).id === mine.id)).toBe(true);
    expect(mine.rev).toBe(2);
  });

  it('a second import of the same bag creates nothing, and says each record was imported before', async () => {
    const before = await exportCaseJson(receiver, 'joint');
    const again = await importInto('joint');
    expect(again.records!.created).toEqual([]);
    const imported = await receiver.database.db.selectFrom('record_origins').select('record_id').where('case_id', '=', 'joint').execute();
    expect(imported.length).toBeGreaterThan(100);
    expect(again.records!.unchanged.map((r) => r.id).sort()).toEqual(imported.map((r) => r.record_id).sort());
    expect(again.bagFiles!.duplicate).toBe(true);
    expect(again.imported.every((i) => i.duplicate)).toBe(true);
    expect(await exportCaseJson(receiver, 'joint')).toEqual(before);
  });

  it('reports a record the partner changed since as a conflict, keeps ours, and adds what is new', async () => {
    const incident = (await exportCaseJson(partner, DEMO_CASE_ID)).records.incidents![0]!;
    await updateRecord(partner, incidentKind, 'partner:analyst', incident.id, { title: `${String(incident.title)} (revised)` });
    const actor = await createRecord(partner, actorKind, 'partner:analyst', DEMO_CASE_ID, { name: 'Brigade newly documented', actorType: 'rebel_group', actorKind: 'unit' });
    const result = await importInto('joint', await exportBag('partner'));
    const ourIncident = (await originOf('joint', incident.id))!;
    expect(result.records!.conflicts).toEqual([{ kind: 'incident', partnerId: incident.id, id: ourIncident, partnerRev: incident.rev + 1, importedRev: incident.rev }]);
    expect((await getRecord(receiver, incidentKind, ourIncident)).title).toBe(incident.title);
    expect(result.records!.created).toEqual([{ kind: 'actor', partnerId: actor.id, id: (await originOf('joint', actor.id))! }]);
  });

  it('reports records like ones the case held before as possible duplicates, and imports them', async () => {
    await createCase(receiver, 'test:owner', { id: 'ours-first', title: 'A case with its own actors' });
    const partnerActor = (await exportCaseJson(partner, DEMO_CASE_ID)).records.actors![0]!;
    const held = await createRecord(receiver, actorKind, 'test:analyst', 'ours-first', { name: ` ${String(partnerActor.name).toUpperCase()} `, actorType: partnerActor.actorType, actorKind: partnerActor.actorKind });
    const result = await importInto('ours-first');
    expect(result.records!.possibleDuplicates).toContainEqual({ kind: 'actor', partnerId: partnerActor.id, id: (await originOf('ours-first', partnerActor.id))!, existingId: held.id, title: partnerActor.name });
    expect(result.records!.rejected).toEqual([]);
  });

  it('leaves out links to evidence a bag withheld, unless the case holds the same bytes', async () => {
    const publicBag = await exportBag('public');
    await createCase(receiver, 'test:owner', { id: 'from-public', title: 'From the public case file' });
    const clipBytes = Buffer.from('a clip from the partner');
    const held = await ingestEvidence(receiver, 'test:field', { caseId: 'from-public', originalName: 'same-clip.mp4', content: [clipBytes] });
    const result = await importInto('from-public', publicBag);
    expect(result.imported).toEqual([]);
    const partnerCase = await caseJsonOf(publicBag);
    const clip = partnerCase.evidence.find((item) => item.sha256 === sha256(clipBytes))!;
    const otherLinks = Object.values(partnerCase.records)
      .flat()
      .flatMap((view) => JSON.stringify(view).match(/"ev_[0-9A-Za-z_-]+"/g) ?? [])
      .filter((id) => id !== `"${clip.id}"`);
    expect(result.records!.linksDropped.map((l) => `"${l.reference}"`).sort()).toEqual(otherLinks.sort());
    expect(result.records!.linksDropped.every((l) => /without its bytes/.test(l.problem))).toBe(true);
    // The claim on the clip points at the item this case already held.
    const claim = (await exportCaseJson(receiver, 'from-public')).records.claims!.find((c) => (c.evidenceIds as string[] | undefined)?.includes(held.item.id));
    expect(claim).toBeDefined();
  });

  it('takes in a plain BagIt bag written by another tool, file by file as before', async () => {
    const plain = path.join(PROJECT_ROOT, 'test/fixtures/bagit-conformance/v1.0/valid/basicBag');
    const result = await importCaseFile(await receiverDeps(), 'test:importer', plain, 'joint');
    expect(result.caseFile).toBeNull();
    expect(result.records).toBeNull();
    expect(result.bagFiles).toBeNull();
    expect(result.imported).toHaveLength(1);
    const [file] = await fs.readdir(path.join(plain, 'data'));
    expect(result.imported[0]!.sha256).toBe(sha256(await fs.readFile(path.join(plain, 'data', file!))));
  });

  async function caseJsonOf(zip: string): Promise<CaseExport> {
    const dir = await unpackBag(zip, path.join(work, `read-${path.basename(zip)}-${Date.now()}`));
    return JSON.parse(await fs.readFile(path.join(dir, 'data/case/case.json'), 'utf8')) as CaseExport;
  }

  async function originOf(caseId: string, partnerId: string): Promise<string | undefined> {
    const row = await receiver.database.db.selectFrom('record_origins').select('record_id').where('case_id', '=', caseId).where('partner_record_id', '=', partnerId).executeTakeFirst();
    return row?.record_id;
  }
});

/** A record's document without stamps, its ids passed through `id` (the partner's and ours made comparable). */
function documentOf(view: RecordView, id: (value: string) => string): unknown {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return id(value);
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(Object.fromEntries(Object.entries(view).filter(([field]) => !STAMPS.has(field))));
}

/** A source the partner's profile withheld arrives named as withheld, its reason as its description. */
function withheldAsImported(view: RecordView): RecordView {
  if (typeof view.withheld !== 'string') return view;
  const { withheld, ...rest } = view;
  return { ...rest, name: 'Source withheld by the partner', description: withheld } as RecordView;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function tarEntries(bytes: Buffer): Promise<Map<string, Buffer>> {
  const extract = tarStream.extract();
  const entries = new Map<string, Buffer>();
  const done = (async () => {
    for await (const entry of extract) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      entries.set(entry.header.name.replace(/^[^/]+\//, ''), Buffer.concat(chunks));
    }
  })();
  extract.end(bytes);
  await done;
  return entries;
}
