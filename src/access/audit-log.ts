import { newId } from '../common/ids.js';
import type { Db } from '../db/schema.js';

/**
 * Security events: who signed in or failed to, who changed whose role, which token was used; and who looked at a
 * derivative of an item (a thumbnail, a preview): a read of what the evidence shows, audited, but not an act on
 * the evidence itself for its custody log (a list of 300 thumbnails would be 300 custody entries).
 */
export const AUDIT_EVENTS = [
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'account_locked',
  'password_changed',
  'account_created',
  'role_granted',
  'role_revoked',
  'token_created',
  'token_revoked',
  'token_used',
  'disclosed',
  'disclosure_withdrawn',
  'derivative_viewed',
  'graphic_revealed', // a reader clicked through the blur of an item labelled graphic: counted for their daily reminder
  'invitation_created',
  'invitation_accepted',
  'invitation_revoked',
  'recovery_codes_generated',
  'recovery_code_used',
  'session_ended',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export interface AuditRecord {
  id: string;
  at: string;
  event: AuditEvent;
  actor: string;
  address: string | null;
  details: Record<string, unknown>;
}

export async function recordAudit(db: Db, event: AuditEvent, actor: string, details: Record<string, unknown> = {}, address?: string): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({ id: newId('aud'), at: new Date().toISOString(), event, actor, address: address ?? null, details: JSON.stringify(details) })
    .execute();
}

export async function listAudit(db: Db, options: { limit?: number; event?: AuditEvent } = {}): Promise<AuditRecord[]> {
  let query = db.selectFrom('audit_events').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(options.limit ?? 100);
  if (options.event) query = query.where('event', '=', options.event);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, event: row.event as AuditEvent, details: JSON.parse(row.details) as Record<string, unknown> }));
}
