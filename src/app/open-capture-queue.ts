import fs from 'node:fs/promises';
import { DEFAULT_CAPTURE_SETTINGS, type CaptureSettings } from '../capture/browser-capture.js';
import { CaptureQueue, type CaptureQueueOptions } from '../web-capture/capture-queue.js';
import { waczSigningKey } from './capture-key.js';
import type { Dossier } from './open.js';

/** The capture queue of an opened Dossier: its vault, ledger and database, its WACZ key, and the operator's settings. */
export async function openCaptureQueue(d: Dossier, settings: Partial<CaptureSettings> = {}, options: CaptureQueueOptions = {}): Promise<CaptureQueue> {
  const tmpDir = d.tmpDir;
  await fs.mkdir(tmpDir, { recursive: true });
  const signingKey = await waczSigningKey(d.config.dataDir);
  const allowPrivateNetwork = settings.allowPrivateNetwork ?? d.config.captureAllowPrivate;
  return new CaptureQueue({ database: d.database, ledger: d.ledger, vault: d.vault, tmpDir, signingKey }, { ...DEFAULT_CAPTURE_SETTINGS, ...settings, allowPrivateNetwork }, options);
}
