import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo/demo-case.js';
import type { Dossier } from '../src/app/open.js';
import { unpackBag } from '../src/bag/bag-archive.js';
import { CASE_FILE_PATHS, type CustodyLine } from '../src/bag/case-file-layout.js';
import { verifyCaseFile } from '../src/bag/verify-case-file.js';
import { exportCaseFile, type CaseFileDeps } from '../src/case-file/export-case-file.js';
import { ingestEvidence, listEvidence } from '../src/evidence/evidence.js';
import { createRecord } from '../src/records/record-store.js';
import { siteKind } from '../src/sites/site-kind.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, tempDir } from './support/dossier.js';

const engines = await enginesUnderTest();
const actor = 'test:investigator';
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await filesUnder(dir, relative)));
    else out.push(relative);
  }
  return out.sort();
}

describe.each(engines)('case files exported on $name', (engine) => {
  let dossier: Dossier;
  let deps: CaseFileDeps;
  let work: string;
  const exactSite = { lon: 36.366111, lat: 33.539123 };

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    await seedDemoCase(dossier);
    work = await tempDir('dossier-case-file-');
    await ingestEvidence(dossier, actor, { caseId: DEMO_CASE_ID, originalName: 'مقابلة W-03.mp4', source: 'Witness W-03 via a field team', note: 'gave it on 2017-03-02', content: [Buffer.from('a video, in short')] });
    await ingestEvidence(dossier, actor, { caseId: DEMO_CASE_ID, originalName: 'strike 100%\nfinal.jpg', content: [Buffer.from('a photograph')] });
    await createRecord({ database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() }, siteKind, actor, DEMO_CASE_ID, {
      name: 'Field clinic (demo, protected)',
      siteType: 'hospital',
      protectedSite: true,
      place: {
        precision: 'exact_site',
        geometry: { type: 'Point', coordinates: [exactSite.lon, exactSite.lat] },
        pcodes: { admin1: 'SY03', admin2: 'SY0301', admin3: 'SY030106', community: 'C2321' },
        asReported: 'the basement clinic behind the mosque',
      },
    });
    deps = { database: dossier.database, ledger: dossier.ledger, vault: dossier.vault, gazetteer: await dossier.places(), verifierKey: dossier.dataDir.verifierKey };
  });
  afterAll(async () => {
    await dossier.close();
    await engine.dropAll();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('writes a court case file that verifies offline, with every evidence file and the whole custody of the case', async () => {
    const out = path.join(work, 'court');
    const result = await exportCaseFile(deps, actor, DEMO_CASE_ID, { out, organization: 'Test Mechanism' });
    const report = await verifyCaseFile(out);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);

    const items = await listEvidence(dossier, { caseId: DEMO_CASE_ID });
    expect(result.evidenceFiles).toBe(items.length);
    expect(report.caseFile).toMatchObject({ caseId: DEMO_CASE_ID, profile: 'court', seal: 'verified', evidenceFiles: items.length, evidenceMatchedToIntake: items.length });
    const evidenceFiles = (await filesUnder(out)).filter((file) => file.startsWith('data/evidence/'));
    expect(evidenceFiles).toHaveLength(items.length);
    for (const file of evidenceFiles) expect(sha256(await fs.readFile(path.join(out, file)))).toBe(file.split('/')[2]);
    expect(evidenceFiles.some((file) => file.endsWith('/مقابلة W-03.mp4'))).toBe(true);
    expect(evidenceFiles.some((file) => file.endsWith('/strike 100__final.jpg'))).toBe(true);

    // Every entry of the case up to the checkpoint, and nothing of any other case.
    const expected = await dossier.database.db.selectFrom('ledger_entries').select('seq').where('case_id', '=', DEMO_CASE_ID).where('seq', '<', result.checkpointSize).orderBy('seq').execute();
    const lines = (await fs.readFile(path.join(out, CASE_FILE_PATHS.entries), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as CustodyLine);
    expect(lines.map((line) => line.entry.seq)).toEqual(expected.map((row) => Number(row.seq)));
    expect(report.caseFile!.custodyVerified).toBe(lines.length);

    // The export is itself in the ledger, naming the profile and the exact tag manifest; each file's copy too.
    const logged = await dossier.ledger.entry(result.ledgerSeq!);
    const tagManifest = await fs.readFile(path.join(out, 'tagmanifest-sha256.txt'));
    expect(logged).toMatchObject({ action: 'export', actor, subject: { case: DEMO_CASE_ID }, details: { profile: 'court', tagManifestSha256: sha256(tagManifest) } });
    const copies = await dossier.ledger.entries({ from: result.checkpointSize, caseId: DEMO_CASE_ID });
    expect(new Set(copies.filter((e) => e.subject.evidence).map((e) => e.subject.evidence))).toEqual(new Set(items.map((item) => item.sha256)));

    const info = await fs.readFile(path.join(out, 'bag-info.txt'), 'utf8');
    expect(info).toMatch(/^Source-Organization: Test Mechanism$/m);
    expect(info).toMatch(new RegExp(`^External-Identifier: ${DEMO_CASE_ID}$`, 'm'));
    expect(info).toMatch(new RegExp(`^Payload-Oxum: ${result.payloadOxum.replace('.', '\\.')}$`, 'm'));
    expect(info).toMatch(/^Bagging-Date: \d{4}-\d\d-\d\d$/m);

    // The element ↔ evidence matrix points at files that are in the bag.
    const matrix = parse(await fs.readFile(path.join(out, CASE_FILE_PATHS.elementMatrix), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const withEvidence = matrix.filter((row) => row.evidence_sha256);
    expect(withEvidence.length).toBeGreaterThan(0);
    for (const row of withEvidence) expect(sha256(await fs.readFile(path.join(out, row.bag_path!)))).toBe(row.evidence_sha256);

    // A court file keeps exact places and intake notes, but never a restricted source or a sealed part.
    const caseJson = await fs.readFile(path.join(out, CASE_FILE_PATHS.caseJson), 'utf8');
    expect(caseJson).toContain(String(exactSite.lat));
    expect(await fs.readFile(path.join(out, CASE_FILE_PATHS.evidenceJson), 'utf8')).toContain('gave it on 2017-03-02');
    const witness = (JSON.parse(caseJson) as { records: { sources: Array<Record<string, unknown>> } }).records.sources.find((s) => s.protectionLevel === 'restricted');
    expect(witness).toMatchObject({ withheld: expect.stringContaining('restricted source'), reliability: 'F' });
    expect(witness).not.toHaveProperty('description');
  });

  it('partner and public profiles coarsen protected sites, withhold notes and (public) the files themselves', async () => {
    const partner = path.join(work, 'partner');
    await exportCaseFile(deps, actor, DEMO_CASE_ID, { out: partner, profile: 'partner' });
    expect((await verifyCaseFile(partner)).valid).toBe(true);
    const everything = async (dir: string) => (await Promise.all((await filesUnder(dir)).filter((f) => !f.startsWith('data/evidence/')).map((f) => fs.readFile(path.join(dir, f), 'utf8')))).join('\n');
    const partnerText = await everything(partner);
    for (const secret of [String(exactSite.lat), 'basement clinic behind the mosque', 'gave it on 2017-03-02', 'via a field team', 'exact position kept in the case only']) {
      expect(partnerText).not.toContain(secret);
    }
    const sites = (JSON.parse(await fs.readFile(path.join(partner, CASE_FILE_PATHS.caseJson), 'utf8')) as { records: { sites: Array<{ name: string; place: { precision: string; geometry?: { coordinates: number[] } } }> } }).records.sites;
    const clinic = sites.find((site) => site.name.startsWith('Field clinic'))!;
    expect(clinic.place.precision).toBe('settlement');
    expect(clinic.place.geometry!.coordinates).not.toEqual([exactSite.lon, exactSite.lat]);
    expect((await filesUnder(partner)).filter((f) => f.startsWith('data/evidence/')).length).toBeGreaterThan(0);

    const publicBag = path.join(work, 'public');
    const result = await exportCaseFile(deps, actor, DEMO_CASE_ID, { out: publicBag, profile: 'public' });
    const report = await verifyCaseFile(publicBag);
    expect(report.valid).toBe(true);
    expect((await filesUnder(publicBag)).some((f) => f.startsWith('data/evidence/'))).toBe(false);
    const listedText = await fs.readFile(path.join(publicBag, CASE_FILE_PATHS.evidenceJson), 'utf8');
    const listed = JSON.parse(listedText) as { items: Array<{ sha256: string; originalName: string; bagPath: string | null }> };
    expect(listed.items.length).toBe(result.evidenceWithheld);
    expect(listed.items.every((item) => item.bagPath === null && /^[0-9a-f]{64}$/.test(item.sha256))).toBe(true);
    // File names can name a witness or a place: a public file lists the hash's first digits and the extension.
    expect(listedText).not.toContain('مقابلة');
    expect(listed.items.every((item) => item.originalName === `${item.sha256.slice(0, 16)}${/\.\w+$/.exec(item.originalName)?.[0] ?? ''}`)).toBe(true);
    expect(listed.items.map((item) => /\.\w+$/.exec(item.originalName)?.[0])).toContain('.mp4');
    const lines = (await fs.readFile(path.join(publicBag, CASE_FILE_PATHS.entries), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as CustodyLine);
    expect(lines.every((line) => line.entry.action === 'intake')).toBe(true);
    expect(new Set(lines.map((line) => (line.entry.subject as { evidence: string }).evidence))).toEqual(new Set(listed.items.map((item) => item.sha256)));
  });

  it('writes .zip and .tar case files holding the same bag, and both verify', async () => {
    const dir = path.join(work, 'as-dir');
    await exportCaseFile(deps, actor, DEMO_CASE_ID, { out: dir });
    for (const name of ['case.zip', 'case.tar']) {
      const archive = path.join(work, name);
      await exportCaseFile(deps, actor, DEMO_CASE_ID, { out: archive });
      const unpacked = await unpackBag(archive, path.join(work, `${name}-unpacked`));
      expect(path.basename(unpacked)).toBe('case');
      expect(await filesUnder(unpacked)).toEqual(await filesUnder(dir));
      expect((await verifyCaseFile(unpacked)).valid).toBe(true);
    }
  });

  it('refuses a bad request naming the field, and leaves nothing behind', async () => {
    const sizeBefore = await dossier.ledger.currentSize();
    const before = await fs.readdir(work);
    await expect(exportCaseFile(deps, actor, DEMO_CASE_ID, { out: path.join(work, 'x'), profile: 'press' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'profile' } });
    await expect(exportCaseFile(deps, actor, DEMO_CASE_ID, { out: path.join(work, 'court') })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'out' } });
    await expect(exportCaseFile(deps, actor, 'no-such-case', { out: path.join(work, 'y') })).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
    // A vault blob that no longer hashes to its name stops the export before anything is logged or left.
    const [item] = await listEvidence(dossier, { caseId: DEMO_CASE_ID });
    const blob = (await filesUnder(dossier.config.dataDir)).find((file) => file.includes(item!.sha256) && !file.endsWith('.json'))!;
    const original = await fs.readFile(path.join(dossier.config.dataDir, blob));
    await fs.chmod(path.join(dossier.config.dataDir, blob), 0o644);
    await fs.writeFile(path.join(dossier.config.dataDir, blob), Buffer.concat([original, Buffer.from('!')]));
    try {
      await expect(exportCaseFile(deps, actor, DEMO_CASE_ID, { out: path.join(work, 'z.zip') })).rejects.toMatchObject({ code: 'VAULT_BLOB_CORRUPT' });
    } finally {
      await fs.writeFile(path.join(dossier.config.dataDir, blob), original);
    }
    expect(await fs.readdir(work)).toEqual(before);
    expect(await dossier.ledger.currentSize()).toBe(sizeBefore);
  });
});
