/**
 * The data directory's record of what it has pushed to a mirror: one JSON line per blob file written, flushed
 * before the next is sent. The pusher has no identity and cannot read the mirror's index; this is how it knows
 * what the mirror holds, and the ciphertext hash to list for it, without reading the mirror back.
 */
import fsp from 'node:fs/promises';
import path from 'node:path';

export interface JournalEntry {
  /** The opaque name, and the ciphertext's SHA-256 and size. */
  name: string;
  sha256: string;
  size: number;
  plainSha256: string;
  plainSize: number;
}

export interface PushJournal {
  entries: Map<string, JournalEntry>;
  append(entry: JournalEntry): Promise<void>;
  close(): Promise<void>;
}

export async function openJournal(file: string): Promise<PushJournal> {
  const entries = new Map<string, JournalEntry>();
  const text = await fsp.readFile(file, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    // A line cut off by a crash is skipped: its blob is simply sent again.
    const entry = parseLine(line);
    if (entry) entries.set(entry.name, entry);
  }
  await fsp.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const handle = await fsp.open(file, 'a', 0o600);
  // A line cut off by a crash must not swallow the next one.
  if (text.length > 0 && !text.endsWith('\n')) await handle.write('\n');
  return {
    entries,
    async append(entry) {
      await handle.write(JSON.stringify(entry) + '\n');
      await handle.datasync();
      entries.set(entry.name, entry);
    },
    close: () => handle.close(),
  };
}

function parseLine(line: string): JournalEntry | undefined {
  if (line.trim() === '') return undefined;
  try {
    const entry = JSON.parse(line) as JournalEntry;
    const hex = (value: unknown) => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
    const count = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
    return hex(entry.name) && hex(entry.sha256) && hex(entry.plainSha256) && count(entry.size) && count(entry.plainSize) ? entry : undefined;
  } catch {
    return undefined;
  }
}
