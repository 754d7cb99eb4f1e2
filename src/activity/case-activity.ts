import { accountOfActor } from '../access/principal.js';
import { invalidField } from '../common/errors.js';
import type { Wording } from '../common/wording.js';
import type { Db } from '../db/schema.js';
import { activityWordings } from './activity-wordings.js';

/** One thing that happened in a case, as the custody ledger logged it, worded for people. */
export interface ActivityItem {
  seq: number;
  at: string;
  actor: string;
  actorName: string;
  action: string;
  /** The record or item it concerned, by kind and id, when the entry names one. */
  subject: { kind: string; id: string } | null;
  wording: Wording;
}

export interface ActivityPage {
  items: ActivityItem[];
  nextCursor?: string;
}

/** Readings of restricted fields are custody events, not the team's activity: the ledger shows them, the feed does not. */
const NOT_ACTIVITY = ['view'];

/** A case's activity, newest first, paged by the ledger's sequence number. */
export async function caseActivity(db: Db, caseId: string, options: { limit?: number; cursor?: string } = {}): Promise<ActivityPage> {
  const limit = options.limit ?? 50;
  let query = db.selectFrom('ledger_entries').select(['seq', 'at', 'actor', 'action', 'entry']).where('case_id', '=', caseId).where('action', 'not in', NOT_ACTIVITY);
  if (options.cursor !== undefined) {
    if (!/^\d{1,15}$/.test(options.cursor)) throw invalidField('cursor', 'is not a cursor this feed gave', options.cursor);
    query = query.where('seq', '<', Number(options.cursor));
  }
  const rows = await query.orderBy('seq', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const names = await displayNames(db, page.map((row) => accountOfActor(row.actor)).filter((name): name is string => name !== undefined));
  const items = page.map((row) => {
    const subject = subjectOf(JSON.parse(row.entry) as { subject?: { evidence?: string }; details?: Record<string, unknown> });
    const account = accountOfActor(row.actor);
    const actorName = (account && names.get(account)) ?? row.actor;
    const wording = activityWordings.say('entry', { actor: actorName, action: row.action.replace(/-/g, '_'), hasSubject: subject ? 'yes' : 'no', subject: subject?.id ?? '' });
    return { seq: Number(row.seq), at: row.at, actor: row.actor, actorName, action: row.action, subject, wording };
  });
  const last = items.at(-1);
  return rows.length > limit && last ? { items, nextCursor: String(last.seq) } : { items };
}

/**
 * The record or item an entry concerns, read only from the fields that name one (never another detail): a record
 * by kind and id, an item by its evidence id, a web capture or an extraction by theirs.
 */
export function subjectOf(entry: { subject?: { evidence?: string }; details?: Record<string, unknown> }): { kind: string; id: string } | null {
  const details = entry.details ?? {};
  const text = (value: unknown) => (typeof value === 'string' && /^[a-z]{2,6}_[0-9a-z]{4,60}$/.test(value) ? value : undefined);
  const recordId = text(details.id);
  if (recordId && typeof details.kind === 'string' && details.kind !== 'case') return { kind: details.kind, id: recordId };
  const evidenceId = text(details.evidenceId) ?? text(details.evidence);
  if (evidenceId) return { kind: 'evidence', id: evidenceId };
  const captureId = text(details.captureId);
  if (captureId) return { kind: 'capture', id: captureId };
  const extractionId = text(details.extraction);
  if (extractionId) return { kind: 'extraction', id: extractionId };
  return null;
}

async function displayNames(db: Db, usernames: string[]): Promise<Map<string, string>> {
  if (usernames.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['username', 'display_name']).where('username', 'in', [...new Set(usernames)]).execute();
  return new Map(rows.map((row) => [row.username, row.display_name]));
}
