/**
 * Packages a WARC as a WACZ 1.1.1 file: archive/, a CDXJ index, pages/pages.jsonl, datapackage.json with
 * each file's SHA-256 and size, and datapackage-digest.json signed with an ECDSA P-256 key as the WACZ
 * signing spec describes (anonymous signing: the public key is in the package), so Webrecorder's tools and
 * ours can check it. Everything is stored uncompressed, as replay tools seek into the WARC. The file is
 * written to a temp name, flushed, then renamed.
 */
import { createHash, sign, type KeyObject, createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { getSurt } from 'warcio';
import yazl from 'yazl';
import { fsyncDirectory } from '../common/durable-fs.js';
import { headerValue } from './http-head.js';
import { checkWarcFile, type WarcRecordSummary } from './warc-check.js';
import { SOFTWARE } from './warc-writer.js';
import { InvariantError } from '../common/errors.js';

export interface WaczPageEntry {
  url: string;
  /** When the page was loaded (ISO 8601). */
  ts: string;
  title: string | null;
  text: string | null;
}

export interface WaczInput {
  warcFile: string;
  pages: WaczPageEntry[];
  created: string;
  title?: string;
  /** The instance's WACZ signing key (ECDSA P-256); without one the package is unsigned. */
  signingKey?: KeyObject;
}

export interface WrittenWacz {
  file: string;
  datapackageSha256: string;
  signed: boolean;
}

export async function writeWacz(out: string, input: WaczInput): Promise<WrittenWacz> {
  const warcName = path.basename(input.warcFile);
  const warcPath = `archive/${warcName}`;
  const checked = await checkWarcFile(input.warcFile);
  if (!checked.valid) throw new InvariantError(`the WARC to package is not sound: ${checked.errors[0]?.message ?? 'unknown problem'}`);
  const files: Array<{ name: string; bytes: Buffer | null; from?: string }> = [
    { name: warcPath, bytes: null, from: input.warcFile },
    { name: 'indexes/index.cdxj', bytes: Buffer.from(cdxj(checked.records, warcName)) },
    { name: 'pages/pages.jsonl', bytes: Buffer.from(pagesJsonl(input.pages)) },
  ];
  const resources = [];
  for (const file of files) {
    const { sha256, size } = file.bytes ? { sha256: sha256Of(file.bytes), size: file.bytes.length } : await hashFile(file.from!);
    resources.push({ name: path.basename(file.name), path: file.name, hash: `sha256:${sha256}`, bytes: size });
  }
  const main = input.pages[0];
  const datapackage = Buffer.from(
    JSON.stringify(
      {
        profile: 'data-package',
        resources,
        wacz_version: '1.1.1',
        software: SOFTWARE,
        created: input.created,
        ...(input.title && { title: input.title }),
        ...(main && { mainPageURL: main.url, mainPageDate: main.ts }),
      },
      null,
      2,
    ),
  );
  const datapackageSha256 = sha256Of(datapackage);
  const digest = { path: 'datapackage.json', hash: `sha256:${datapackageSha256}`, ...(input.signingKey && { signedData: signedData(input.signingKey, datapackageSha256, input.created) }) };

  const temp = `${out}.${process.pid}.tmp`;
  const zip = new yazl.ZipFile();
  for (const file of files) {
    if (file.from) zip.addFile(file.from, file.name, { compress: false, mtime: new Date(input.created) });
    else zip.addBuffer(file.bytes!, file.name, { compress: false, mtime: new Date(input.created) });
  }
  zip.addBuffer(datapackage, 'datapackage.json', { compress: false, mtime: new Date(input.created) });
  zip.addBuffer(Buffer.from(JSON.stringify(digest, null, 2)), 'datapackage-digest.json', { compress: false, mtime: new Date(input.created) });
  zip.end();
  try {
    await pipeline(zip.outputStream, fs.createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
    const handle = await fsp.open(temp, 'r+');
    await handle.sync().finally(() => handle.close());
    await fsp.rename(temp, out);
    await fsyncDirectory(path.dirname(out));
  } catch (error) {
    await fsp.rm(temp, { force: true });
    throw error;
  }
  return { file: out, datapackageSha256, signed: input.signingKey !== undefined };
}

/** The signedData of the WACZ signing spec: ECDSA over the string "sha256:<hex>", DER, base 64. */
function signedData(key: KeyObject, datapackageSha256: string, created: string) {
  const hash = `sha256:${datapackageSha256}`;
  const signature = sign('sha256', Buffer.from(hash, 'ascii'), { key, dsaEncoding: 'der' }).toString('base64');
  const publicKey = createPublicKey(key).export({ format: 'der', type: 'spki' }).toString('base64');
  return { hash, signature, publicKey, created, software: SOFTWARE };
}

/** CDXJ lines (pywb's format) for every response, resource and revisit record, sorted by SURT key and time. */
export function cdxj(records: readonly WarcRecordSummary[], filename: string): string {
  const lines = records
    .filter((record) => (record.type === 'response' || record.type === 'resource' || record.type === 'revisit') && record.targetUri)
    .map((record) => {
      const contentType = record.http ? headerValue(record.http.headers, 'content-type') : record.contentType;
      const fields = {
        url: record.targetUri,
        mime: record.type === 'revisit' ? 'warc/revisit' : (contentType ?? 'unk').split(';')[0]!.trim(),
        ...(record.http?.status && { status: String(record.http.status) }),
        ...(record.payloadDigestValue && { digest: record.payloadDigestValue }),
        length: String(record.length),
        offset: String(record.offset),
        filename,
      };
      return `${getSurt(record.targetUri!)} ${(record.date ?? '').replace(/\D/g, '').slice(0, 14)} ${JSON.stringify(fields)}`;
    });
  return lines.sort().join('\n') + (lines.length ? '\n' : '');
}

function pagesJsonl(pages: readonly WaczPageEntry[]): string {
  const header = { format: 'json-pages-1.0', id: 'pages', title: 'All Pages', hasText: pages.some((page) => page.text) };
  const lines = pages.map((page, index) => ({ id: `page-${index + 1}`, url: page.url, ts: page.ts, ...(page.title && { title: page.title }), ...(page.text && { text: page.text }) }));
  return [header, ...lines].map((line) => JSON.stringify(line)).join('\n') + '\n';
}

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}
