import { accountOfActor } from '../access/principal.js';
import type { Db } from '../db/schema.js';
import { notify } from '../notifications/notify.js';

/**
 * Tells whoever asked for a capture that it is done or failed, in the transaction that records the outcome.
 * The notice names the capture by its id only: its URL is committed in the ledger, not shown, and may be sensitive.
 */
export async function tellCaptureFinished(trx: Db, capture: { id: string; caseId: string; requestedBy: string }, outcome: 'done' | 'failed'): Promise<void> {
  const asker = accountOfActor(capture.requestedBy);
  if (!asker) return;
  await notify(trx, { caseId: capture.caseId, kind: 'capture_finished', subject: { kind: 'capture', id: capture.id }, actor: 'system', recipients: [asker], detail: { title: capture.id, outcome } });
}
