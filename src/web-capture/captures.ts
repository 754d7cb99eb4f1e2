/**
 * Web captures as rows: asked for (queued), claimed by a worker (running), and finished (done or failed).
 * The row is the queue: a worker claims the oldest queued capture in a transaction, and a server that starts
 * again puts back what was running when it stopped, so no capture that was asked for is lost.
 */
import { DossierError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { Database } from '../db/database.js';
import type { Db, WebCapturesTable } from '../db/schema.js';
import { findCase } from '../cases/cases.js';
import { newSalt } from '../ledger/commitment.js';
import { parseCaptureUrl } from '../capture/network-guard.js';

export type CaptureState = 'queued' | 'running' | 'done' | 'failed';

export interface WebCapture {
  id: string;
  caseId: string;
  url: string;
  requestedAt: string;
  requestedBy: string;
  state: CaptureState;
  attempts: number;
  startedAt: string | null;
  endedAt: string | null;
  finalUrl: string | null;
  httpStatus: number | null;
  error: { code: string; message: string } | null;
  items: { wacz: string | null; screenshot: string | null; pdf: string | null; text: string | null };
  metadata: Record<string, unknown> | null;
  ledgerSeq: number | null;
}

/** A capture that fails this many times in a row (the server stopping mid-way counts) is given up. */
export const MAX_ATTEMPTS = 3;
const MAX_URLS = 50;

export async function requestCaptures(database: Database, actor: string, caseId: string, urls: readonly string[]): Promise<WebCapture[]> {
  if (urls.length === 0) throw new DossierError('VALIDATION_FAILED', 'give at least one URL to capture', { field: 'urls' });
  if (urls.length > MAX_URLS) throw new DossierError('VALIDATION_FAILED', `at most ${MAX_URLS} URLs at once`, { field: 'urls' });
  // Every URL is checked before any is queued: a list with one bad address queues nothing.
  const checked = urls.map((url) => parseCaptureUrl(url.trim()).href);
  return database.writeTransaction(async (trx) => {
    if (!(await findCase(trx, caseId))) throw new DossierError('CASE_NOT_FOUND', `case ${caseId} does not exist`, { field: 'case', value: caseId });
    const requestedAt = new Date().toISOString();
    const rows = checked.map((url) => ({
      id: newId('wc'),
      case_id: caseId,
      url,
      requested_at: requestedAt,
      requested_by: actor,
      state: 'queued',
      attempts: 0,
      salt: newSalt(),
    }));
    await trx.insertInto('web_captures').values(rows).execute();
    return Promise.all(rows.map((row) => getCapture(trx, row.id)));
  });
}

export async function getCapture(db: Db, id: string): Promise<WebCapture> {
  const row = await db.selectFrom('web_captures').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DossierError('NOT_FOUND', `no web capture ${id}`, { field: 'capture', value: id });
  return toCapture(row);
}

export async function listCaptures(db: Db, caseId: string, limit = 200): Promise<WebCapture[]> {
  const rows = await db.selectFrom('web_captures').selectAll().where('case_id', '=', caseId).orderBy('requested_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toCapture);
}

/** Claims the oldest queued capture for a worker, or returns null when there is none. */
export async function claimNextCapture(database: Database): Promise<(WebCapture & { salt: string }) | null> {
  return database.writeTransaction(async (trx) => {
    const next = await trx.selectFrom('web_captures').select(['id', 'attempts']).where('state', '=', 'queued').orderBy('requested_at').orderBy('id').limit(1).executeTakeFirst();
    if (!next) return null;
    const claimed = await trx
      .updateTable('web_captures')
      .set({ state: 'running', started_at: new Date().toISOString(), attempts: next.attempts + 1 })
      .where('id', '=', next.id)
      .where('state', '=', 'queued')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return null;
    const row = await trx.selectFrom('web_captures').selectAll().where('id', '=', next.id).executeTakeFirstOrThrow();
    return { ...toCapture(row), salt: row.salt };
  });
}

/**
 * At start, captures left running by a process that stopped are queued again, unless they have used up their
 * attempts, in which case they fail, saying so.
 */
export async function requeueInterrupted(database: Database): Promise<number> {
  return database.writeTransaction(async (trx) => {
    await trx
      .updateTable('web_captures')
      .set({ state: 'failed', ended_at: new Date().toISOString(), error_code: 'CAPTURE_FAILED', error_message: `the capture was interrupted ${MAX_ATTEMPTS} times` })
      .where('state', '=', 'running')
      .where('attempts', '>=', MAX_ATTEMPTS)
      .executeTakeFirst();
    const queued = await trx.updateTable('web_captures').set({ state: 'queued' }).where('state', '=', 'running').executeTakeFirst();
    return Number(queued.numUpdatedRows);
  });
}

export async function markFailed(database: Database, id: string, error: { code: string; message: string }): Promise<void> {
  await database.writeTransaction(async (trx) => {
    await trx.updateTable('web_captures').set({ state: 'failed', ended_at: new Date().toISOString(), error_code: error.code, error_message: error.message.slice(0, 2000) }).where('id', '=', id).execute();
  });
}

export function toCapture(row: WebCapturesTable): WebCapture {
  return {
    id: row.id,
    caseId: row.case_id,
    url: row.url,
    requestedAt: row.requested_at,
    requestedBy: row.requested_by,
    state: row.state as CaptureState,
    attempts: Number(row.attempts),
    startedAt: row.started_at,
    endedAt: row.ended_at,
    finalUrl: row.final_url,
    httpStatus: row.http_status === null ? null : Number(row.http_status),
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
    items: { wacz: row.wacz_evidence_id, screenshot: row.screenshot_evidence_id, pdf: row.pdf_evidence_id, text: row.text_evidence_id },
    metadata: row.metadata ? (JSON.parse(row.metadata) as Record<string, unknown>) : null,
    ledgerSeq: row.ledger_seq === null ? null : Number(row.ledger_seq),
  };
}
