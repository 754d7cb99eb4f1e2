import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CASE_FILE_PATHS } from '../bag/case-file-layout.js';
import { checkTimestamp, requestTimestamp } from '../common/timestamp.js';
import { DossierError } from '../common/errors.js';

const TIMEOUT_MS = 30_000;

export interface BagTimestamp {
  time: string;
  tsa: string | null;
  serial: string | null;
}

/**
 * Asks the time-stamping authority at `tsaUrl` (RFC 3161 over HTTP, RFC 3161 §3.4) to stamp the bag's
 * tag manifest, checks that the reply grants a stamp for exactly that file, and stores the token at the
 * bag's root. Any failure stops the export: a stamp that was asked for and is missing must not go unnoticed.
 */
export async function stampBag(bagDir: string, tsaUrl: string, tagManifestSha256: string): Promise<BagTimestamp> {
  const tagManifest = path.join(bagDir, 'tagmanifest-sha256.txt');
  const fail = (reason: string) => new DossierError('TIMESTAMP_FAILED', `the time-stamping authority ${tsaUrl} gave no usable time-stamp: ${reason}; no case file was written`, { field: 'tsaUrl', value: tsaUrl });
  let reply: Buffer;
  try {
    reply = await requestTimestamp(tsaUrl, tagManifest, TIMEOUT_MS);
  } catch (cause) {
    throw fail((cause as Error).message);
  }
  const token = path.join(bagDir, CASE_FILE_PATHS.timestamp);
  await writeFile(token, reply, { flag: 'wx' });
  const verdict = await checkTimestamp(token, tagManifest, tagManifestSha256);
  if (verdict.status !== 'unchecked-signature' && verdict.status !== 'verified') throw fail(verdict.reason);
  return { time: verdict.time, tsa: verdict.tsa, serial: verdict.serial };
}
