import { Value } from 'typebox/value';
import type { RecordKind } from '../records/record-kind.js';
import type { RecordView } from '../records/record-store.js';

/**
 * What would create this record: the partner's view (which adds stamps and derived values, such as a date's
 * bounds) cleaned to what its kind accepts on create. A source the partner's profile withheld keeps only its
 * grading, and says so.
 */
export function creationInput(kind: RecordKind<any>, view: RecordView): Record<string, unknown> {
  if (kind.name === 'source' && typeof view.withheld === 'string') {
    const input: Record<string, unknown> = { name: 'Source withheld by the partner', description: view.withheld };
    for (const field of ['sourceType', 'reliability', 'partyToConflict', 'protectionLevel']) if (field in view) input[field] = view[field];
    return input;
  }
  const input = Value.Clean(kind.createSchema, structuredClone(view)) as Record<string, unknown>;
  for (const field of kind.derivedFields ?? []) delete input[field];
  delete input.restricted;
  return input;
}
