/**
 * Derivatives of evidence, on SQLite and PostgreSQL: a video made by the test with ffmpeg gets keyframes, a
 * contact sheet, an H.264 preview and a thumbnail, each in the vault by its SHA-256 and logged by a `derive`
 * entry naming the original and the steps; a corrupt video fails with a reason and stays held; an image and a
 * PDF get thumbnails; the vault's sweep and audit take derivative blobs for what they are, not orphans.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { auditVault } from '../src/evidence/custody.js';
import { auditRecords } from '../src/evidence/records-audit.js';
import { listDerivatives, makeDerivatives, type Derivative } from '../src/evidence/derivatives.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { sweepVault } from '../src/evidence/vault-sweep.js';
import { auditLedger } from '../src/ledger/audit.js';
import { probeMedia } from '../src/media/ffmpeg.js';
import { ffmpegForTests } from './support/ffmpeg.js';
import { newDossier, runCli, tempDir } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';
import { makeTestVideo } from './support/test-video.js';

const engines = await enginesUnderTest();
const ffmpeg = await ffmpegForTests('the video derivative tests');

/** A one-page PDF with a dark square on it, its cross-reference table counted by hand. */
function makePdf(): Buffer {
  const content = '0.2 0.2 0.6 rg 50 50 200 200 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe.runIf(ffmpeg).each(engines)('derivatives of evidence on $name', (engine) => {
  let dossier: Dossier;
  let work: string;
  let video: Buffer;
  const deps = () => ({ database: dossier.database, ledger: dossier.ledger, vault: dossier.vault, tmpDir: `${dossier.config.dataDir}/tmp` });
  const blobFile = (sha256: string) => dossier.vault.localPath!(sha256);

  beforeAll(async () => {
    work = await tempDir('dossier-video-');
    makeTestVideo(path.join(work, 'clip.mp4'));
    video = fs.readFileSync(path.join(work, 'clip.mp4'));
    dossier = await newDossier(await engine.createDatabase());
    await createCase(dossier, 'test:owner', { id: 'strikes', title: 'Strikes' });
  });
  afterAll(async () => {
    await dossier.close();
    await engine.dropAll();
    fs.rmSync(dossier.config.dataDir, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('makes keyframes, a contact sheet, an H.264 preview and a thumbnail of a video, each logged', async () => {
    const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'strikes', originalName: 'clip.mp4', content: [video] });
    expect(item.mediaType).toBe('video/mp4');
    const started = Date.now();
    const result = await makeDerivatives(deps(), item, 'test:analyst', 'strikes');
    console.log(`derivatives of a 6 s 640×360 video made in ${Date.now() - started} ms`);
    expect(result).toMatchObject({ status: 'made', failures: [] });
    const made = await listDerivatives(dossier.database.db, item.id);
    const ofKind = (kind: Derivative['kind']) => made.filter((derivative) => derivative.kind === kind);

    const keyframes = ofKind('keyframe');
    expect(keyframes.map((frame) => frame.frameSeconds)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(keyframes.every((frame) => frame.mediaType === 'image/jpeg')).toBe(true);
    const [sheet] = ofKind('contact-sheet');
    expect(sheet!.tileSeconds).toEqual([0, 1, 2, 3, 4, 5]);
    const sheetSize = await sharp(blobFile(sheet!.sha256)).metadata();
    expect([sheetSize.format, sheetSize.width! > 4 * 300, sheetSize.height! > 2 * 160]).toEqual(['jpeg', true, true]);

    const [preview] = ofKind('preview');
    const probe = await probeMedia(blobFile(preview!.sha256));
    expect(probe).toMatchObject({ status: 'probed', width: 640, height: 360 });
    if (probe.status !== 'probed') return;
    expect(probe.streams.map((stream) => stream.codec).sort()).toEqual(['aac', 'h264']);
    expect(probe.durationSeconds).toBeGreaterThan(5.5);
    expect(preview!.command[0]).toEqual(expect.arrayContaining(['ffmpeg', '{original}', '+faststart', 'libx264', '{work}/out/preview.mp4']));
    expect(preview!.tool).toBe(ffmpeg);

    const [thumbnail] = ofKind('thumbnail');
    const thumbnailSize = await sharp(blobFile(thumbnail!.sha256)).metadata();
    expect([thumbnailSize.width, thumbnailSize.height]).toEqual([320, 180]);

    // Each derivative in the vault by its hash, logged by one `derive` entry naming the original and the steps.
    const entries = (await dossier.ledger.entries({ evidenceSha256: item.sha256 })).filter((entry) => entry.action === 'derive');
    expect(entries).toHaveLength(made.length);
    for (const derivative of made) {
      expect(await dossier.vault.has(derivative.sha256)).toBe(true);
      const entry = entries.find((candidate) => candidate.seq === derivative.ledgerSeq)!;
      expect(entry).toMatchObject({ subject: { case: 'strikes', evidence: item.sha256 }, details: { derivativeSha256: derivative.sha256, kind: derivative.kind, command: derivative.command } });
      expect(JSON.stringify(entry.details)).not.toContain(dossier.config.dataDir);
    }
    const key = { origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey };
    expect((await auditLedger(dossier.database.db, key)).ok).toBe(true);
    expect(await auditRecords(dossier.database.db)).toMatchObject({ ok: true, problems: [] });

    // A row pointed at other bytes behind the ledger's back is caught.
    await dossier.database.db.updateTable('evidence_derivatives').set({ sha256: keyframes[1]!.sha256 }).where('sha256', '=', keyframes[0]!.sha256).execute();
    expect((await auditRecords(dossier.database.db)).problems).toEqual([{ record: `derivative:${keyframes[1]!.sha256}`, problem: 'sha256 differs from what was logged' }]);
    await dossier.database.db.updateTable('evidence_derivatives').set({ sha256: keyframes[0]!.sha256 }).where('sha256', '=', keyframes[1]!.sha256).where('frame_seconds', '=', keyframes[0]!.frameSeconds).execute();
    // A contact sheet's tile times changed behind the ledger's back are caught too.
    await dossier.database.db.updateTable('evidence_derivatives').set({ tile_seconds: JSON.stringify([0, 1, 2, 3, 4, 9]) }).where('kind', '=', 'contact-sheet').execute();
    expect((await auditRecords(dossier.database.db)).problems).toEqual([{ record: `derivative:${sheet!.sha256}`, problem: 'tile timing differs from what was logged' }]);

    // Made again: replaced, not doubled.
    await makeDerivatives(deps(), item, 'test:analyst', 'strikes');
    expect(await listDerivatives(dossier.database.db, item.id)).toHaveLength(made.length);
  });

  it('fails on a corrupt video with the reason, and the item stays held', async () => {
    const garbage = Buffer.concat([video.subarray(0, 64), Buffer.alloc(4096, 0x5a)]);
    const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'strikes', originalName: 'broken.mp4', content: [garbage] });
    const result = await makeDerivatives(deps(), item, 'test:analyst', 'strikes');
    expect(result).toMatchObject({ status: 'failed', evidenceId: item.id, reason: expect.stringMatching(/ffprobe|video/), reasonWordings: [{ code: 'mediaTool.cannotReadVideo' }] });
    expect(await listDerivatives(dossier.database.db, item.id)).toEqual([]);
    expect((await dossier.vault.check(item.sha256)).ok).toBe(true);
  });

  it('makes thumbnails of an image and of a PDF’s first page', async () => {
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#a03020' } }).png().toBuffer();
    for (const [name, content, tool] of [['photo.png', png, /^sharp /], ['report.pdf', makePdf(), /^pdftoppm/]] as const) {
      const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'strikes', originalName: name, content: [content] });
      expect(await makeDerivatives(deps(), item, 'test:analyst')).toMatchObject({ status: 'made', failures: [] });
      const [thumbnail] = await listDerivatives(dossier.database.db, item.id);
      expect(thumbnail).toMatchObject({ kind: 'thumbnail', mediaType: 'image/jpeg', tool: expect.stringMatching(tool) });
      const size = await sharp(blobFile(thumbnail!.sha256)).metadata();
      expect(Math.max(size.width!, size.height!)).toBe(320);
    }
  });

  it('counts derivative blobs as referred to: neither listed as unreferenced nor swept', async () => {
    const audit = await auditVault(dossier, 'test:owner');
    expect(audit).toMatchObject({ ok: true, unreferenced: [] });
    const sweep = await sweepVault(dossier, 'test:owner', { olderThanHours: 1, now: new Date(Date.now() + 48 * 3_600_000) });
    expect(sweep.removedCount).toBe(0);
  });
});

describe.runIf(ffmpeg)('dossier evidence derive', () => {
  let work: string;
  const cli = (...args: string[]) => runCli(['--data', path.join(work, 'data'), ...args]);
  beforeAll(async () => {
    work = await tempDir('dossier-derive-cli-');
    makeTestVideo(path.join(work, 'clip.mp4'));
    await fs.promises.writeFile(path.join(work, 'broken.mp4'), Buffer.concat([fs.readFileSync(path.join(work, 'clip.mp4')).subarray(0, 64), Buffer.alloc(4096, 0x5a)]));
    for (const args of [['init'], ['case', 'create', 'c', '--title', 'Case'], ['add', path.join(work, 'clip.mp4'), path.join(work, 'broken.mp4'), '--case', 'c']]) expect((await cli(...args)).code).toBe(0);
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('makes them for every video of the case, says what failed and why (exit 1), and show lists them', async () => {
    const run = await cli('evidence', 'derive', '--case', 'c');
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/clip\.mp4\s+thumbnail, 6 keyframes, contact-sheet, preview/);
    expect(run.stdout).toMatch(/broken\.mp4\s+failed: ffprobe could not read the video: .*moov atom not found/);
    const json = JSON.parse((await cli('--json', 'evidence', 'derive', '--case', 'c')).stdout) as Array<{ id: string; name: string; status: string }>;
    const clip = json.find((result) => result.name === 'clip.mp4')!;
    expect(clip.status).toBe('made');
    const shown = await cli('evidence', 'show', clip.id);
    expect(shown.stdout).toContain('derivatives (made for viewing, not the evidence):');
    expect(shown.stdout).toMatch(/contact-sheet of frames at 0\.0, 1\.0, 2\.0, 3\.0, 4\.0, 5\.0 s/);
    expect(shown.stdout).toMatch(/preview {2}[0-9a-f]{16} {2}video\/mp4/);
  });
});
