import type { CaseRole } from '../access/permissions.js';
import { DossierError, invalidField, isDossierError } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import { updateRecordIn, type RecordDeps } from '../records/record-store.js';
import { sealedUnlessOwner } from '../workflow/sealing.js';
import { incidentKind } from './incident-kind.js';

/** The same tags added to and taken off many incidents at once, from the incident table. */
export interface TagChange {
  add?: string[];
  remove?: string[];
}

export interface RetaggedIncident {
  id: string;
  rev: number;
  tags: string[];
  /** False when the incident already had the tags asked for: no revision, no ledger entry. */
  changed: boolean;
}

const MAX_TAG_LENGTH = 60;
const MAX_TAGS = 30;

/**
 * Retags many incidents, all or none: each changed incident becomes a new revision of its record through the
 * record store, so each is its own `update` entry in the custody ledger, and all of them are written in one
 * transaction, so a refusal on any one (sealed, too many tags) leaves every incident as it was. Tags are part of
 * the incident's documentation, so a completed incident's seal holds here as it does for an edit.
 */
export async function retagIncidents(
  deps: RecordDeps,
  who: { actor: string; roles: readonly CaseRole[] },
  caseId: string,
  incidentIds: string[],
  change: TagChange,
): Promise<RetaggedIncident[]> {
  const add = checkedTags(change.add ?? [], 'add');
  const remove = checkedTags(change.remove ?? [], 'remove');
  if (add.length === 0 && remove.length === 0) throw invalidField('add', 'names no tag to add, and remove none to take off');
  const both = add.find((tag) => remove.includes(tag));
  if (both !== undefined) throw invalidField('remove', `"${both}" is both added and removed`, both);
  if (incidentIds.length === 0) throw invalidField('incidentIds', 'names no incident');
  incidentIds.forEach((id, i) => {
    if (incidentIds.indexOf(id) !== i) throw invalidField(`incidentIds[${i}]`, `${id} is listed twice`, id);
  });
  const mayChange = sealedUnlessOwner(who.roles);
  return deps.database.writeTransaction(async (trx) => {
    const docs = await incidentDocs(trx, caseId, incidentIds);
    const results: RetaggedIncident[] = [];
    for (const [i, id] of incidentIds.entries()) {
      const { rev, tags: before } = docs.get(id)!;
      const tags = [...before.filter((tag) => !remove.includes(tag)), ...add.filter((tag) => !before.includes(tag))];
      if (tags.join('\n') === before.join('\n')) {
        results.push({ id, rev, tags, changed: false });
        continue;
      }
      if (tags.length > MAX_TAGS) throw invalidField('add', `${id} would have ${tags.length} tags; an incident has at most ${MAX_TAGS}`, add);
      const updated = await updateRecordIn(deps, trx, incidentKind, who.actor, id, { tags: tags.length > 0 ? tags : null }, { caseId, mayChange }).catch((error: unknown) => {
        throw naming(error, i, id);
      });
      results.push({ id, rev: updated.rev, tags, changed: true });
    }
    return results;
  });
}

/** Tags as given, trimmed, each once; an empty or overlong one is refused by its place in the list. */
function checkedTags(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) throw invalidField(field, 'must be a list of tags', value);
  const tags = value.map((tag, i) => {
    const text = typeof tag === 'string' ? tag.trim() : '';
    if (text === '') throw invalidField(`${field}[${i}]`, 'must be a tag: some text', tag);
    if (text.length > MAX_TAG_LENGTH) throw invalidField(`${field}[${i}]`, `is longer than ${MAX_TAG_LENGTH} characters`, tag);
    return text;
  });
  tags.forEach((tag, i) => {
    if (tags.indexOf(tag) !== i) throw invalidField(`${field}[${i}]`, `"${tag}" is listed twice`, tag);
  });
  return tags;
}

/** Each incident's current revision and tags; an id that is no incident of the case is refused by its place. */
async function incidentDocs(trx: Db, caseId: string, incidentIds: string[]): Promise<Map<string, { rev: number; tags: string[] }>> {
  const rows = await trx.selectFrom('records').select(['id', 'rev', 'doc']).where('case_id', '=', caseId).where('kind', '=', 'incident').where('id', 'in', incidentIds).execute();
  const docs = new Map(rows.map((row) => [row.id, { rev: row.rev, tags: ((JSON.parse(row.doc) as { tags?: string[] }).tags ?? []).slice() }]));
  incidentIds.forEach((id, i) => {
    if (!docs.has(id)) throw invalidField(`incidentIds[${i}]`, `no incident ${id} in case ${caseId}`, id);
  });
  return docs;
}

/** A refusal on one incident of many says which one stopped the change. */
function naming(error: unknown, index: number, id: string): unknown {
  if (!isDossierError(error)) return error;
  return new DossierError(error.code, `${id}: ${error.message}`, { field: `incidentIds[${index}]`, ...error.details, incidentId: id });
}
