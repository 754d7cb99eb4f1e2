/**
 * Content credentials of a file on disk. The C2PA reader needs the whole file in memory, so a file above a
 * bound is refused with a reason rather than read (a 50 GB video must not take the server down). Video: the
 * reader validates only HEIF among the ISO BMFF family, so an MP4 or a MOV is only looked at, box header by box
 * header, for the top-level `uuid` box that holds a C2PA manifest: none there means no credentials; one there
 * is said to be present and not checked.
 */
import fsp, { type FileHandle } from 'node:fs/promises';
import { JPEG, PNG } from '@trustnxt/c2pa-ts/asset';
import { noCredentials, readContentCredentials, unreadableCredentials, unsupportedFormat, type ContentCredentialsReport } from './content-credentials.js';
import { CREDENTIAL_FORMATS, credentialReason } from './credential-wordings.js';

/** What the reader may hold in memory at once. */
export const CREDENTIALS_MAX_BYTES = 512 * 1024 * 1024;

// C2PA 2.1 §A.5: the manifest store of a BMFF file sits in a top-level `uuid` box with this user type.
const C2PA_BOX_USER_TYPE = Buffer.from('d8fec3d61b0e483c92975828877ec481', 'hex');
const READABLE_BMFF_BRANDS = new Set(['heic', 'mif1']);
const MAX_TOP_LEVEL_BOXES = 100_000;

export async function contentCredentialsOfFile(file: string, options: { maxBytes?: number } = {}): Promise<ContentCredentialsReport> {
  const maxBytes = options.maxBytes ?? CREDENTIALS_MAX_BYTES;
  let handle: FileHandle;
  try {
    handle = await fsp.open(file, 'r');
  } catch (error) {
    return unreadableCredentials(credentialReason('cannotOpen', { problem: (error as Error).message }));
  }
  try {
    const { size } = await handle.stat();
    const head = await readAt(handle, 0, Math.min(size, 4096));
    const brands = bmffBrands(head);
    if (brands && !brands.some((brand) => READABLE_BMFF_BRANDS.has(brand))) return await lookForBmffManifest(handle, size);
    // Known from the first bytes, before any size is weighed: a 50 GB WebM is refused for its format, not its size.
    if (!brands && !JPEG.canRead(head) && !PNG.canRead(head)) return unreadableCredentials(unsupportedFormat());
    if (size > maxBytes) {
      return unreadableCredentials(credentialReason('tooLargeToHold', { size, max: maxBytes }));
    }
    return await readContentCredentials(await handle.readFile());
  } catch (error) {
    return unreadableCredentials(credentialReason('cannotRead', { problem: (error as Error).message }));
  } finally {
    await handle.close();
  }
}

/** The major and compatible brands of an ISO BMFF file's leading `ftyp` box, or null when it is not one. */
function bmffBrands(head: Buffer): string[] | null {
  if (head.length < 16 || head.toString('latin1', 4, 8) !== 'ftyp') return null;
  const end = Math.min(head.readUInt32BE(0), head.length);
  const brands = [head.toString('latin1', 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(head.toString('latin1', at, at + 4));
  return brands;
}

/** Walks the top-level box headers only: a few bytes read per box, whatever the file's size. */
async function lookForBmffManifest(handle: FileHandle, size: number): Promise<ContentCredentialsReport> {
  let offset = 0;
  for (let boxes = 0; offset + 8 <= size && boxes < MAX_TOP_LEVEL_BOXES; boxes += 1) {
    const header = await readAt(handle, offset, Math.min(32, size - offset));
    let boxSize = header.readUInt32BE(0);
    let headerSize = 8;
    if (boxSize === 1 && header.length >= 16) {
      boxSize = Number(header.readBigUInt64BE(8));
      headerSize = 16;
    } else if (boxSize === 0) {
      boxSize = size - offset;
    }
    if (boxSize < headerSize) return unreadableCredentials(credentialReason('malformedBox', { offset }));
    const isC2paBox = header.toString('latin1', 4, 8) === 'uuid' && header.subarray(headerSize, headerSize + 16).equals(C2PA_BOX_USER_TYPE);
    if (isC2paBox) {
      return unreadableCredentials(credentialReason('onlyHeif', CREDENTIAL_FORMATS));
    }
    offset += boxSize;
  }
  return noCredentials(credentialReason('noManifestBox'));
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
