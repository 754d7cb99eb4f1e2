import { decodeManifestPath, unsafePathReason, withoutLeadingDotSlash } from './bag-path.js';
import type { Findings } from './findings.js';
import { splitLines } from './tag-file.js';
import { DossierError } from '../common/errors.js';

export type ManifestKind = 'payload' | 'tag';

export interface ManifestEntry {
  /** Decoded path relative to the bag root. */
  path: string;
  /** Lower-case hex digest. */
  digest: string;
  line: number;
}

export interface Manifest {
  file: string;
  kind: ManifestKind;
  algorithm: string;
  entries: ManifestEntry[];
}

/** `manifest-sha256.txt` → payload/sha256; `tagmanifest-md5.txt` → tag/md5; anything else → null. */
export function manifestFileKind(name: string): { kind: ManifestKind; algorithm: string } | null {
  const match = /^(tag)?manifest-([A-Za-z0-9-]+)\.txt$/.exec(name);
  if (match === null) return null;
  return { kind: match[1] === undefined ? 'payload' : 'tag', algorithm: match[2]!.toLowerCase() };
}

const HEX_LENGTH: Record<string, number> = {
  md5: 32,
  sha1: 40,
  sha224: 56,
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

export interface ManifestRules {
  /** RFC 8493 (1.0) makes a repeated path an error; 0.97 and older bags only earn a warning. */
  duplicatesAreErrors: boolean;
}

interface LineParts {
  digest: string;
  rawPath: string;
  separator: string;
}

function splitManifestLine(line: string): LineParts | null {
  const match = /^(\S+)([ \t]+)(.+)$/.exec(line);
  if (match === null) return null;
  return { digest: match[1]!, separator: match[2]!, rawPath: match[3]! };
}

function checkDigest(digest: string, algorithm: string, where: string, file: string, findings: Findings): boolean {
  if (!/^[0-9a-fA-F]+$/.test(digest)) {
    findings.error('MALFORMED_MANIFEST_LINE', `${where}: checksum ${JSON.stringify(digest)} is not hexadecimal`, file);
    return false;
  }
  const expected = HEX_LENGTH[algorithm];
  if (expected !== undefined && digest.length !== expected) {
    findings.error(
      'MALFORMED_MANIFEST_LINE',
      `${where}: a ${algorithm} checksum has ${expected} hex digits, this one has ${digest.length}`,
      file,
    );
    return false;
  }
  return true;
}

function entryPath(parts: LineParts, where: string, file: string, findings: Findings): string {
  let raw = parts.rawPath;
  if (raw.startsWith('*') && parts.separator === ' ') {
    // md5sum/sha*sum write "<hash> *<path>" for binary mode.
    findings.warn('CHECKSUM_TOOL_BINARY_MARKER', `${where}: path has md5sum's "*" binary-mode marker`, file);
    raw = raw.slice(1);
  }
  const { path, hadDotSlash } = withoutLeadingDotSlash(decodeManifestPath(raw));
  if (hadDotSlash) findings.warn('LEADING_DOT_SLASH', `${where}: path ${JSON.stringify(raw)} starts with "./"`, file);
  return path;
}

function placementProblem(kind: ManifestKind, path: string): string | null {
  const inPayload = path.startsWith('data/');
  if (kind === 'payload' && !inPayload) return 'a payload manifest may list only files under data/';
  if (kind === 'tag' && inPayload) return 'a tag manifest may not list payload files';
  return null;
}

/**
 * Parses one manifest: "checksum whitespace path" per line. Unsafe or misplaced paths are reported and
 * left out, so nothing outside the bag is ever opened.
 */
export function parseManifest(
  text: string,
  file: string,
  rules: ManifestRules,
  findings: Findings,
): Manifest {
  const kindInfo = manifestFileKind(file);
  if (kindInfo === null) throw new DossierError('BAG_INVALID', `${file} is not a manifest name`, { path: file });
  const manifest: Manifest = { file, ...kindInfo, entries: [] };
  const byPath = new Map<string, ManifestEntry>();
  splitLines(text).forEach((line, index) => {
    const where = `${file} line ${index + 1}`;
    if (line.trim() === '') return;
    const parts = splitManifestLine(line);
    if (parts === null) {
      findings.error('MALFORMED_MANIFEST_LINE', `${where} is not "checksum path": ${JSON.stringify(line)}`, file);
      return;
    }
    if (!checkDigest(parts.digest, kindInfo.algorithm, where, file, findings)) return;
    const path = entryPath(parts, where, file, findings);
    const unsafe = unsafePathReason(path);
    if (unsafe !== null) {
      findings.error('UNSAFE_PATH', `${where}: ${JSON.stringify(path)} is refused: ${unsafe}`, path);
      return;
    }
    const misplaced = placementProblem(kindInfo.kind, path);
    if (misplaced !== null) {
      findings.error('PATH_OUTSIDE_PAYLOAD', `${where}: ${JSON.stringify(path)}: ${misplaced}`, path);
      return;
    }
    const entry: ManifestEntry = { path, digest: parts.digest.toLowerCase(), line: index + 1 };
    const earlier = byPath.get(path);
    if (earlier === undefined) {
      byPath.set(path, entry);
      manifest.entries.push(entry);
    } else if (earlier.digest !== entry.digest) {
      findings.error(
        'DUPLICATE_ENTRY_CONFLICT',
        `${where}: ${path} is listed again (first on line ${earlier.line}) with a different checksum`,
        path,
      );
    } else {
      const message = `${where}: ${path} is listed twice (first on line ${earlier.line})`;
      if (rules.duplicatesAreErrors) findings.error('DUPLICATE_ENTRY', message, path);
      else findings.warn('DUPLICATE_ENTRY', message, path);
    }
  });
  return manifest;
}
