import { invalidField } from '../common/errors.js';
import type { PrepareContext, RecordKindName, StoredRecord } from './record-kind.js';

/**
 * A case for a record kind's checks to run against with no database: the records it holds by id (their documents;
 * an `incidentId` in one is the incident it belongs to), and `looked`, every reference the checks asked for, as
 * "field=id". A reference to a record it does not hold is refused as the store refuses it.
 */
export function caseWith(records: Record<string, Record<string, unknown>> = {}, recordId?: string): PrepareContext & { looked: string[] } {
  const looked: string[] = [];
  return {
    trx: undefined as never,
    caseId: 'syria-2016',
    gazetteer: undefined,
    recordId,
    looked,
    async requireRecord(field: string, kind: RecordKindName | readonly RecordKindName[], id: string): Promise<StoredRecord> {
      looked.push(`${field}=${id}`);
      const doc = records[id];
      if (!doc) throw invalidField(field, `no ${String(kind)} ${id} in this case`, id);
      return { id, kind: kind as RecordKindName, caseId: 'syria-2016', rev: 1, doc, incidentId: (doc.incidentId as string | undefined) ?? null };
    },
    async requireEvidence(field: string, id: string): Promise<void> {
      looked.push(`${field}=${id}`);
    },
  };
}
