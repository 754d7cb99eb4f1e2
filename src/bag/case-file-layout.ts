/**
 * Where a Dossier case file keeps what inside its bag, and the text of its seal. Shared by the exporter
 * and the offline verifier, which must agree on every name.
 */
export const CASE_FILE_FORMAT = 'dossier-case-file/1';

export const CASE_FILE_PATHS = {
  readme: 'data/README.txt',
  caseJson: 'data/case/case.json',
  evidenceJson: 'data/case/evidence.json',
  acledCsv: 'data/case/incidents-acled.csv',
  geojson: 'data/case/incidents.geojson',
  elementMatrix: 'data/case/element-evidence-matrix.csv',
  logKey: 'data/custody/log-key.txt',
  checkpoint: 'data/custody/checkpoint.txt',
  /** RFC 3161 tokens over the checkpoint's text (origin, size, root), one per authority: <n>.tsr. */
  checkpointTimestampsDir: 'data/custody/checkpoint-timestamps',
  entries: 'data/custody/entries.jsonl',
  evidenceDir: 'data/evidence',
  /** Pinned analyses: <pin id>.json exactly as pinned (its SHA-256 is in the `analyse` custody entry), and a pattern's .html. */
  analysesDir: 'data/case/analyses',
  /** The team's discussion, every wording with its commitment: only when an owner chose to include it (court profile). */
  deliberation: 'data/case/deliberation.json',
  /** Outside the tag manifests by necessity: it signs tagmanifest-sha256.txt. */
  seal: 'case-file-seal.txt',
  /** An RFC 3161 time-stamp token of tagmanifest-sha256.txt, when the export asked a TSA for one. */
  timestamp: 'case-file-timestamp.tsr',
} as const;

/** bag-info.txt labels of our own, beside the standard ones. */
export const CASE_FILE_INFO = {
  format: 'Dossier-Case-File',
  caseId: 'External-Identifier',
  profile: 'Dossier-Profile',
  logOrigin: 'Dossier-Log-Origin',
  checkpointSize: 'Dossier-Checkpoint-Size',
} as const;

/** One line of entries.jsonl: the entry as logged, and its inclusion proof in the checkpoint's tree. */
export interface CustodyLine {
  entry: { seq: number; [field: string]: unknown };
  /** Hex hashes, leaf to root (RFC 9162 §2.1.3). */
  inclusionProof: string[];
}

export function analysisPath(pinId: string, extension: 'json' | 'html'): string {
  return `${CASE_FILE_PATHS.analysesDir}/${pinId}.${extension}`;
}

export function evidencePath(sha256: string, fileName: string): string {
  return `${CASE_FILE_PATHS.evidenceDir}/${sha256}/${fileName}`;
}

export interface SealStatement {
  caseId: string;
  profile: string;
  tagManifestSha256: string;
}

/**
 * The seal's text: signed with the log's key, it binds the whole bag (through its tag manifest, which
 * lists every manifest) to the case and profile, so files cannot be dropped and the manifests rewritten.
 * Its first line can never parse as a checkpoint's origin-size-root, so a seal is never taken for one.
 */
export function sealText(statement: SealStatement): string {
  return `${CASE_FILE_FORMAT} seal\ncase ${statement.caseId}\nprofile ${statement.profile}\ntagmanifest-sha256 ${statement.tagManifestSha256}\n`;
}

export function parseSealText(text: string): SealStatement | null {
  const match = /^dossier-case-file\/1 seal\ncase (\S+)\nprofile (\S+)\ntagmanifest-sha256 ([0-9a-f]{64})\n$/.exec(text);
  return match ? { caseId: match[1]!, profile: match[2]!, tagManifestSha256: match[3]! } : null;
}

/** A file name that is safe on every filesystem a recipient may use, keeping as much of the original as possible. */
export function portableFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*%]/g, '_')
    .replace(/[. ]+$/, '')
    .trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..') return 'file';
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(cleaned);
  const kept = reserved ? `_${cleaned}` : cleaned;
  // 255 bytes is the common limit for one name; cut by characters until the UTF-8 fits.
  let cut = kept;
  while (Buffer.byteLength(cut, 'utf8') > 200) cut = cut.slice(0, -1);
  return cut;
}
