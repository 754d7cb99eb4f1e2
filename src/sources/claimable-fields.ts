import { invalidField } from '../common/errors.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { resolvePlace } from '../records/place-index.js';
import type { RecordKindName } from '../records/record-kind.js';
import { normaliseCount, type Count } from '../values/count.js';
import type { Place } from '../values/place.js';
import { resolveDate, type UncertainDateInput } from '../values/uncertain-date.js';
import { isTerm, type VocabularyName } from '../vocab/vocabularies.js';

/**
 * What a claim can be about, field by field, and the type its value must have. `whole` claims are about a
 * record as such ("the attack happened", "this unit carried it out") and carry no value.
 */
export type ClaimValueType =
  | { type: 'whole' }
  | { type: 'count' }
  | { type: 'date' }
  | { type: 'place' }
  | { type: 'text' }
  | { type: 'term'; vocabulary: VocabularyName }
  | { type: 'terms'; vocabulary: VocabularyName };

const count = { type: 'count' } as const;
export const CLAIMABLE_FIELDS: Partial<Record<RecordKindName, Record<string, ClaimValueType>>> = {
  incident: {
    occurred: { type: 'whole' },
    date: { type: 'date' },
    place: { type: 'place' },
    types: { type: 'terms', vocabulary: 'incident_types' },
    narrative: { type: 'text' },
  },
  act: {
    occurred: { type: 'whole' },
    type: { type: 'term', vocabulary: 'incident_types' },
    means: { type: 'terms', vocabulary: 'means' },
    targets: { type: 'terms', vocabulary: 'target_objects' },
    date: { type: 'date' },
    place: { type: 'place' },
    consequences: { type: 'text' },
  },
  victim_group: {
    killed: count,
    injured: count,
    missing: count,
    detained: count,
    displaced: count,
    protectedStatuses: { type: 'terms', vocabulary: 'victim_protected_statuses' },
  },
  involvement: { attribution: { type: 'whole' }, factualRole: { type: 'term', vocabulary: 'factual_roles' } },
  actor: { chainOfCommand: { type: 'text' }, description: { type: 'text' } },
  site: { place: { type: 'place' }, function: { type: 'text' } },
  context_event: { occurred: { type: 'whole' }, date: { type: 'date' } },
};

export type ClaimValue = Count | UncertainDateInput | Place | string | string[] | undefined;

/** Checks a claim's value against its field's type and returns it in normal form. */
export function checkClaimValue(subjectKind: RecordKindName, field: string, value: unknown, gazetteer: Gazetteer | undefined): ClaimValue {
  const fields = CLAIMABLE_FIELDS[subjectKind];
  const spec = fields?.[field];
  if (!fields || !spec) {
    const known = fields ? Object.keys(fields).join(', ') : 'none';
    throw invalidField('subject.field', `a claim about a ${subjectKind} cannot be about "${field}" (claimable fields: ${known})`, field);
  }
  if (spec.type === 'whole') {
    if (value !== undefined) throw invalidField('value', `a claim about "${field}" is about the ${subjectKind} as a whole and takes no value`);
    return undefined;
  }
  if (value === undefined) throw invalidField('value', `is required for a claim about ${subjectKind}.${field}`);
  switch (spec.type) {
    case 'count':
      if (typeof value !== 'object' || value === null) throw invalidField('value', 'must be a Count object, e.g. {"qualifier":"at_least","min":14}');
      return normaliseCount('value', value as Count);
    case 'date':
      if (typeof value !== 'object' || value === null || typeof (value as UncertainDateInput).edtf !== 'string') {
        throw invalidField('value', 'must be a date object, e.g. {"edtf":"2016-07~"}');
      }
      resolveDate('value', value as UncertainDateInput);
      return value as UncertainDateInput;
    case 'place':
      if (typeof value !== 'object' || value === null) throw invalidField('value', 'must be a Place object');
      return resolvePlace('value', value as Place, gazetteer);
    case 'text':
      if (typeof value !== 'string' || value.trim() === '') throw invalidField('value', 'must be non-empty text');
      return value;
    case 'term':
      if (!isTerm(spec.vocabulary, value)) throw invalidField('value', `unknown term "${String(value)}" in vocabulary ${spec.vocabulary}`, value);
      return value;
    case 'terms':
      if (!Array.isArray(value) || value.length === 0) throw invalidField('value', `must be a non-empty list of ${spec.vocabulary} terms`);
      value.forEach((term, i) => {
        if (!isTerm(spec.vocabulary, term)) throw invalidField(`value[${i}]`, `unknown term "${String(term)}" in vocabulary ${spec.vocabulary}`, term);
      });
      return value as string[];
  }
}
