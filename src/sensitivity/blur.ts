/**
 * What a reader is sent of an item's pictures when their setting blurs it: a blurred JPEG made here by sharp from
 * the thumbnail (or keyframe, or contact sheet), strong enough that nothing of the scene can be made out. Blurring
 * in CSS alone would send the picture to the browser; this is what is downloaded until the person clicks through.
 */
import { DossierError } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import { loadSharp } from '../media/sharp.js';
import { blurs, careSettingsOf, hasRevealed, revealedItems } from './care.js';
import { labelsOf } from './labels.js';

/** Derivatives are small (thumbnails, keyframes, a contact sheet); anything larger is not blurred in memory. */
const MAX_BLUR_INPUT = 32 * 1024 ** 2;
/** The picture is first brought down to this width, so the blur's strength does not depend on its size. */
const BLUR_WIDTH = 320;
/** A Gaussian sigma of a tenth of that width: shapes and colours remain, faces, wounds and text do not. */
const BLUR_SIGMA = 32;

export interface BlurDecision {
  labels: string[];
  /** Blurred for this reader now: their setting blurs these labels and they have not clicked through. */
  blurred: boolean;
}

/** Whether an item's pictures go to this reader blurred, from its labels in the cases they read and their setting. */
export async function blurDecision(db: Db, userId: string, evidenceId: string, caseIds: readonly string[], now = new Date()): Promise<BlurDecision> {
  const labels = (await labelsOf(db, 'evidence', [evidenceId], caseIds)).get(evidenceId) ?? [];
  const settings = await careSettingsOf(db, userId);
  if (!blurs(settings.blur, labels)) return { labels, blurred: false };
  return { labels, blurred: !(await hasRevealed(db, userId, evidenceId, now)) };
}

/** The same for a list of items (the evidence list), in three queries whatever its length. */
export async function blurDecisions(db: Db, userId: string, evidenceIds: readonly string[], caseIds: readonly string[], now = new Date()): Promise<Map<string, BlurDecision>> {
  const [labels, settings, revealed] = await Promise.all([labelsOf(db, 'evidence', evidenceIds, caseIds), careSettingsOf(db, userId), revealedItems(db, userId, now)]);
  return new Map(
    evidenceIds.map((id) => {
      const own = labels.get(id) ?? [];
      return [id, { labels: own, blurred: blurs(settings.blur, own) && !revealed.has(id) }];
    }),
  );
}

export async function blurredImage(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_BLUR_INPUT) throw new DossierError('PAYLOAD_TOO_LARGE', `the picture is larger than ${MAX_BLUR_INPUT} bytes and is not blurred here: show it after the click-through`, { field: 'sha256' });
    chunks.push(bytes);
  }
  const sharp = await loadSharp();
  return sharp(Buffer.concat(chunks))
    .resize({ width: BLUR_WIDTH, withoutEnlargement: true })
    .blur(BLUR_SIGMA)
    .jpeg({ quality: 70 })
    .toBuffer();
}
