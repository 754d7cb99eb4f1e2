import { accountOfActor } from '../access/principal.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import { notify } from '../notifications/notify.js';

/**
 * Tells whoever asked for an extraction that it is ready for review (in the transaction that saves it) or that it
 * failed. A process that asked (the CLI) has no one to tell. The notice names the extraction by its id only.
 */
export async function tellExtractionFinished(trx: Db, extraction: { id: string; caseId: string; actor: string }, outcome: 'done' | 'failed'): Promise<void> {
  const asker = accountOfActor(extraction.actor);
  if (!asker) return;
  await notify(trx, { caseId: extraction.caseId, kind: 'extraction_finished', subject: { kind: 'extraction', id: extraction.id }, actor: 'system', recipients: [asker], detail: { title: extraction.id, outcome } });
}

/** A failed extraction saved nothing, so its notice leads to the item it read, in a transaction of its own. */
export async function tellExtractionFailed(database: Database, extraction: { id: string; caseId: string; evidenceId: string; actor: string }): Promise<void> {
  const asker = accountOfActor(extraction.actor);
  if (!asker) return;
  await database.writeTransaction((trx) =>
    notify(trx, { caseId: extraction.caseId, kind: 'extraction_finished', subject: { kind: 'evidence', id: extraction.evidenceId }, actor: 'system', recipients: [asker], detail: { title: extraction.id, outcome: 'failed' } }),
  );
}
