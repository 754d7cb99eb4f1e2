/**
 * Checks a WACZ package (WACZ 1.1.1: a ZIP holding archive/*.warc[.gz], indexes/, pages/pages.jsonl and
 * datapackage.json with each file's SHA-256, optionally datapackage-digest.json with a signature): every
 * listed file against its hash and size, the layout, every WARC inside with the WARC checker, and the
 * signature. It reads each file once, straight from the ZIP, and never throws on a bad package. A file that
 * datapackage.json does not list, or an entry that is a link or a device, makes the package invalid: nothing
 * vouches for it, and it is never read (a listed-nowhere entry may be a bomb of gigabytes).
 */
import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { openZipEntry } from '../common/zip-entry-stream.js';
import { zipEntryKind } from '../common/zip-entry-kind.js';
import { checkWarcStream, type WarcCheck, type WarcCheckOptions } from './warc-check.js';
import { verifyWaczSignature, type SignatureCheckOptions, type SignatureVerdict, type SignedData } from './wacz-signature.js';

export interface WaczFinding {
  code: string;
  level: 'error' | 'warning';
  message: string;
  /** The file inside the package concerned. */
  path?: string;
}

export interface WaczPage {
  url: string;
  ts: string | null;
  title: string | null;
  text: string | null;
}

export interface WaczCheck {
  valid: boolean;
  version: string | null;
  created: string | null;
  software: string | null;
  files: Array<{ path: string; bytes: number; sha256: string }>;
  warcs: Array<{ path: string; check: WarcCheck }>;
  pages: WaczPage[];
  signature: SignatureVerdict | 'unsigned';
  errors: WaczFinding[];
  warnings: WaczFinding[];
}

export interface WaczCheckOptions extends SignatureCheckOptions {
  /** Passed to the WARC checker for each archive inside (to keep pages' HTML, say). */
  warc?: (path: string) => WarcCheckOptions;
}

interface Resource {
  path?: unknown;
  hash?: unknown;
  bytes?: unknown;
  /** WACZ 1.0.0 wrote the hash and size here, the hash in bare hex, with its algorithm in `hashing`. */
  stats?: { hash?: unknown; bytes?: unknown };
  hashing?: unknown;
}

/** A resource's declared SHA-256 (hex) and size, in the WACZ 1.1 spelling or the 1.0 one. */
function declaredOf(resource: Resource): { sha256: string | null; bytes: unknown } {
  if (typeof resource.hash === 'string') return { sha256: /^sha256:([0-9a-f]{64})$/i.exec(resource.hash)?.[1]?.toLowerCase() ?? null, bytes: resource.bytes };
  const legacy = resource.stats?.hash;
  const sha256 = resource.hashing === 'sha256' && typeof legacy === 'string' && /^[0-9a-f]{64}$/i.test(legacy) ? legacy.toLowerCase() : null;
  return { sha256, bytes: resource.stats?.bytes };
}

const METADATA = new Set(['datapackage.json', 'datapackage-digest.json']);

export async function checkWaczFile(file: string, options: WaczCheckOptions = {}): Promise<WaczCheck> {
  const result: WaczCheck = { valid: false, version: null, created: null, software: null, files: [], warcs: [], pages: [], signature: 'unsigned', errors: [], warnings: [] };
  const error = (code: string, message: string, path?: string) => result.errors.push({ code, level: 'error', message, ...(path !== undefined && { path }) });
  const warn = (code: string, message: string, path?: string) => result.warnings.push({ code, level: 'warning', message, ...(path !== undefined && { path }) });
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (cause) {
    error('WACZ_UNREADABLE', `the file is not a readable ZIP: ${(cause as Error).message}`);
    return result;
  }
  try {
    let listing: Awaited<ReturnType<typeof listEntries>>;
    try {
      listing = await listEntries(zip);
    } catch (cause) {
      error('WACZ_UNREADABLE', `the ZIP's directory cannot be read: ${(cause as Error).message}`);
      return finish(result);
    }
    const { entries, duplicates } = listing;
    for (const name of new Set(duplicates)) error('WACZ_DUPLICATE_ENTRY', `the ZIP holds more than one file named ${name}: tools may read another one than was checked`, name);
    for (const [name, entry] of entries) {
      const kind = zipEntryKind(entry);
      if (kind === 'symlink' || kind === 'special') error('WACZ_ENTRY_NOT_A_FILE', `${name} is a ${kind === 'symlink' ? 'symbolic link' : 'device or other special file'} in the ZIP; a package holds only files`, name);
    }
    const read = async (path: string, sink?: (chunks: AsyncIterable<Uint8Array>) => Promise<void>) => readEntry(zip, entries.get(path)!, sink);
    /** A metadata file's bytes, or a finding that it is too large to be one, or cannot be read. */
    const readMetadata = async (path: string): Promise<Buffer | null> => {
      const entry = entries.get(path)!;
      // The ZIP's directory says how big the file is, and yauzl stops a stream that inflates past that: a
      // metadata file that claims too much is not read at all.
      if (entry.uncompressedSize > MAX_METADATA_BYTES) {
        error('WACZ_METADATA_TOO_LARGE', `${path} is ${entry.uncompressedSize} bytes, more than a package's metadata file may be (${MAX_METADATA_BYTES})`, path);
        return null;
      }
      try {
        return (await readEntry(zip, entry, undefined, true)).bytes;
      } catch (cause) {
        error('WACZ_FILE_UNREADABLE', `${path} cannot be read from the ZIP: ${(cause as Error).message}`, path);
        return null;
      }
    };

    if (!entries.has('datapackage.json')) {
      error('WACZ_DATAPACKAGE_MISSING', 'the package has no datapackage.json, which lists its files and their hashes');
      return finish(result);
    }
    const datapackageBytes = await readMetadata('datapackage.json');
    if (!datapackageBytes) return finish(result);
    const datapackageSha256 = createHash('sha256').update(datapackageBytes).digest('hex');
    let datapackage: { resources?: unknown; wacz_version?: unknown; created?: unknown; software?: unknown; profile?: unknown };
    try {
      datapackage = JSON.parse(datapackageBytes.toString('utf8')) as typeof datapackage;
    } catch (cause) {
      error('WACZ_DATAPACKAGE_INVALID', `datapackage.json is not JSON: ${(cause as Error).message}`, 'datapackage.json');
      return finish(result);
    }
    result.version = typeof datapackage.wacz_version === 'string' ? datapackage.wacz_version : null;
    result.created = typeof datapackage.created === 'string' ? datapackage.created : null;
    result.software = typeof datapackage.software === 'string' ? datapackage.software : null;
    if (!result.version) warn('WACZ_VERSION_MISSING', 'datapackage.json does not say which WACZ version it follows (wacz_version)', 'datapackage.json');
    if (datapackage.profile !== 'data-package') warn('WACZ_PROFILE', `datapackage.json's profile is ${JSON.stringify(datapackage.profile)}, not "data-package"`, 'datapackage.json');
    if (!Array.isArray(datapackage.resources)) {
      error('WACZ_DATAPACKAGE_INVALID', 'datapackage.json has no resources list', 'datapackage.json');
      return finish(result);
    }

    const listed = new Set<string>();
    for (const [index, resource] of (datapackage.resources as Resource[]).entries()) {
      const path = resource?.path;
      if (typeof path !== 'string' || !safePath(path)) {
        error('WACZ_PATH_INVALID', `resource ${index + 1} of datapackage.json has the path ${JSON.stringify(path)}, which is not a plain relative path inside the package`, 'datapackage.json');
        continue;
      }
      listed.add(path);
      if (!entries.has(path)) {
        error('WACZ_FILE_MISSING', `datapackage.json lists ${path}, which is not in the package`, path);
        continue;
      }
      const isWarc = /^archive\/[^/]+\.warc(\.gz)?$/.test(path);
      let warcCheck: WarcCheck | null = null;
      let hashed: { sha256: string; size: number };
      try {
        hashed = await read(path, isWarc ? async (chunks) => void (warcCheck = await checkWarcStream(chunks, options.warc?.(path))) : undefined);
      } catch (cause) {
        error('WACZ_FILE_UNREADABLE', `${path} cannot be read from the ZIP: ${(cause as Error).message}`, path);
        continue;
      }
      const { sha256, size } = hashed;
      result.files.push({ path, bytes: size, sha256 });
      if (warcCheck) result.warcs.push({ path, check: warcCheck });
      const declared = declaredOf(resource);
      if (declared.sha256 === null) error('WACZ_HASH_MISSING', `datapackage.json gives ${path} no SHA-256 ("sha256:<hex>")`, path);
      else if (declared.sha256 !== sha256) error('WACZ_HASH_MISMATCH', `${path} hashes to sha256:${sha256}, not to the sha256:${declared.sha256} datapackage.json gives`, path);
      if (declared.bytes !== undefined && declared.bytes !== size) error('WACZ_SIZE_MISMATCH', `${path} is ${size} bytes, not the ${String(declared.bytes)} datapackage.json gives`, path);
    }
    for (const path of entries.keys()) {
      if (!listed.has(path) && !METADATA.has(path) && zipEntryKind(entries.get(path)!) !== 'directory') {
        error('WACZ_FILE_UNLISTED', `${path} is in the package but not in datapackage.json, so nothing vouches for it (it was not read)`, path);
      }
    }
    checkLayout(listed, error);
    for (const { path, check } of result.warcs) {
      if (!check.valid) error('WACZ_WARC_INVALID', `${path} is not a sound WARC: ${check.errors.slice(0, 3).map((finding) => `${finding.message} (offset ${finding.offset})`).join('; ')}`, path);
      if (/\.gz$/.test(path) && entries.get(path)!.compressionMethod !== 0) warn('WACZ_ARCHIVE_COMPRESSED', `${path} is compressed inside the ZIP, so a replayer cannot seek into it`, path);
    }
    const pagesBytes = entries.has('pages/pages.jsonl') ? await readMetadata('pages/pages.jsonl') : null;
    if (pagesBytes) result.pages = readPages(pagesBytes, warn);

    const digestBytes = entries.has('datapackage-digest.json') ? await readMetadata('datapackage-digest.json') : null;
    if (digestBytes) await checkDigestFile(digestBytes, datapackageSha256, datapackage.created, options, result, error);
    return finish(result);
  } finally {
    zip.close();
  }
}

function finish(result: WaczCheck): WaczCheck {
  result.valid = result.errors.length === 0;
  return result;
}

function checkLayout(listed: Set<string>, error: (code: string, message: string) => void): void {
  const paths = [...listed];
  if (!paths.some((path) => /^archive\/[^/]+\.warc(\.gz)?$/.test(path))) error('WACZ_NO_ARCHIVE', 'the package lists no WARC file under archive/');
  if (!paths.some((path) => /^indexes\/[^/]+\.(cdxj?(\.gz)?|idx)$/.test(path))) error('WACZ_NO_INDEX', 'the package lists no index under indexes/ (index.cdx, index.cdx.gz or index.idx)');
  if (!listed.has('pages/pages.jsonl')) error('WACZ_NO_PAGES', 'the package lists no pages/pages.jsonl');
}

async function checkDigestFile(bytes: Buffer, datapackageSha256: string, created: unknown, options: SignatureCheckOptions, result: WaczCheck, error: (code: string, message: string, path?: string) => void): Promise<void> {
  let digest: { path?: unknown; hash?: unknown; signedData?: SignedData };
  try {
    digest = JSON.parse(bytes.toString('utf8')) as typeof digest;
  } catch (cause) {
    error('WACZ_DIGEST_INVALID', `datapackage-digest.json is not JSON: ${(cause as Error).message}`, 'datapackage-digest.json');
    return;
  }
  if (digest.path !== 'datapackage.json') error('WACZ_DIGEST_INVALID', `datapackage-digest.json is for ${JSON.stringify(digest.path)}, not datapackage.json`, 'datapackage-digest.json');
  if (digest.hash !== `sha256:${datapackageSha256}`) error('WACZ_DIGEST_MISMATCH', `datapackage.json hashes to sha256:${datapackageSha256}, not to the ${String(digest.hash)} datapackage-digest.json gives`, 'datapackage-digest.json');
  if (!digest.signedData) return;
  result.signature = await verifyWaczSignature(digest.signedData, datapackageSha256, created, options);
  if (result.signature.status === 'failed') error('WACZ_SIGNATURE_INVALID', `the package's signature does not hold: ${result.signature.problems.join('; ')}`, 'datapackage-digest.json');
}

function readPages(bytes: Buffer, warn: (code: string, message: string, path?: string) => void): WaczPage[] {
  const pages: WaczPage[] = [];
  for (const [index, line] of bytes.toString('utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    let page: Record<string, unknown>;
    try {
      page = JSON.parse(line) as Record<string, unknown>;
    } catch {
      warn('WACZ_PAGE_INVALID', `line ${index + 1} of pages/pages.jsonl is not JSON`, 'pages/pages.jsonl');
      continue;
    }
    if (index === 0 && 'format' in page) continue;
    if (typeof page.url !== 'string') {
      warn('WACZ_PAGE_INVALID', `line ${index + 1} of pages/pages.jsonl has no url`, 'pages/pages.jsonl');
      continue;
    }
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    pages.push({ url: page.url, ts: text(page.ts), title: text(page.title), text: text(page.text) });
  }
  return pages;
}

function safePath(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !path.includes('\\') && !path.split('/').some((part) => part === '..' || part === '.' || part === '');
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true }, (error, zip) => (error ? reject(error) : resolve(zip))),
  );
}

/** The ZIP's entries by name, and the names given to more than one entry (other tools may read another one). */
function listEntries(zip: yauzl.ZipFile): Promise<{ entries: Map<string, yauzl.Entry>; duplicates: string[] }> {
  const entries = new Map<string, yauzl.Entry>();
  const duplicates: string[] = [];
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entries.has(entry.fileName)) duplicates.push(entry.fileName);
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve({ entries, duplicates }));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/** The package's own metadata files are read into memory; more than this is not a package's metadata. */
const MAX_METADATA_BYTES = 64 * 1024 * 1024;

/**
 * Reads one entry, hashing it. With `sink` the bytes go there as they come; with `keep` they are kept (up to
 * MAX_METADATA_BYTES, beyond which `bytes` is null); otherwise only hashed.
 */
async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, sink?: (chunks: AsyncIterable<Uint8Array>) => Promise<void>, keep = false): Promise<{ bytes: Buffer | null; sha256: string; size: number }> {
  const stream = await openZipEntry(zip, entry);
  const hash = createHash('sha256');
  const kept: Buffer[] = [];
  let size = 0;
  async function* passing(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
      if (keep && size <= MAX_METADATA_BYTES) kept.push(chunk);
      yield chunk;
    }
  }
  if (sink) await sink(passing());
  else for await (const chunk of passing()) void chunk;
  return { bytes: keep && size <= MAX_METADATA_BYTES ? Buffer.concat(kept) : null, sha256: hash.digest('hex'), size };
}
