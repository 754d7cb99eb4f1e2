import { portablePathKey } from './bag-path.js';
import type { Findings } from './findings.js';
import type { Manifest, ManifestEntry } from './manifest.js';

/** One digest to compute and compare: a file, an algorithm, and what a manifest says it must be. */
export interface DigestCheck {
  path: string;
  algorithm: string;
  expected: string;
  manifest: string;
}

function groupByPortableKey(entries: readonly ManifestEntry[]): Map<string, ManifestEntry[]> {
  const groups = new Map<string, ManifestEntry[]>();
  for (const entry of entries) {
    const key = portablePathKey(entry.path);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return groups;
}

function unlistedByNfc(payload: ReadonlyMap<string, number>, listed: ReadonlySet<string>): Map<string, string> {
  const byNfc = new Map<string, string>();
  for (const path of payload.keys()) if (!listed.has(path)) byNfc.set(path.normalize('NFC'), path);
  return byNfc;
}

/**
 * Matches one payload manifest against the files under data/: every listed file must exist, every file
 * must be listed. Two tolerated spellings, both warned about: an entry that differs from a present,
 * listed file only by case or Unicode normalisation and carries the same checksum (one file on macOS or
 * Windows), and an entry whose only on-disk counterpart is the same name in another normalisation.
 * Entries for files that fetch.txt would supply are left to the fetch check.
 */
export function reconcilePayloadManifest(
  manifest: Manifest,
  payload: ReadonlyMap<string, number>,
  fetchTargets: ReadonlySet<string>,
  findings: Findings,
): DigestCheck[] {
  const checks: DigestCheck[] = [];
  const covered = new Set<string>();
  const check = (path: string, entry: ManifestEntry): void => {
    checks.push({ path, algorithm: manifest.algorithm, expected: entry.digest, manifest: manifest.file });
    covered.add(path);
  };
  const listed = new Set(manifest.entries.map((entry) => entry.path));
  const groups = groupByPortableKey(manifest.entries);
  const unlisted = unlistedByNfc(payload, listed);

  for (const entry of manifest.entries) if (payload.has(entry.path)) check(entry.path, entry);
  for (const entry of manifest.entries) {
    if (payload.has(entry.path)) continue;
    const alias = groups
      .get(portablePathKey(entry.path))
      ?.find((other) => other !== entry && payload.has(other.path) && other.digest === entry.digest);
    const respelled = unlisted.get(entry.path.normalize('NFC'));
    if (alias !== undefined) {
      findings.warn(
        'PATH_ALIAS',
        `${manifest.file} line ${entry.line}: ${JSON.stringify(entry.path)} is not in the payload; it differs from ` +
          `${JSON.stringify(alias.path)} only by letter case or Unicode normalisation and has the same checksum, ` +
          'so on a case-insensitive or normalising filesystem both lines name one file',
        entry.path,
      );
    } else if (respelled !== undefined && !covered.has(respelled)) {
      findings.warn(
        'UNICODE_NORMALIZATION_MISMATCH',
        `${manifest.file} line ${entry.line}: ${JSON.stringify(entry.path)} is on disk in another Unicode ` +
          `normalisation (${JSON.stringify(respelled)}); checked against that file`,
        entry.path,
      );
      check(respelled, entry);
    } else if (!fetchTargets.has(entry.path)) {
      findings.error('MISSING_FILE', `${entry.path} is listed in ${manifest.file} but is not in the bag`, entry.path);
    }
  }
  for (const path of payload.keys()) {
    if (!covered.has(path)) {
      findings.error('UNLISTED_FILE', `${path} is in the payload but not listed in ${manifest.file}`, path);
    }
  }
  return checks;
}
