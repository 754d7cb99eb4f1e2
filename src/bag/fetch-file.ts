import { decodeManifestPath, unsafePathReason } from './bag-path.js';
import type { Findings } from './findings.js';
import { splitLines } from './tag-file.js';

export interface FetchEntry {
  url: string;
  /** Declared length in octets, or null for "-". */
  length: number | null;
  path: string;
  line: number;
}

/** Parses fetch.txt (RFC 8493 §2.2.3): "url length path" per line; paths encoded as in manifests. */
export function parseFetchFile(text: string, findings: Findings): FetchEntry[] {
  const file = 'fetch.txt';
  const entries: FetchEntry[] = [];
  splitLines(text).forEach((line, index) => {
    const where = `${file} line ${index + 1}`;
    if (line.trim() === '') return;
    const match = /^(\S+)[ \t]+(\S+)[ \t]+(.+)$/.exec(line);
    if (match === null) {
      findings.error('MALFORMED_FETCH_LINE', `${where} is not "url length path": ${JSON.stringify(line)}`, file);
      return;
    }
    const [, url, lengthText, rawPath] = match as unknown as [string, string, string, string];
    if (lengthText !== '-' && !/^\d+$/.test(lengthText)) {
      findings.error('MALFORMED_FETCH_LINE', `${where}: length ${JSON.stringify(lengthText)} is neither "-" nor a number`, file);
      return;
    }
    const path = decodeManifestPath(rawPath);
    const unsafe = unsafePathReason(path);
    if (unsafe !== null) {
      findings.error('UNSAFE_PATH', `${where}: fetch target ${JSON.stringify(path)} is refused: ${unsafe}`, path);
      return;
    }
    if (!path.startsWith('data/')) {
      findings.error('PATH_OUTSIDE_PAYLOAD', `${where}: fetch target ${JSON.stringify(path)} is not under data/`, path);
      return;
    }
    entries.push({ url, length: lengthText === '-' ? null : Number(lengthText), path, line: index + 1 });
  });
  return entries;
}
