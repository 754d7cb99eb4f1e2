import { sql } from 'kysely';
import { DossierError, invalidField } from '../common/errors.js';
import type { Wording } from '../common/wording.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import { noticeWording } from './notice-words.js';
import { EVIDENCE_SUBJECTS } from './readers.js';

/** Whose notices, and the cases where they may read evidence and records now (their role may have changed since). */
export interface Reader {
  username: string;
  evidenceCases: readonly string[];
  recordCases: readonly string[];
}

export interface Notice {
  id: string;
  caseId: string;
  kind: string;
  subject: { kind: string; id: string };
  actor: string;
  actorName: string;
  detail: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
  wording: Wording;
}

export interface NoticePage {
  items: Notice[];
  nextCursor?: string;
}

/**
 * The reader's notices about what they may still read: a notice names its subject, so one about a record of a
 * case they left, or whose role no longer reads it, is not shown (nor counted) though it is kept.
 */
function readable(db: Db, reader: Reader) {
  const evidenceKinds = [...EVIDENCE_SUBJECTS];
  return db
    .selectFrom('notifications as n')
    .where('n.username', '=', reader.username)
    .where((eb) => {
      const either = [];
      if (reader.evidenceCases.length > 0) either.push(eb.and([eb('n.subject_kind', 'in', evidenceKinds), eb('n.case_id', 'in', [...reader.evidenceCases])]));
      if (reader.recordCases.length > 0) either.push(eb.and([eb('n.subject_kind', 'not in', evidenceKinds), eb('n.case_id', 'in', [...reader.recordCases])]));
      return either.length > 0 ? eb.or(either) : sql<boolean>`1 = 0`;
    });
}

const PAGE = 50;

/** Newest first; `cursor` is the previous page's nextCursor. */
export async function listNotices(db: Db, reader: Reader, options: { unread?: boolean; limit?: number; cursor?: string } = {}): Promise<NoticePage> {
  const limit = options.limit ?? PAGE;
  let query = readable(db, reader)
    .leftJoin('users as u', 'u.username', 'n.actor')
    .select(['n.id', 'n.case_id', 'n.kind', 'n.subject_kind', 'n.subject_id', 'n.actor', 'n.detail', 'n.created_at', 'n.read_at', 'u.display_name']);
  if (options.unread) query = query.where('n.read_at', 'is', null);
  if (options.cursor) {
    const [createdAt, id] = parseCursor(options.cursor);
    query = query.where((eb) => eb.or([eb('n.created_at', '<', createdAt), eb.and([eb('n.created_at', '=', createdAt), eb('n.id', '<', id)])]));
  }
  const rows = await query.orderBy('n.created_at', 'desc').orderBy('n.id', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map((row) => {
    const detail = JSON.parse(row.detail) as Record<string, unknown>;
    // A process (a capture's runner) has no account: the app itself is who tells.
    const actorName = row.display_name ?? (row.actor === 'system' ? 'Dossier' : row.actor);
    return {
      id: row.id,
      caseId: row.case_id,
      kind: row.kind,
      subject: { kind: row.subject_kind, id: row.subject_id },
      actor: row.actor,
      actorName,
      detail,
      createdAt: row.created_at,
      readAt: row.read_at,
      wording: noticeWording({ kind: row.kind, actorName, subjectId: row.subject_id, detail }),
    };
  });
  const last = items.at(-1);
  return rows.length > limit && last ? { items, nextCursor: `${last.createdAt}|${last.id}` } : { items };
}

function parseCursor(cursor: string): [string, string] {
  const match = /^([0-9TZ:.+-]{10,40})\|(ntf_[0-9a-z]{1,60})$/.exec(cursor);
  if (!match) throw invalidField('cursor', 'is not a cursor this list gave', cursor);
  return [match[1]!, match[2]!];
}

export async function unreadCount(db: Db, reader: Reader): Promise<number> {
  const row = await readable(db, reader)
    .where('n.read_at', 'is', null)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks one of the reader's own notices read or unread; another's, or one they may no longer read, is not found. */
export async function markNotice(database: Database, reader: Reader, id: string, read: boolean, now = new Date()): Promise<{ id: string; readAt: string | null }> {
  return database.writeTransaction(async (trx) => {
    const row = await readable(trx, reader).select(['n.id', 'n.read_at']).where('n.id', '=', id).executeTakeFirst();
    if (!row) throw new DossierError('NOT_FOUND', `no notification ${id} for ${reader.username}`, { field: 'id', value: id });
    // Read stays read at its first reading: marking it read again keeps when it was first read.
    const readAt = read ? (row.read_at ?? now.toISOString()) : null;
    await trx.updateTable('notifications').set({ read_at: readAt }).where('id', '=', id).execute();
    return { id, readAt };
  });
}

/** Marks every unread notice the reader may see as read; returns how many. */
export async function markAllRead(database: Database, reader: Reader, now = new Date()): Promise<number> {
  return database.writeTransaction(async (trx) => {
    const ids = (await readable(trx, reader).where('n.read_at', 'is', null).select('n.id').execute()).map((row) => row.id);
    for (let i = 0; i < ids.length; i += 500) await trx.updateTable('notifications').set({ read_at: now.toISOString() }).where('id', 'in', ids.slice(i, i + 500)).execute();
    return ids.length;
  });
}
