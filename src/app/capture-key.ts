import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createFileDurably } from '../common/durable-fs.js';
import { DossierError } from '../common/errors.js';

const WACZ_KEY = path.join('keys', 'wacz-signing.pem');

/**
 * The instance's key for signing WACZ packages: ECDSA P-256, as the WACZ signing spec asks, kept beside the
 * checkpoint key and made on first use. Its fingerprint is in every capture's ledger entry.
 */
export async function waczSigningKey(dataDir: string): Promise<KeyObject> {
  const file = path.join(dataDir, WACZ_KEY);
  const existing = await readKeyFile(file);
  if (existing) return existing;
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // Another process may have made one meanwhile: then that one is the instance's key, and this one is dropped.
  if (await createFileDurably(file, privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), 0o600)) return privateKey;
  return (await readKeyFile(file))!;
}

async function readKeyFile(file: string): Promise<KeyObject | null> {
  const existing = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (existing === null) return null;
  try {
    return createPrivateKey(existing);
  } catch {
    throw new DossierError('KEY_INVALID', `the WACZ signing key ${file} is not a private key`, { path: file });
  }
}
