/**
 * An analyst's corrections to a proposal before accepting it: new words for the date and figures (read by
 * the same readers as a form's), a P-code or name for the place, terms for the type, means and targets, a case
 * actor. Each is checked here, naming the field, so a bad edit is refused before anything is written.
 */
import { invalidField } from '../common/errors.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { parseCountText } from '../values/count-text.js';
import { parseDateText } from '../values/date-text.js';
import { isTerm } from '../vocab/vocabularies.js';
import { FIGURE_FIELDS, titleOf, type Proposal, type ProposalField } from './proposal.js';
import type { ProposalEdits } from './review-types.js';

export type { ProposalEdits } from './review-types.js';

/** The proposal with the edits made, and which of its fields they changed. */
export function applyEdits(proposal: Proposal, edits: ProposalEdits, context: { gazetteer: Gazetteer; anchor: string | undefined }): { proposal: Proposal; edited: string[] } {
  const next: Proposal = structuredClone(proposal);
  const edited: string[] = [];
  const mark = (field: string) => edited.push(field);
  if (edits.type !== undefined) {
    if (!isTerm('incident_types', edits.type)) throw invalidField('type', `"${edits.type}" is not an incident type (vocabulary incident_types)`, edits.type);
    next.type = edits.type;
    mark('type');
  }
  if (edits.date !== undefined) {
    next.date = edits.date === null ? null : { text: edits.date, edtf: parseDateText('date', edits.date, context.anchor).edtf };
    mark('date');
  }
  if (edits.place !== undefined) {
    next.place = edits.place === null ? null : placeEdit(edits.place, next.place, context.gazetteer);
    mark('place');
  }
  for (const field of FIGURE_FIELDS) {
    const words = edits[field];
    if (words === undefined) continue;
    if (words !== null) parseCountText(field, words);
    next[field] = words === null ? null : { text: words };
    mark(field);
  }
  for (const [field, vocabulary] of [['means', 'means'], ['targets', 'target_objects']] as const) {
    const terms = edits[field];
    if (terms === undefined) continue;
    for (const [i, term] of terms.entries()) if (!isTerm(vocabulary, term)) throw invalidField(`${field}[${i}]`, `"${term}" is not a term of vocabulary ${vocabulary}`, term);
    next[field] = [...new Set(terms)];
    mark(field);
  }
  if (edits.actorId !== undefined) {
    next.actor = edits.actorId === null ? null : { text: next.actor?.text ?? edits.actorId, actorId: edits.actorId };
    mark('actor');
  }
  const retitle = next.title === titleOf(proposal);
  if (edits.title !== undefined) {
    const title = edits.title.trim();
    if (title === '' || title.length > 500) throw invalidField('title', 'give a title of 1 to 500 characters', edits.title);
    next.title = title;
    mark('title');
  } else if (retitle) {
    next.title = titleOf(next);
  }
  // A field the source did not state (an actor the analyst named) is recorded, but no claim quotes the source for it.
  for (const field of edited) if (field !== 'title' && next[field as ProposalField] === null) delete next.from[field as ProposalField];
  return { proposal: next, edited };
}

function placeEdit(words: string, before: Proposal['place'], gazetteer: Gazetteer): NonNullable<Proposal['place']> {
  const byCode = gazetteer.byPcode(words);
  const found = byCode ?? gazetteer.search(words, { limit: 1 })[0];
  if (!found) throw invalidField('place', `no place with P-code or name "${words}" in the gazetteer`, words);
  return { text: before?.text ?? words, chosen: { pcode: found.pcode ?? null, namedArea: found.namedArea ?? null, name: found.name }, choices: before?.choices ?? [] };
}
