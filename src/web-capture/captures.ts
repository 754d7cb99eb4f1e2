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
import { newSalt } from '../ledger/salt.js';
import { parseCaptureUrl } from '../capture/network-guard.js';
import { tellCaptureFinished } from './capture-notices.js';

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

/**
 * Queues captures of a case. `runner` reserves them for one process (the CLI that asked, with its own
 * settings); without it any of the server's workers may run them.
 */
export async function requestCaptures(database: Database, actor: string, caseId: string, urls: readonly string[], options: { runner?: string } = {}): Promise<WebCapture[]> {
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
      runner: options.runner ?? null,
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

/**
 * Claims the oldest queued capture this runner may run (null: the server's workers), with a lease the worker
 * renews while it runs; returns null when there is none.
 */
export async function claimNextCapture(database: Database, runner: string | null, leaseMs: number): Promise<(WebCapture & { salt: string }) | null> {
  return database.writeTransaction(async (trx) => {
    let next = trx.selectFrom('web_captures').select(['id', 'attempts']).where('state', '=', 'queued');
    next = runner === null ? next.where('runner', 'is', null) : next.where('runner', '=', runner);
    const found = await next.orderBy('requested_at').orderBy('id').limit(1).executeTakeFirst();
    if (!found) return null;
    const now = Date.now();
    await trx
      .updateTable('web_captures')
      .set({ state: 'running', started_at: new Date(now).toISOString(), lease_until: new Date(now + leaseMs).toISOString(), attempts: found.attempts + 1 })
      .where('id', '=', found.id)
      .execute();
    const row = await trx.selectFrom('web_captures').selectAll().where('id', '=', found.id).executeTakeFirstOrThrow();
    return { ...toCapture(row), salt: row.salt };
  });
}

/** The worker running a capture is alive: its lease is extended. */
export async function renewLease(database: Database, id: string, leaseMs: number): Promise<void> {
  await database.writeTransaction(async (trx) => {
    await trx.updateTable('web_captures').set({ lease_until: new Date(Date.now() + leaseMs).toISOString() }).where('id', '=', id).where('state', '=', 'running').execute();
  });
}

/**
 * Captures whose worker stopped (its lease ran out) are queued again for the server's workers, unless they
 * have used up their attempts, in which case they fail, saying so. Returns how many were queued again.
 */
export async function requeueAbandoned(database: Database): Promise<number> {
  const now = new Date().toISOString();
  return database.writeTransaction(async (trx) => {
    const givenUp = await trx.selectFrom('web_captures').select(['id', 'case_id', 'requested_by']).where('state', '=', 'running').where('lease_until', '<', now).where('attempts', '>=', MAX_ATTEMPTS).execute();
    for (const row of givenUp) await tellCaptureFinished(trx, { id: row.id, caseId: row.case_id, requestedBy: row.requested_by }, 'failed');
    await trx
      .updateTable('web_captures')
      .set({ state: 'failed', ended_at: now, lease_until: null, error_code: 'CAPTURE_FAILED', error_message: `the capture was interrupted ${MAX_ATTEMPTS} times` })
      .where('state', '=', 'running')
      .where('lease_until', '<', now)
      .where('attempts', '>=', MAX_ATTEMPTS)
      .execute();
    const queued = await trx.updateTable('web_captures').set({ state: 'queued', runner: null, lease_until: null }).where('state', '=', 'running').where('lease_until', '<', now).executeTakeFirst();
    return Number(queued.numUpdatedRows);
  });
}

export async function markFailed(database: Database, id: string, error: { code: string; message: string }): Promise<void> {
  await database.writeTransaction(async (trx) => {
    await trx.updateTable('web_captures').set({ state: 'failed', ended_at: new Date().toISOString(), lease_until: null, error_code: error.code, error_message: error.message.slice(0, 2000) }).where('id', '=', id).execute();
    const row = await trx.selectFrom('web_captures').select(['id', 'case_id', 'requested_by']).where('id', '=', id).executeTakeFirst();
    if (row) await tellCaptureFinished(trx, { id: row.id, caseId: row.case_id, requestedBy: row.requested_by }, 'failed');
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
