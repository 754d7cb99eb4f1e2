/**
 * A video's look-alikes, found by its keyframes: a video made by the test with ffmpeg and its re-encode (smaller,
 * harder compressed, keyframes every two seconds, as a platform would) are linked within their case; an unrelated
 * video is not. Through the examiner, in the order an upload runs its steps: derivatives, then look-alikes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { EvidenceExaminer } from '../src/evidence/examinations.js';
import { auditLedger } from '../src/ledger/audit.js';
import { similarItems } from '../src/similarity/similar-items.js';
import { newDossier, tempDir } from './support/dossier.js';
import { ffmpegForTests } from './support/ffmpeg.js';
import { makeTestVideo } from './support/test-video.js';

const ffmpeg = await ffmpegForTests('the video look-alike tests');

describe.runIf(ffmpeg)('look-alikes of videos, by their keyframes', () => {
  let dossier: Dossier;
  let work: string;
  let examiner: EvidenceExaminer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    work = await tempDir('dossier-video-look-alikes-');
    const original = path.join(work, 'original.mp4');
    makeTestVideo(original);
    // As a platform passes it on: 426 px wide, hard compressed, a keyframe every two seconds.
    const reencoded = path.join(work, 'reencoded.mp4');
    execFileSync('ffmpeg', ['-nostdin', '-v', 'error', '-y', '-i', original, '-vf', 'scale=426:-2', '-c:v', 'libx264', '-crf', '34', '-g', '50', '-c:a', 'aac', '-b:a', '48k', reencoded]);
    const unrelated = path.join(work, 'unrelated.mp4');
    execFileSync('ffmpeg', ['-nostdin', '-v', 'error', '-y', '-f', 'lavfi', '-i', 'mandelbrot=size=640x360:rate=25', '-t', '4', '-g', '25', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', unrelated]);

    dossier = await newDossier();
    await createCase(dossier, 'test:owner', { id: 'c1', title: 'Videos' });
    examiner = new EvidenceExaminer({ database: dossier.database, vault: dossier.vault, ledger: dossier.ledger, tmpDir: dossier.tmpDir });
    for (const [name, file] of Object.entries({ 'original.mp4': original, 'reencoded.mp4': reencoded, 'unrelated.mp4': unrelated })) {
      const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'c1', originalName: name, content: [fs.readFileSync(file)] });
      ids[name] = item.id;
      for (const step of ['derivatives', 'look-alikes']) await examiner.step(step).run(item, 'c1', 'test:analyst');
    }
  }, 180_000);
  afterAll(async () => {
    await examiner?.close();
    await dossier?.database.close();
    fs.rmSync(work, { recursive: true, force: true });
    if (dossier) fs.rmSync(dossier.config.dataDir, { recursive: true, force: true });
  });

  it('links a video and its re-encode by their keyframes, and leaves an unrelated video alone', async () => {
    const similar = await similarItems(dossier.database.db, ids['reencoded.mp4']!, ['c1']);
    expect(similar.lookAlikes.map((lookAlike) => lookAlike.originalName)).toEqual(['original.mp4']);
    const alone = await similarItems(dossier.database.db, ids['unrelated.mp4']!, ['c1']);
    expect(alone.lookAlikes).toEqual([]);
    // Each video's keyframes were hashed, each under its time.
    const frames = await dossier.database.db.selectFrom('evidence_perceptual_hashes').select(['frame']).distinct().where('evidence_id', '=', ids['original.mp4']!).execute();
    expect(frames.length).toBeGreaterThanOrEqual(5);
    expect(frames.every((row) => /^\d+(\.\d+)?$/.test(row.frame))).toBe(true);
    // The link is logged, and the ledger verifies.
    const entries = await dossier.ledger.entries();
    expect(entries.filter((entry) => entry.action === 'look-alike')).toHaveLength(1);
    const key = { origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey };
    expect((await auditLedger(dossier.database.db, key)).ok).toBe(true);
  });
});
