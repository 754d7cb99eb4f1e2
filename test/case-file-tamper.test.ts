import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo/demo-case.js';
import type { Dossier } from '../src/app/open.js';
import { CASE_FILE_PATHS } from '../src/bag/case-file-layout.js';
import { verifyCaseFile, type CaseFileReport } from '../src/bag/verify-case-file.js';
import { exportCaseFile } from '../src/case-file/export-case-file.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { generateNoteKey } from '../src/ledger/proofs/signed-note.js';
import { rewriteManifests } from './support/bag-forgery.js';
import { newDossier, tempDir } from './support/dossier.js';

/** The codes and paths a report names, as "CODE path" strings. */
const named = (report: CaseFileReport) => report.errors.map((e) => `${e.code} ${e.path ?? ''}`);

describe('a case file changed after export fails verification, naming what changed', () => {
  let dossier: Dossier;
  let work: string;
  let original: string;
  let evidenceFile: string;

  beforeAll(async () => {
    dossier = await newDossier();
    await seedDemoCase(dossier);
    await ingestEvidence(dossier, 'test:investigator', { caseId: DEMO_CASE_ID, originalName: 'strike.jpg', content: [Buffer.from('the photograph as taken in')] });
    work = await tempDir('dossier-tamper-');
    original = path.join(work, 'original');
    const deps = { database: dossier.database, ledger: dossier.ledger, vault: dossier.vault, gazetteer: await dossier.places(), verifierKey: dossier.dataDir.verifierKey };
    await exportCaseFile(deps, 'test:investigator', DEMO_CASE_ID, { out: original });
    const [folder] = await fs.readdir(path.join(original, CASE_FILE_PATHS.evidenceDir));
    const [file] = await fs.readdir(path.join(original, CASE_FILE_PATHS.evidenceDir, folder!));
    evidenceFile = `${CASE_FILE_PATHS.evidenceDir}/${folder}/${file}`;
  });
  afterAll(async () => {
    await dossier.close();
    await fs.rm(work, { recursive: true, force: true });
  });

  let copies = 0;
  async function tampered(change: (bag: string) => Promise<void>): Promise<CaseFileReport> {
    const bag = path.join(work, `copy-${copies++}`);
    await fs.cp(original, bag, { recursive: true });
    await change(bag);
    return verifyCaseFile(bag);
  }
  const at = (bag: string, file: string) => path.join(bag, ...file.split('/'));
  /** The line number of the first creation (of the case) in entries.jsonl: an entry no evidence check leans on. */
  async function caseCreationLine(bag: string): Promise<number> {
    const lines = (await fs.readFile(at(bag, CASE_FILE_PATHS.entries), 'utf8')).split('\n');
    return lines.findIndex((line) => line.includes('"action":"create"')) + 1;
  }
  async function editCustodyLine(bag: string, line: number, edit: (entry: Record<string, unknown>) => void): Promise<void> {
    const lines = (await fs.readFile(at(bag, CASE_FILE_PATHS.entries), 'utf8')).split('\n');
    const parsed = JSON.parse(lines[line - 1]!) as { entry: Record<string, unknown> };
    edit(parsed.entry);
    lines[line - 1] = JSON.stringify(parsed);
    await fs.writeFile(at(bag, CASE_FILE_PATHS.entries), lines.join('\n'));
  }

  it('the untouched export verifies', async () => {
    const report = await verifyCaseFile(original);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('one changed byte of an evidence file', async () => {
    const report = await tampered(async (bag) => {
      const bytes = await fs.readFile(at(bag, evidenceFile));
      bytes[3] = bytes[3]! ^ 0x20;
      await fs.writeFile(at(bag, evidenceFile), bytes);
    });
    expect(report.valid).toBe(false);
    expect(named(report)).toContain(`CHECKSUM_MISMATCH ${evidenceFile}`);
    expect(named(report)).toContain(`EVIDENCE_HASH_MISMATCH ${evidenceFile}`);
  });

  it('a changed record file', async () => {
    const report = await tampered((bag) => fs.appendFile(at(bag, CASE_FILE_PATHS.caseJson), ' '));
    expect(named(report)).toContain(`CHECKSUM_MISMATCH ${CASE_FILE_PATHS.caseJson}`);
  });

  it('an added file', async () => {
    const report = await tampered((bag) => fs.writeFile(at(bag, 'data/case/extra.txt'), 'planted'));
    expect(named(report)).toContain('UNLISTED_FILE data/case/extra.txt');
  });

  it('a removed file', async () => {
    const report = await tampered((bag) => fs.rm(at(bag, CASE_FILE_PATHS.evidenceJson)));
    expect(named(report)).toContain(`MISSING_FILE ${CASE_FILE_PATHS.evidenceJson}`);
  });

  it('a renamed file', async () => {
    const renamed = evidenceFile.replace(/[^/]+$/, 'renamed.jpg');
    const report = await tampered((bag) => fs.rename(at(bag, evidenceFile), at(bag, renamed)));
    expect(named(report)).toEqual(expect.arrayContaining([`MISSING_FILE ${evidenceFile}`, `UNLISTED_FILE ${renamed}`]));
  });

  it('a changed tag file (bag-info.txt)', async () => {
    const report = await tampered((bag) => fs.appendFile(at(bag, 'bag-info.txt'), 'Contact-Name: someone else\n'));
    expect(named(report)).toContain('CHECKSUM_MISMATCH bag-info.txt');
  });

  it('one altered custody entry, as it is and with every manifest rewritten to match', async () => {
    const line = await caseCreationLine(original);
    expect(line).toBeGreaterThan(0);
    const alter = (bag: string) => editCustodyLine(bag, line, (entry) => (entry.actor = 'someone:else'));
    const plain = await tampered(alter);
    expect(named(plain)).toEqual(expect.arrayContaining([`CHECKSUM_MISMATCH ${CASE_FILE_PATHS.entries}`, `CUSTODY_ENTRY_INVALID ${CASE_FILE_PATHS.entries}`]));
    expect(plain.errors.find((e) => e.code === 'CUSTODY_ENTRY_INVALID')!.message).toMatch(new RegExp(`^line ${line}: entry \\d+ \\(create\\) does not lead to the signed root`));

    const forged = await tampered(async (bag) => {
      await alter(bag);
      await rewriteManifests(bag);
    });
    expect(forged.bag.valid).toBe(true);
    expect(forged.valid).toBe(false);
    expect(named(forged)).toEqual([`CUSTODY_ENTRY_INVALID ${CASE_FILE_PATHS.entries}`, `SEAL_INVALID ${CASE_FILE_PATHS.seal}`]);
  });

  it('a custody entry dropped, with the manifests rewritten', async () => {
    const report = await tampered(async (bag) => {
      const lines = (await fs.readFile(at(bag, CASE_FILE_PATHS.entries), 'utf8')).split('\n');
      lines.splice((await caseCreationLine(bag)) - 1, 1);
      await fs.writeFile(at(bag, CASE_FILE_PATHS.entries), lines.join('\n'));
      await rewriteManifests(bag);
    });
    expect(named(report)).toEqual([`SEAL_INVALID ${CASE_FILE_PATHS.seal}`]);
  });

  it('an altered checkpoint, as it is and with the manifests rewritten', async () => {
    const alter = async (bag: string) => {
      const note = await fs.readFile(at(bag, CASE_FILE_PATHS.checkpoint), 'utf8');
      const [origin, size, ...rest] = note.split('\n');
      await fs.writeFile(at(bag, CASE_FILE_PATHS.checkpoint), [origin, String(Number(size) - 1), ...rest].join('\n'));
    };
    expect(named(await tampered(alter))).toEqual(expect.arrayContaining([`CHECKSUM_MISMATCH ${CASE_FILE_PATHS.checkpoint}`, `CHECKPOINT_INVALID ${CASE_FILE_PATHS.checkpoint}`]));
    const forged = await tampered(async (bag) => {
      await alter(bag);
      await rewriteManifests(bag);
    });
    expect(named(forged)).toContain(`CHECKPOINT_INVALID ${CASE_FILE_PATHS.checkpoint}`);
    expect(forged.valid).toBe(false);
  });

  it('an evidence file replaced and every manifest rewritten: caught by the intake hash', async () => {
    const report = await tampered(async (bag) => {
      await fs.writeFile(at(bag, evidenceFile), 'a different photograph');
      await rewriteManifests(bag);
    });
    expect(report.bag.valid).toBe(true);
    expect(named(report)).toEqual([`EVIDENCE_HASH_MISMATCH ${evidenceFile}`, `SEAL_INVALID ${CASE_FILE_PATHS.seal}`]);
  });

  it('an evidence file replaced under a folder named by its new hash: no intake records it', async () => {
    const forgedBytes = Buffer.from('a different photograph');
    const forgedPath = `${CASE_FILE_PATHS.evidenceDir}/${createHash('sha256').update(forgedBytes).digest('hex')}/strike.jpg`;
    const report = await tampered(async (bag) => {
      await fs.rm(path.dirname(at(bag, evidenceFile)), { recursive: true });
      await fs.mkdir(path.dirname(at(bag, forgedPath)));
      await fs.writeFile(at(bag, forgedPath), forgedBytes);
      await rewriteManifests(bag);
    });
    expect(named(report)).toEqual([`EVIDENCE_WITHOUT_INTAKE ${forgedPath}`, `SEAL_INVALID ${CASE_FILE_PATHS.seal}`]);
  });

  it('an evidence file removed with the manifests rewritten, or the seal removed', async () => {
    const dropped = await tampered(async (bag) => {
      await fs.rm(path.dirname(at(bag, evidenceFile)), { recursive: true });
      await rewriteManifests(bag);
    });
    expect(named(dropped)).toEqual([`SEAL_INVALID ${CASE_FILE_PATHS.seal}`]);
    const unsealed = await tampered((bag) => fs.rm(at(bag, CASE_FILE_PATHS.seal)));
    expect(named(unsealed)).toEqual([`SEAL_MISSING ${CASE_FILE_PATHS.seal}`]);
  });

  it('a bag re-signed with another key verifies only until the reader names the key they expect', async () => {
    // The forger's own log: a different key signs a checkpoint over a different tree. Without the
    // published key the bag is internally consistent, so the reader must compare keys; with it, it fails.
    const forger = generateNoteKey('test.dossier.local/ledger');
    const report = await tampered((bag) => fs.writeFile(at(bag, CASE_FILE_PATHS.logKey), `${forger.verifierKey}\n`));
    expect(named(report)).toContain(`CHECKPOINT_INVALID ${CASE_FILE_PATHS.checkpoint}`);
    const expectingOther = await verifyCaseFile(original, { expectedLogKey: forger.verifierKey });
    expect(named(expectingOther)).toEqual([`LOG_KEY_UNEXPECTED ${CASE_FILE_PATHS.logKey}`]);
    expect((await verifyCaseFile(original, { expectedLogKey: dossier.dataDir.verifierKey })).valid).toBe(true);
  });
});
