/**
 * The pinned analyses a case file carries (data/case/analyses/<pin id>.json) against their `analyse` custody
 * entries: each must hash to the resultSha256 its entry records, so a figure edited after it was pinned is
 * caught. The .html beside a pattern is rendered from the JSON and is checked by the manifests only.
 */
import { CASE_FILE_PATHS } from './case-file-layout.js';
import type { VerifiedCustody } from './custody-check.js';
import type { Findings } from './findings.js';

export async function checkAnalyses(
  payload: ReadonlyMap<string, number>,
  custody: VerifiedCustody,
  caseId: string,
  sha256Of: (path: string) => Promise<string>,
  findings: Findings,
): Promise<{ files: number; matched: number }> {
  const pinned = new Map<string, { seq: number; resultSha256: unknown }>();
  for (const entry of custody.entries.values()) {
    const subject = entry.subject as { case?: string } | undefined;
    const details = entry.details as { pin?: unknown; resultSha256?: unknown } | undefined;
    if (entry.action !== 'analyse' || subject?.case !== caseId || typeof details?.pin !== 'string') continue;
    pinned.set(details.pin, { seq: entry.seq, resultSha256: details.resultSha256 });
  }
  const prefix = `${CASE_FILE_PATHS.analysesDir}/`;
  let files = 0;
  let matched = 0;
  for (const path of payload.keys()) {
    if (!path.startsWith(prefix)) continue;
    const name = path.slice(prefix.length);
    const json = /^([A-Za-z0-9_-]+)\.json$/.exec(name);
    if (!json) {
      if (!/^[A-Za-z0-9_-]+\.html$/.test(name)) findings.error('ANALYSIS_PATH_INVALID', `${path} is not <pin id>.json or <pin id>.html`, path);
      continue;
    }
    files++;
    const entry = pinned.get(json[1]!);
    if (!entry) {
      findings.error('ANALYSIS_WITHOUT_ENTRY', `${path}: no verified "analyse" entry of this case pins ${json[1]}`, path);
      continue;
    }
    const actual = await sha256Of(path);
    if (actual !== entry.resultSha256) {
      findings.error('ANALYSIS_HASH_MISMATCH', `${path} hashes to ${actual}; its "analyse" entry ${entry.seq} records ${String(entry.resultSha256)}: the result was changed after it was pinned`, path);
      continue;
    }
    matched++;
  }
  return { files, matched };
}
