import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * The capture time as the device's clock wrote it ("2017-02-14T10:31:05"), for every item that has one, zone or
 * not: "taken between 1 January and 31 March" is asked of that clock. `captured_at` stays the instant, only for
 * items that gave their zone. Readings kept before this column are filled in from their JSON.
 */
export function captureLocalTimeSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('evidence_metadata').addColumn('captured_local', 'text').execute();
      await db.schema.createIndex('evidence_metadata_by_local_time').on('evidence_metadata').column('captured_local').execute();
      const rows = await sql<{ evidence_id: string; reading: string }>`select evidence_id, reading from evidence_metadata`.execute(db);
      for (const row of rows.rows) {
        // The migration's own reading of the JSON as 0014 wrote it: it must not change when the domain's does.
        const written = (JSON.parse(row.reading) as { captured?: { text?: string } | null }).captured?.text ?? '';
        const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(written);
        const local = match && `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}`;
        if (local) await sql`update evidence_metadata set captured_local = ${local} where evidence_id = ${row.evidence_id}`.execute(db);
      }
    },
  };
}
