import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { CASE_FILE_PATHS } from '../src/bag/case-file-layout.js';
import { verifyCaseFile } from '../src/bag/verify-case-file.js';
import { createCase } from '../src/cases/cases.js';
import { exportCaseFile, type CaseFileDeps } from '../src/case-file/export-case-file.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { newDossier, runCli, tempDir } from './support/dossier.js';
import { startLocalTsa, type LocalTsa } from './support/local-tsa.js';

describe('RFC 3161 time-stamps of case files, from a local openssl TSA', () => {
  let dossier: Dossier;
  let deps: CaseFileDeps;
  let tsa: LocalTsa;
  let work: string;
  let stamped: string;

  beforeAll(async () => {
    tsa = await startLocalTsa();
    work = await tempDir('dossier-stamp-');
    dossier = await newDossier();
    await createCase(dossier, 'test:owner', { id: 'stamped', title: 'A stamped case' });
    await ingestEvidence(dossier, 'test:owner', { caseId: 'stamped', originalName: 'frame.png', content: [Buffer.from('pixels')] });
    deps = { database: dossier.database, ledger: dossier.ledger, vault: dossier.vault, gazetteer: undefined, verifierKey: dossier.dataDir.verifierKey };
    stamped = path.join(work, 'stamped');
  });
  afterAll(async () => {
    await dossier.close();
    await tsa.close();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('stamps the tag manifest at export, logs the stamp, and verify checks it against the TSA certificate', async () => {
    const before = Date.now();
    const result = await exportCaseFile(deps, 'test:owner', 'stamped', { out: stamped, tsaUrl: tsa.url });
    expect(result.timestamp).not.toBeNull();
    expect(Math.abs(Date.parse(result.timestamp!.time) - before)).toBeLessThan(120_000);
    expect((await dossier.ledger.entry(result.ledgerSeq!)).details).toMatchObject({ timestamp: { time: result.timestamp!.time } });

    const trusted = await verifyCaseFile(stamped, { tsaCaFile: tsa.caFile });
    expect(trusted.valid).toBe(true);
    expect(trusted.caseFile!.timestamp).toMatchObject({ status: 'verified', time: result.timestamp!.time });

    const untrusted = await verifyCaseFile(stamped);
    expect(untrusted.valid).toBe(true);
    expect(untrusted.caseFile!.timestamp!.status).toBe('unchecked-signature');
    expect(untrusted.warnings.map((w) => w.code)).toContain('TIMESTAMP_NOT_FULLY_CHECKED');

    const cli = await runCli(['verify', stamped, '--tsa-ca', tsa.caFile]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/ok {3}RFC 3161 time-stamp: .* GMT, signature verified/);
  });

  it('fails a stamp signed under another root, or one that stamps other bytes', async () => {
    const otherRoot = await verifyCaseFile(stamped, { tsaCaFile: tsa.otherCaFile });
    expect(otherRoot.valid).toBe(false);
    // The bag's stamp and its checkpoint's, by the same authority, both fail under a root that did not sign them.
    expect(otherRoot.errors).toEqual([
      expect.objectContaining({ code: 'TIMESTAMP_INVALID', path: CASE_FILE_PATHS.timestamp }),
      expect.objectContaining({ code: 'CHECKPOINT_TIMESTAMP_INVALID', path: `${CASE_FILE_PATHS.checkpointTimestampsDir}/1.tsr` }),
    ]);

    // A genuine token, but of another export: it does not stamp this bag's tag manifest.
    const other = path.join(work, 'other');
    await exportCaseFile(deps, 'test:owner', 'stamped', { out: other, tsaUrl: tsa.url });
    const swapped = path.join(work, 'swapped');
    await fs.cp(stamped, swapped, { recursive: true });
    await fs.copyFile(path.join(other, CASE_FILE_PATHS.timestamp), path.join(swapped, CASE_FILE_PATHS.timestamp));
    const report = await verifyCaseFile(swapped, { tsaCaFile: tsa.caFile });
    expect(report.valid).toBe(false);
    expect(report.errors.find((e) => e.code === 'TIMESTAMP_INVALID')!.message).toMatch(/not for this tag manifest/);
  });

  it('an authority that cannot be reached or refuses stops the export, leaving nothing and logging nothing', async () => {
    const size = await dossier.ledger.currentSize();
    const listing = await fs.readdir(work);
    await expect(exportCaseFile(deps, 'test:owner', 'stamped', { out: path.join(work, 'no-tsa.zip'), tsaUrl: 'http://127.0.0.1:9/tsa' })).rejects.toMatchObject({
      code: 'TIMESTAMP_FAILED',
      details: { field: 'tsaUrl' },
    });
    await expect(exportCaseFile(deps, 'test:owner', 'stamped', { out: path.join(work, 'refused'), tsaUrl: tsa.url.replace(/\/tsa$/, '/nothing-here') })).rejects.toMatchObject({
      code: 'TIMESTAMP_FAILED',
      message: expect.stringContaining('HTTP 404'),
    });
    expect(await dossier.ledger.currentSize()).toBe(size);
    expect(await fs.readdir(work)).toEqual(listing);
  });
});
