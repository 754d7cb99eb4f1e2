import { canonicalJson } from '../common/canonical-json.js';
import { invalidField } from '../common/errors.js';
import { CUSTODY_ACTIONS, type CustodyAction } from './proofs/custody-actions.js';

export { CUSTODY_ACTIONS, type CustodyAction } from './proofs/custody-actions.js';

export const ENTRY_FORMAT_VERSION = 1;

export interface EntrySubject {
  case?: string;
  /** The evidence item's SHA-256: the content, not a database id, is what custody is about. */
  evidence?: string;
}

/** One custody event. Its canonical JSON (RFC 8785) is the Merkle leaf. */
export interface LedgerEntry {
  v: typeof ENTRY_FORMAT_VERSION;
  seq: number;
  time: string;
  actor: string;
  action: CustodyAction;
  subject: EntrySubject;
  details: Record<string, unknown>;
}

export type EntryDraft = Pick<LedgerEntry, 'actor' | 'action'> & Partial<Pick<LedgerEntry, 'subject' | 'details'>>;

export function buildEntry(draft: EntryDraft, seq: number, time: Date): LedgerEntry {
  if (!CUSTODY_ACTIONS.includes(draft.action)) throw invalidField('action', `unknown custody action "${draft.action}"`);
  if (!draft.actor) throw invalidField('actor', 'is required');
  const subject: EntrySubject = {};
  if (draft.subject?.case !== undefined) subject.case = draft.subject.case;
  if (draft.subject?.evidence !== undefined) subject.evidence = draft.subject.evidence;
  return {
    v: ENTRY_FORMAT_VERSION,
    seq,
    time: time.toISOString(),
    actor: draft.actor,
    action: draft.action,
    subject,
    details: draft.details ?? {},
  };
}

export function encodeEntry(entry: LedgerEntry): string {
  return canonicalJson(entry);
}

/** Parses a stored entry; returns a reason instead of throwing, because verification reports, not aborts. */
export function decodeEntry(text: string): LedgerEntry | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'is not valid JSON';
  }
  if (typeof value !== 'object' || value === null) return 'is not a JSON object';
  const entry = value as Partial<LedgerEntry>;
  if (entry.v !== ENTRY_FORMAT_VERSION) return `has unknown format version ${String(entry.v)}`;
  if (!Number.isSafeInteger(entry.seq)) return 'has no integer seq';
  if (typeof entry.time !== 'string' || typeof entry.actor !== 'string') return 'lacks time or actor';
  if (!CUSTODY_ACTIONS.includes(entry.action as CustodyAction)) return `has unknown action ${String(entry.action)}`;
  if (typeof entry.subject !== 'object' || typeof entry.details !== 'object') return 'lacks subject or details';
  return entry as LedgerEntry;
}
