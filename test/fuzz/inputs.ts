/**
 * Inputs for fuzzing the importers: byte-level mutations of sound files (what a damaged disk or a careless
 * tool makes), and bags assembled entry by entry from hostile parts (what an attacker makes).
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import tarStream from 'tar-stream';
import yazl from 'yazl';

export type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 256 }), times: fc.integer({ min: 2, max: 16 }) }),
);

/** Applies mutations in turn; positions wrap around the current length, so every one lands somewhere. */
export function mutate(seed: Buffer, mutations: readonly Mutation[]): Buffer {
  let bytes = Buffer.from(seed);
  for (const change of mutations) {
    const at = bytes.length === 0 ? 0 : change.at % bytes.length;
    if (change.kind === 'flip' && bytes.length > 0) bytes[at] = change.byte;
    else if (change.kind === 'truncate') bytes = bytes.subarray(0, at);
    else if (change.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), change.bytes, bytes.subarray(at)]);
    else if (change.kind === 'delete') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
    else if (change.kind === 'repeat') {
      const piece = bytes.subarray(at, at + change.length);
      bytes = Buffer.concat([bytes.subarray(0, at), ...Array.from({ length: change.times }, () => piece), bytes.subarray(at + change.length)]);
    }
  }
  return bytes;
}

export interface ArchiveEntry {
  name: string;
  content: Uint8Array;
  /** A zip entry stored as a symlink, or a tar entry of another type: the verifier must refuse both. */
  type: 'file' | 'directory' | 'symlink';
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** A sound little bag (two payload files, manifests, tag manifest, Payload-Oxum), as archive entries under `root/`. */
export function soundBagEntries(root = 'bag'): ArchiveEntry[] {
  const payload: Array<[string, string]> = [
    ['data/statement.txt', 'A witness statement.\n'],
    ['data/photos/strike.jpg', 'not really a photo, but bytes all the same\n'],
  ];
  const bagit = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
  const octets = payload.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
  const info = `Source-Organization: Fuzzing\nPayload-Oxum: ${octets}.${payload.length}\n`;
  const manifest = payload.map(([file, text]) => `${sha256(text)}  ${file}\n`).join('');
  const tags: Array<[string, string]> = [
    ['bagit.txt', bagit],
    ['bag-info.txt', info],
    ['manifest-sha256.txt', manifest],
  ];
  const tagManifest = tags.map(([file, text]) => `${sha256(text)}  ${file}\n`).join('');
  return [...tags, ...payload, ['tagmanifest-sha256.txt', tagManifest] as [string, string]].map(([name, text]) => ({
    name: `${root}/${name}`,
    content: Buffer.from(text),
    type: 'file' as const,
  }));
}

const hostileName = fc.oneof(
  fc.constantFrom('bag/data/../../escape.txt', '/etc/dossier-fuzz', 'bag/data/./x', 'bag\\data\\win.txt', 'bag/data/', 'bag/data/a\u0000b', 'bag/data/CON', 'bag/DATA/statement.txt', 'bag/data/statement.txt'),
  fc.string({ unit: 'binary', maxLength: 40 }).map((name) => `bag/data/${name}`),
  fc.string({ maxLength: 20 }),
);

/** A sound bag with hostile entries added, sound ones removed or altered. */
export const hostileBag: fc.Arbitrary<ArchiveEntry[]> = fc
  .record({
    drop: fc.array(fc.nat(), { maxLength: 2 }),
    alter: fc.array(fc.record({ index: fc.nat(), content: fc.uint8Array({ maxLength: 128 }) }), { maxLength: 2 }),
    add: fc.array(fc.record({ name: hostileName, content: fc.uint8Array({ maxLength: 128 }), type: fc.constantFrom('file' as const, 'directory' as const, 'symlink' as const) }), { maxLength: 3 }),
  })
  .map(({ drop, alter, add }) => {
    const entries = soundBagEntries();
    for (const { index, content } of alter) entries[index % entries.length] = { ...entries[index % entries.length]!, content };
    for (const index of drop) entries.splice(index % Math.max(entries.length, 1), 1);
    return [...entries, ...add];
  });

/**
 * A zip of these entries. yazl refuses to write the names an attacker would use ("..", absolute paths), so
 * each entry is written under a placeholder of the same byte length and the bytes are patched afterwards.
 */
export async function zipOf(entries: readonly ArchiveEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const renames: Array<[Buffer, Buffer]> = [];
  entries.forEach((entry, index) => {
    const wanted = Buffer.from(entry.type === 'directory' ? `${entry.name.replace(/\/*$/, '')}/` : entry.name);
    const marker = `#${index}#`;
    const placeholder = wanted.length > marker.length + 1 ? Buffer.from(marker + 'z'.repeat(wanted.length - marker.length)) : Buffer.from(`n${index}`);
    if (placeholder.length === wanted.length) renames.push([placeholder, wanted]);
    const mode = entry.type === 'symlink' ? 0o120777 : entry.type === 'directory' ? 0o040755 : 0o100644;
    if (entry.type === 'directory') zip.addEmptyDirectory(placeholder.toString(), { mode });
    else zip.addBuffer(Buffer.from(entry.content), placeholder.toString(), { mode, compress: entry.content.length % 2 === 0 });
  });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  let bytes = Buffer.concat(chunks);
  for (const [placeholder, wanted] of renames) {
    for (let at = bytes.indexOf(placeholder); at >= 0; at = bytes.indexOf(placeholder, at + wanted.length)) wanted.copy(bytes, at);
  }
  return bytes;
}

export async function tarOf(entries: readonly ArchiveEntry[]): Promise<Buffer> {
  const pack = tarStream.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const chunk of pack) chunks.push(chunk as Buffer);
  })();
  for (const entry of entries) {
    const name = entry.name || 'x';
    if (entry.type === 'symlink') pack.entry({ name, type: 'symlink', linkname: '../../etc/passwd' });
    else if (entry.type === 'directory') pack.entry({ name, type: 'directory' });
    else pack.entry({ name, size: entry.content.length }, Buffer.from(entry.content));
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** Text that tests a text importer: every kind of character a hostile or careless file may hold. */
export const awkwardText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('', ' ', '"', '""', ',', '\n', '\r\n', '\u0000', '\u001b[2J', '\ud800', '\udfff', 'ﷺ', 'مدينة حلب', '١٤', 'at least 14', '2016-07-15', '19 September 2016', '36.1478', '-999', 'NaN', '1e308'),
);
