import { describe, expect, it } from 'vitest';
import type { ArchiveEntry, ArchiveListing } from './archive-entries.js';
import { FREE_SPACE_MARGIN, unpackRefusal } from './unpack-limits.js';

const GiB = 2 ** 30;

function listing(entries: ArchiveEntry[], bagInfo: string | Buffer | null, archiveBytes = 10_000, bagit = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'): ArchiveListing {
  return { archiveBytes, entries, root: 'bag/', bagitTxt: Buffer.from(bagit), bagInfoTxt: bagInfo === null ? null : Buffer.from(bagInfo) };
}

const file = (name: string, size: number): ArchiveEntry => ({ name: `bag/${name}`, kind: 'file', size });
const tags = [file('bagit.txt', 55), file('bag-info.txt', 40), file('manifest-sha256.txt', 100)];
const plenty = { freeBytes: 100 * GiB };

describe('what a bag archive may unpack to', () => {
  it('lets through an archive within its Payload-Oxum, the limit and the free disk', () => {
    expect(unpackRefusal(listing([...tags, file('data/a.mp4', 5000), file('data/b.pdf', 3000)], 'Payload-Oxum: 8000.2\n'), plenty)).toBeNull();
  });

  it('judges the payload against the smallest Payload-Oxum given, read in the encoding bagit.txt declares', () => {
    const entries = [...tags, file('data/a.mp4', 5000)];
    expect(unpackRefusal(listing(entries, 'Payload-Oxum: 9000.1\nPayload-Oxum: 4000.1\n'), plenty)).toMatchObject({ limit: 'payload-oxum', declared: 5000, allowed: 4000 });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Payload-Oxum: 4000.1\n', 'utf16le')]);
    const inUtf16 = listing(entries, utf16, 10_000, 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-16\n');
    expect(unpackRefusal(inUtf16, plenty)).toMatchObject({ limit: 'payload-oxum', allowed: 4000 });
  });

  it('without a Payload-Oxum, or one that does not read, still holds the archive to the limit', () => {
    const entries = [...tags, file('data/a.bin', GiB)];
    for (const bagInfo of [null, 'Payload-Oxum: lots\n', 'Source-Organization: Nobody\n']) {
      expect(unpackRefusal(listing(entries, bagInfo), plenty), String(bagInfo)).toMatchObject({ limit: 'max-unpacked', declared: GiB + 195, allowed: 10_000 * 20 + 64 * 2 ** 20 });
    }
  });

  it('counts every file against the limit, tag files and files outside data/ too; a given limit replaces the default', () => {
    const entries = [...tags, file('data/a.txt', 10), file('junk.bin', 70 * 2 ** 20)];
    expect(unpackRefusal(listing(entries, 'Payload-Oxum: 10.1\n'), plenty)).toMatchObject({ limit: 'max-unpacked' });
    expect(unpackRefusal(listing(entries, 'Payload-Oxum: 10.1\n'), { ...plenty, maxUnpackedBytes: GiB })).toBeNull();
    expect(unpackRefusal(listing([...tags, file('data/a.txt', 10)], 'Payload-Oxum: 10.1\n'), { ...plenty, maxUnpackedBytes: 100 })).toMatchObject({ limit: 'max-unpacked', declared: 205, allowed: 100 });
  });

  it('refuses what the disk has no room for, keeping a margin free', () => {
    const entries = [...tags, file('data/a.mp4', 5000)];
    const within = listing(entries, 'Payload-Oxum: 5000.1\n');
    expect(unpackRefusal(within, { freeBytes: 5195 + FREE_SPACE_MARGIN })).toBeNull();
    expect(unpackRefusal(within, { freeBytes: 5194 + FREE_SPACE_MARGIN })).toMatchObject({ limit: 'free-space', declared: 5195 });
    // An import unpacks and then copies into the vault: it needs the room twice.
    expect(unpackRefusal(within, { freeBytes: 2 * 5195 + FREE_SPACE_MARGIN, copiesOnDisk: 2 })).toBeNull();
    expect(unpackRefusal(within, { freeBytes: 2 * 5195 - 1 + FREE_SPACE_MARGIN, copiesOnDisk: 2 })).toMatchObject({ limit: 'free-space', message: expect.stringContaining('2 times over') });
  });

  it('refuses a bag-info.txt too large to read for its Payload-Oxum', () => {
    expect(unpackRefusal(listing([file('bagit.txt', 55), file('bag-info.txt', 2 ** 21)], null), plenty)).toMatchObject({ limit: 'bag-info', declared: 2 ** 21 });
  });
});
