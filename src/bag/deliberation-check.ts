/**
 * The record of deliberation a court case file may carry (data/case/deliberation.json) against its custody
 * entries: each wording must make the commitment its `comment_added` or `comment_revised` entry logged, and every
 * such entry of the case in the bag must have its wording there, so a word changed, or a revision left out, after
 * the team wrote it is caught.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { commitText } from '../ledger/proofs/commitment.js';
import { CASE_FILE_PATHS } from './case-file-layout.js';
import type { VerifiedCustody } from './custody-check.js';
import type { Findings } from './findings.js';
import { DossierError } from '../common/errors.js';

interface CarriedRevision {
  rev?: unknown;
  body?: unknown;
  salt?: unknown;
  commitment?: unknown;
  ledgerSeq?: unknown;
}

const COMMENT_ACTIONS = new Set(['comment_added', 'comment_revised']);

export async function checkDeliberation(
  bagDir: string,
  payload: ReadonlyMap<string, number>,
  custody: VerifiedCustody,
  caseId: string,
  findings: Findings,
): Promise<{ revisions: number; matched: number } | null> {
  const path = CASE_FILE_PATHS.deliberation;
  if (!payload.has(path)) return null;
  let comments: { id?: unknown; revisions?: CarriedRevision[] }[];
  try {
    const parsed = JSON.parse(await readFile(join(bagDir, ...path.split('/')), 'utf8')) as { comments?: unknown };
    if (!Array.isArray(parsed.comments)) throw new DossierError('BAG_INVALID', 'it has no list of comments', { path });
    comments = parsed.comments as typeof comments;
  } catch (error) {
    findings.error('DELIBERATION_INVALID', `${path} is not a record of deliberation: ${(error as Error).message}`, path);
    return { revisions: 0, matched: 0 };
  }
  const carried = new Set<number>();
  let revisions = 0;
  let matched = 0;
  for (const comment of comments) {
    for (const revision of Array.isArray(comment.revisions) ? comment.revisions : []) {
      revisions++;
      const name = `comment ${String(comment.id)} revision ${String(revision.rev)}`;
      const seq = Number(revision.ledgerSeq);
      carried.add(seq);
      const entry = custody.entries.get(seq);
      const details = entry?.details as { id?: unknown; rev?: unknown; body?: unknown } | undefined;
      if (!entry || !details || !COMMENT_ACTIONS.has(String(entry.action)) || details.id !== comment.id || details.rev !== revision.rev) {
        findings.error('DELIBERATION_WITHOUT_ENTRY', `${path}: ${name} names entry ${String(revision.ledgerSeq)}, which is no verified entry of that comment`, path);
        continue;
      }
      const made = typeof revision.salt === 'string' && typeof revision.body === 'string' ? commitText(revision.salt, 'body', revision.body) : undefined;
      if (made === undefined || made !== details.body) {
        findings.error('DELIBERATION_MISMATCH', `${path}: the words of ${name} do not make the commitment entry ${seq} logged: they were changed after they were written`, path);
        continue;
      }
      matched++;
    }
  }
  for (const entry of custody.entries.values()) {
    const subject = entry.subject as { case?: string } | undefined;
    if (COMMENT_ACTIONS.has(String(entry.action)) && subject?.case === caseId && !carried.has(entry.seq)) {
      const details = entry.details as { id?: unknown; rev?: unknown };
      findings.error('DELIBERATION_INCOMPLETE', `${path} leaves out comment ${String(details.id)} revision ${String(details.rev)}, logged as entry ${entry.seq}`, path);
    }
  }
  return { revisions, matched };
}
