/**
 * The edit form's values, as words in fields, drawn from a proposal; and the edits to send, which are only the
 * fields changed, so the log's `edited` names what the analyst corrected and nothing else.
 */
import { EDITABLE_FIELDS, type EditableField, type ProposalEdits } from '../../../src/extraction/review-types.js';
import type { Proposal } from './extraction-types.js';

export { EDITABLE_FIELDS, type EditableField, type ProposalEdits };
export type EditValues = Record<EditableField, string>;

export function editValues(proposal: Proposal): EditValues {
  const chosen = proposal.place?.chosen;
  return {
    title: proposal.title,
    type: proposal.type ?? '',
    date: proposal.date?.text ?? '',
    // A place chosen is named by its code, so the server reads back the very place; an ambiguous one by its words.
    place: chosen ? (chosen.pcode ?? chosen.namedArea ?? chosen.name) : (proposal.place?.text ?? ''),
    killed: proposal.killed?.text ?? '',
    injured: proposal.injured?.text ?? '',
    displaced: proposal.displaced?.text ?? '',
    means: proposal.means.join(', '),
    targets: proposal.targets.join(', '),
    actorId: proposal.actor?.actorId ?? '',
  };
}

/** Terms typed as a list: "barrel_bomb, air_strike". */
export function termList(words: string): string[] {
  return [...new Set(words.split(/[,\n]/).map((w) => w.trim()).filter(Boolean))];
}

/** The edits that turn `before` into `after`: changed fields only, an emptied one removed (the title and type are kept). */
export function editsBetween(before: EditValues, after: EditValues): ProposalEdits {
  const edits: ProposalEdits = {};
  for (const field of EDITABLE_FIELDS) {
    const value = after[field].trim();
    if (value === before[field].trim()) continue;
    if (field === 'means' || field === 'targets') {
      const terms = termList(value);
      if (terms.join(',') !== termList(before[field]).join(',')) edits[field] = terms;
    } else if (field === 'title' || field === 'type') {
      if (value) edits[field] = value;
    } else {
      edits[field] = value || null;
    }
  }
  return edits;
}
