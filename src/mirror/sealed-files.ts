/**
 * Files encrypted with age (age-encryption.org/v1) to a mirror's recipients, and read back with an identity.
 * Their ciphertext is hashed on the way out, for the signed manifest; the destination makes the write whole.
 */
import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { DossierError, invalidField } from '../common/errors.js';
import type { MirrorDestination } from './mirror-destination.js';

export interface SealedFile {
  /** Of the ciphertext: what a holder can check without any key. */
  sha256: string;
  size: number;
}

export async function newIdentity(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

/** Each recipient checked by sealing nothing to it, so a typo is refused at init, not at the first push. */
export async function checkRecipients(recipients: readonly string[]): Promise<void> {
  if (recipients.length === 0) throw invalidField('recipient', 'give at least one age recipient (age1…), as "dossier mirror keygen" prints it');
  for (const recipient of recipients) {
    try {
      if (!recipient.startsWith('age1')) throw new DossierError('VALIDATION_FAILED', 'not an X25519 recipient', { field: 'recipient', value: recipient });
      const encrypter = new Encrypter();
      encrypter.addRecipient(recipient);
      await encrypter.encrypt(new Uint8Array());
    } catch (error) {
      throw invalidField('recipient', `${recipient} is not an age X25519 recipient (age1…): ${(error as Error).message}`, recipient);
    }
  }
}

/** Encrypts `source` to the recipients into the mirror's `key`, hashing the ciphertext as it goes out. */
export async function sealTo(destination: MirrorDestination, key: string, source: AsyncIterable<Uint8Array> | Uint8Array, recipients: readonly string[]): Promise<SealedFile> {
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  const input = source instanceof Uint8Array ? Readable.from([source]) : Readable.from(source);
  const sealed = await encrypter.encrypt(Readable.toWeb(input) as unknown as ReadableStream<Uint8Array>);
  const hash = createHash('sha256');
  let size = 0;
  const hashed = (async function* () {
    for await (const chunk of Readable.fromWeb(sealed as unknown as WebReadableStream<Uint8Array>)) {
      const bytes = chunk as Uint8Array;
      hash.update(bytes);
      size += bytes.length;
      yield bytes;
    }
  })();
  await destination.write(key, hashed);
  return { sha256: hash.digest('hex'), size };
}

/** The plaintext of sealed bytes, streamed; an identity that is not a recipient is refused before any byte. */
export async function openSealed(ciphertext: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, name: string, identity: string): Promise<Readable> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  const source = Readable.toWeb(Readable.from(ciphertext)) as unknown as ReadableStream<Uint8Array>;
  let plain;
  try {
    plain = await decrypter.decrypt(source);
  } catch (error) {
    throw notOpened(name, error);
  }
  const stream = Readable.fromWeb(plain as unknown as WebReadableStream<Uint8Array>);
  // A damaged chunk fails its tag mid-stream: say which file, not only what the cipher said.
  return wrapErrors(stream, name);
}

function wrapErrors(stream: Readable, file: string): Readable {
  return Readable.from(
    (async function* () {
      try {
        for await (const chunk of stream) yield chunk as Uint8Array;
      } catch (error) {
        throw notOpened(file, error);
      }
    })(),
  );
}

export async function openSealedBytes(ciphertext: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, name: string, identity: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of await openSealed(ciphertext, name, identity)) chunks.push(chunk as Uint8Array);
  return Buffer.concat(chunks);
}

function notOpened(file: string, error: unknown): DossierError {
  const message = (error as Error).message;
  if (/no identity matched/i.test(message)) {
    return new DossierError('KEY_INVALID', `the identity is not one of this mirror's recipients: it cannot open ${file}`, { path: file }, { cause: error });
  }
  return new DossierError('MIRROR_INVALID', `${file} does not decrypt: ${message} (damaged or replaced)`, { path: file }, { cause: error });
}

/** The identity lines of an age identity file (as "dossier mirror keygen" or age-keygen write it): comments skipped. */
export async function readIdentityFile(file: string): Promise<string> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (error) {
    throw new DossierError('FILE_UNREADABLE', `identity: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { field: 'identity', path: file }, { cause: error });
  }
  const identity = text.split('\n').map((line) => line.trim()).find((line) => line.startsWith('AGE-SECRET-KEY-1'));
  if (!identity) throw invalidField('identity', `${file} holds no age identity (a line AGE-SECRET-KEY-1…)`, file);
  return identity;
}
