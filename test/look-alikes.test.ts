import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { ingestEvidence, type EvidenceItem } from '../src/evidence/evidence.js';
import { EvidenceExaminer } from '../src/evidence/examinations.js';
import { auditLedger } from '../src/ledger/audit.js';
import { findLookAlikes, findLookAlikesOf, recordLookAlikes } from '../src/similarity/look-alikes.js';
import { perceptualHashes } from '../src/similarity/perceptual-hash.js';
import { lookAlikeGroups, similarItems } from '../src/similarity/similar-items.js';
import { circulatedCopies, generatedScene } from '../src/similarity/test-scenes.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, runCli, tempDir } from './support/dossier.js';

const engines = await enginesUnderTest();
const actor = 'test:analyst';

/** A photo, the copies circulation made of it, and an unrelated photo. */
async function photos(): Promise<Record<string, Buffer>> {
  const original = await generatedScene(11);
  const { resized, recompressed, cropped } = await circulatedCopies(original);
  return { 'original.png': original, 'resized.jpg': resized, 'recompressed.jpg': recompressed, 'cropped.jpg': cropped, 'unrelated.png': await generatedScene(12) };
}

describe.each(engines)('look-alikes on $name', (engine) => {
  let dossier: Dossier;
  const items = new Map<string, EvidenceItem>();
  const take = async (caseId: string, name: string, bytes: Buffer) => (await ingestEvidence(dossier, actor, { caseId, originalName: name, content: [bytes] })).item;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    await createCase(dossier, actor, { id: 'aleppo', title: 'Aleppo' });
    await createCase(dossier, actor, { id: 'ghouta', title: 'Ghouta' });
    const made = await photos();
    for (const [name, bytes] of Object.entries(made)) items.set(name, await take('aleppo', name, bytes));
    // The other case holds another copy of the same photo: never to be shown to readers of Aleppo.
    items.set('ghouta-copy', await take('ghouta', 'forwarded.jpg', (await circulatedCopies(made['original.png']!)).screenshot));
  });
  afterAll(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  it('links the original and its resized, re-compressed and cropped copies into one group, the unrelated photo alone', async () => {
    const aleppo = [...items].filter(([name]) => name !== 'ghouta-copy').map(([, item]) => item);
    const { linkings, failures } = await findLookAlikesOf(dossier, actor, aleppo, 'aleppo');
    expect(failures).toEqual([]);
    expect(linkings).toHaveLength(5);
    const id = (name: string) => items.get(name)!.id;
    const groups = await lookAlikeGroups(dossier.database.db, 'aleppo');
    expect(groups).toEqual([[id('original.png'), id('resized.jpg'), id('recompressed.jpg'), id('cropped.jpg')]]);
    // Hashing again adds no link and no entry.
    const before = await dossier.ledger.currentSize();
    const again = await findLookAlikes(dossier, actor, items.get('cropped.jpg')!, 'aleppo');
    expect(again).toMatchObject({ linked: [], ledgerSeq: null });
    expect(await dossier.ledger.currentSize()).toBe(before);
  });

  it('logs each link in the ledger, committing to both items and their distance, and the ledger verifies', async () => {
    const entries = (await dossier.ledger.entries({ caseId: 'aleppo' })).filter((e) => e.action === 'look-alike');
    expect(entries).toHaveLength(3);
    const cropped = entries.find((e) => e.details.evidenceId === items.get('cropped.jpg')!.id)!;
    expect(cropped.subject).toEqual({ case: 'aleppo', evidence: items.get('cropped.jpg')!.sha256 });
    expect(cropped.details.lookAlikes).toContainEqual({ evidenceId: items.get('original.png')!.id, sha256: items.get('original.png')!.sha256, distance: expect.any(Number) });
    const audit = await auditLedger(dossier.database.db, { origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey });
    expect(audit.ok).toBe(true);
  });

  it('lists an item\'s look-alikes in its own cases only, with who was taken in first', async () => {
    await findLookAlikes(dossier, actor, items.get('ghouta-copy')!, 'ghouta');
    const found = await similarItems(dossier.database.db, items.get('resized.jpg')!.id, ['aleppo', 'ghouta']);
    expect(found.lookAlikes.map((l) => l.originalName).sort()).toEqual(['cropped.jpg', 'original.png', 'recompressed.jpg']);
    expect(found.firstTakenIn).toBe(items.get('original.png')!.id);
    for (const l of found.lookAlikes) expect(l).toMatchObject({ linked: true, cases: ['aleppo'], distance: expect.any(Number) });
    // Ghouta's copy looks like Aleppo's photos, but Ghouta holds none of them: nothing to say there.
    expect((await similarItems(dossier.database.db, items.get('ghouta-copy')!.id, ['aleppo', 'ghouta'])).lookAlikes).toEqual([]);
    expect(await lookAlikeGroups(dossier.database.db, 'ghouta')).toEqual([]);
    // Nor can an item of one case be linked in another.
    await expect(findLookAlikes(dossier, actor, items.get('resized.jpg')!, 'ghouta')).rejects.toMatchObject({ code: 'EVIDENCE_NOT_FOUND' });
    // Asked for more distance: still nothing of the unrelated photo.
    const wide = await similarItems(dossier.database.db, items.get('original.png')!.id, ['aleppo'], 16);
    expect(wide.lookAlikes.map((l) => l.originalName)).not.toContain('unrelated.png');
  });

  it('links a video by any of its keyframes, as hashed later by the video step', async () => {
    const clip = await take('aleppo', 'clip.mp4', Buffer.from('a video whose keyframes were hashed elsewhere'));
    const frames = [
      { frame: '0.0', hashes: await perceptualHashes(await generatedScene(99)) },
      { frame: '12.5', hashes: await perceptualHashes((await photos())['recompressed.jpg']!) },
    ];
    const [linking] = await recordLookAlikes(dossier, actor, 'aleppo', [{ item: clip, frames }]);
    expect(linking!.linked.map((l) => l.evidenceId)).toContain(items.get('original.png')!.id);
    const stored = await dossier.database.db.selectFrom('evidence_perceptual_hashes').select(['frame', 'region']).where('evidence_id', '=', clip.id).execute();
    expect(stored).toHaveLength(6);
  });

  it('runs as the examiner\'s step after intake; a corrupt image fails with a reason and stays held', async () => {
    const examiner = new EvidenceExaminer(dossier);
    try {
      const step = examiner.step('look-alikes');
      expect(step.applies('image/jpeg') && step.applies('image/webp') && !step.applies('application/pdf')).toBe(true);
      const webp = await take('aleppo', 'original.webp', await sharp(await generatedScene(11)).webp({ quality: 50 }).toBuffer());
      await expect(step.run(webp, 'aleppo', actor)).resolves.toMatchObject({ linked: expect.arrayContaining([expect.objectContaining({ evidenceId: items.get('original.png')!.id })]) });
      // A JPEG's first bytes, then nothing a decoder can read: sniffed as a JPEG, not decodable.
      const broken = await take('aleppo', 'broken.jpg', Buffer.concat([Buffer.from('ffd8ffe000104a464946', 'hex'), Buffer.alloc(200, 7)]));
      await expect(step.run(broken, 'aleppo', actor)).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('stays held') });
      expect((await similarItems(dossier.database.db, broken.id, ['aleppo'])).hashed).toBe(false);
    } finally {
      await examiner.close();
    }
  });
});

describe('dossier evidence similar', () => {
  let work: string;
  let data: string;
  const cli = (...args: string[]) => runCli(['--data', data, ...args]);

  beforeAll(async () => {
    work = await tempDir('dossier-look-alikes-');
    data = path.join(work, 'data');
    const folder = path.join(work, 'photos');
    await fs.mkdir(folder);
    for (const [name, bytes] of Object.entries(await photos())) await fs.writeFile(path.join(folder, name), bytes);
    expect((await cli('init')).code).toBe(0);
    expect((await cli('case', 'create', 'c', '--title', 'Photos')).code).toBe(0);
  });
  afterAll(() => fs.rm(work, { recursive: true, force: true }));

  it('says at intake which new items look like ones the case holds, and lists them', async () => {
    const added = await cli('add', path.join(work, 'photos', 'original.png'), '--case', 'c');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).not.toContain('look like');
    const more = await cli('add', ...['resized.jpg', 'recompressed.jpg', 'cropped.jpg', 'unrelated.png'].map((n) => path.join(work, 'photos', n)), '--case', 'c');
    expect(more.code, more.stderr).toBe(0);
    expect(more.stdout).toContain('3 items look like ones the case holds');

    const listed = JSON.parse((await cli('--json', 'evidence', 'list', '--case', 'c')).stdout) as { id: string; originalName: string }[];
    const id = (name: string) => listed.find((item) => item.originalName === name)!.id;
    const similar = await cli('--json', 'evidence', 'similar', id('cropped.jpg'));
    expect(similar.code, similar.stderr).toBe(0);
    const answer = JSON.parse(similar.stdout);
    expect(answer.lookAlikes.map((l: { originalName: string }) => l.originalName).sort()).toEqual(['original.png', 'recompressed.jpg', 'resized.jpg']);
    expect(answer.firstTakenIn).toBe(id('original.png'));
    const words = await cli('evidence', 'similar', id('original.png'));
    expect(words.stdout).toMatch(/near-identical|very similar/);
    expect((await cli('evidence', 'similar', id('original.png'), '--max-distance', 'x')).code).toBe(2);
    // The item's own page in the terminal names its look-alikes and the copy taken in first.
    const shown = await cli('evidence', 'show', id('resized.jpg'));
    expect(shown.stdout).toContain(`looks like (perceptual hash; the first taken in: ${id('original.png')}):`);
    expect(shown.stdout).toMatch(new RegExp(`${id('original.png')}  original.png  \\d+ bits`));
    expect((await cli('--json', 'evidence', 'look-alikes', '--case', 'c')).code).toBe(0);
  });
});
