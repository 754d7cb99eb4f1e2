/**
 * The intake's side of suggestions: stored in the intake's own transaction, so an item never exists without its
 * hints. Apart from suggestions.ts so that evidence intake imports nothing that imports evidence back.
 */
import { newId } from '../common/ids.js';
import type { Db } from '../db/schema.js';
import { suggestLabels, type IntakeWords } from './intake-heuristic.js';

/**
 * Stores what the heuristic suggests for an item taken into a case, skipping a label it already carries or
 * already had suggested there (a suggestion dismissed once is not made again by the next intake of the same file).
 */
export async function suggestAtIntake(trx: Db, caseId: string, subject: { kind: 'evidence' | 'incident'; id: string }, words: IntakeWords, now = new Date()): Promise<number> {
  const suggestions = suggestLabels(words);
  if (suggestions.length === 0) return 0;
  const known = new Set<string>();
  const labelled = await trx.selectFrom('sensitivity_labels').select('label').where('subject_kind', '=', subject.kind).where('subject_id', '=', subject.id).where('case_id', '=', caseId).where('state', '=', 'set').execute();
  const suggested = await trx.selectFrom('sensitivity_suggestions').select('label').where('subject_kind', '=', subject.kind).where('subject_id', '=', subject.id).where('case_id', '=', caseId).execute();
  for (const row of [...labelled, ...suggested]) known.add(row.label);
  const fresh = suggestions.filter((suggestion) => !known.has(suggestion.label));
  if (fresh.length === 0) return 0;
  await trx
    .insertInto('sensitivity_suggestions')
    .values(
      fresh.map((suggestion) => ({
        id: newId('sug', now),
        case_id: caseId,
        subject_kind: subject.kind,
        subject_id: subject.id,
        label: suggestion.label,
        reason: JSON.stringify(suggestion.reason),
        made_at: now.toISOString(),
        state: 'open',
        decided_at: null,
        decided_by: null,
      })),
    )
    .execute();
  return fresh.length;
}

