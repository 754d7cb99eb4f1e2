import type { AuditEvent } from '../../../src/access/audit-log.js';
import { translate } from '../i18n/active-locale.js';
import type { Message } from '../i18n/define-messages.js';
import { auditEventMessages } from './admin.messages.js';

/** 32 letters and digits, without those easily mistaken when copied by hand (0 and o, 1 and l). */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * A one-time password from random bytes: one character a byte, unbiased since 256 is a multiple of 32; 24
 * bytes give 120 bits, well above the server's 12-character minimum.
 */
export function oneTimePassword(random: Uint8Array): string {
  if (random.length < 12) throw new Error('a one-time password needs at least 12 random bytes');
  return [...random].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

export interface AuditRecord {
  id: string;
  at: string;
  event: string;
  actor: string;
  address: string | null;
  details: Record<string, unknown>;
}

/** An audit event's details as "key: value" pairs, lists joined, nested values as JSON. */
export function auditDetails(details: Record<string, unknown>): string[] {
  return Object.entries(details).map(([key, value]) => {
    const shown = Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
    return `${key}: ${shown}`;
  });
}

/** The entries shown: of one event (or all) and whose actor or details mention the text typed. */
export function filterAudit(records: AuditRecord[], event: string, text: string): AuditRecord[] {
  const wanted = text.trim().toLowerCase();
  return records.filter(
    (r) => (event === '' || r.event === event) && (wanted === '' || r.actor.toLowerCase().includes(wanted) || auditDetails(r.details).some((d) => d.toLowerCase().includes(wanted))),
  );
}

/** The events present among the entries fetched, for the filter: the filter narrows what was fetched, so it offers only those. */
export function auditEventsIn(records: AuditRecord[]): string[] {
  return [...new Set(records.map((r) => r.event))].sort();
}

/** Every event the server records has its name in words (the compiler checks none is missing). */
const EVENT_NAMES: Record<AuditEvent, Message> = auditEventMessages;

/** An audit event in the reader's words; one this page does not know yet, as the server writes it, made readable. */
export function auditEventLabel(event: string): string {
  return Object.hasOwn(EVENT_NAMES, event) ? translate(EVENT_NAMES[event as AuditEvent]) : event.replaceAll('_', ' ');
}
