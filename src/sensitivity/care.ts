/**
 * Care of the people who look at the material: how each account wants media blurred, and a gentle daily
 * reminder to take a break after a number of graphic items (analysts who watch executions all day suffer
 * vicarious trauma). Every click-through to a blurred item is recorded, server-side, for the count and as an
 * audit event: the un-blurred bytes are served only after one (blur.ts, the derivative route).
 */
import { recordAudit } from '../access/audit-log.js';
import { invalidField } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { Db } from '../db/schema.js';
import type { LabelSubjectKind } from './labels.js';

export const BLUR_SETTINGS = ['always', 'graphic', 'never'] as const;
export type BlurSetting = (typeof BLUR_SETTINGS)[number];
/** Blur graphic items only, until the person chooses otherwise: protective without hiding every photo of a street. */
export const DEFAULT_BLUR: BlurSetting = 'graphic';
export const MAX_DAILY_LIMIT = 1000;
/** How long a click-through opens an item: a working session, not for ever (the next day asks again). */
export const REVEAL_HOURS = 12;
export const GRAPHIC_LABEL = 'graphic_violence';

export interface CareSettings {
  blur: BlurSetting;
  /** Graphic items a day after which the reminder shows; null: no reminder. */
  dailyLimit: number | null;
}

export interface Exposure {
  /** The UTC day counted. */
  day: string;
  /** Distinct graphic items opened today. */
  graphicToday: number;
  dailyLimit: number | null;
  /** The reminder is due: the limit reached and not dismissed today. */
  remind: boolean;
}

export async function careSettingsOf(db: Db, userId: string): Promise<CareSettings> {
  const row = await db.selectFrom('care_settings').select(['blur', 'daily_limit']).where('user_id', '=', userId).executeTakeFirst();
  return { blur: isBlurSetting(row?.blur) ? row.blur : DEFAULT_BLUR, dailyLimit: row?.daily_limit == null ? null : Number(row.daily_limit) };
}

export function isBlurSetting(value: unknown): value is BlurSetting {
  return (BLUR_SETTINGS as readonly unknown[]).includes(value);
}

/** Keeps an account's care settings; a field left out stays as it was. */
export async function setCareSettings(db: Db, userId: string, change: Partial<CareSettings>): Promise<CareSettings> {
  if (change.blur !== undefined && !isBlurSetting(change.blur)) throw invalidField('blur', `is one of ${BLUR_SETTINGS.join(', ')}`, change.blur);
  const limit = change.dailyLimit;
  if (limit !== undefined && limit !== null && !(Number.isInteger(limit) && limit >= 1 && limit <= MAX_DAILY_LIMIT)) {
    throw invalidField('dailyLimit', `is a whole number of graphic items from 1 to ${MAX_DAILY_LIMIT}, or null for no reminder`, limit);
  }
  const current = await careSettingsOf(db, userId);
  const next: CareSettings = { blur: change.blur ?? current.blur, dailyLimit: limit === undefined ? current.dailyLimit : limit };
  const row = { blur: next.blur, daily_limit: next.dailyLimit, updated_at: new Date().toISOString() };
  const updated = await db.updateTable('care_settings').set(row).where('user_id', '=', userId).executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) await db.insertInto('care_settings').values({ user_id: userId, reminder_dismissed_on: null, ...row }).execute();
  return next;
}

/** Whether a reader with this setting sees an item with these labels blurred until they click through. */
export function blurs(setting: BlurSetting, labels: readonly string[]): boolean {
  return setting === 'always' || (setting === 'graphic' && labels.includes(GRAPHIC_LABEL));
}

export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export interface Reader {
  userId: string;
  /** The ledger's and audit log's name for them (user:… or token:…). */
  actor: string;
}

/**
 * Records one click-through: a row for the count and the server's permission to send the plain bytes, and an
 * audit event (every read is audited). Returns the day's exposure, for the reminder.
 */
export async function recordReveal(db: Db, reader: Reader, caseId: string, subject: { kind: LabelSubjectKind; id: string }, graphic: boolean, now = new Date()): Promise<Exposure> {
  await db
    .insertInto('graphic_reveals')
    .values({ id: newId('rev', now), user_id: reader.userId, day: utcDay(now), at: now.toISOString(), case_id: caseId, subject_kind: subject.kind, subject_id: subject.id, graphic: graphic ? 1 : 0 })
    .execute();
  await recordAudit(db, 'graphic_revealed', reader.actor, { case: caseId, [subject.kind === 'evidence' ? 'evidenceId' : 'incidentId']: subject.id, graphic });
  return exposureOf(db, reader.userId, now);
}

/** Whether the reader clicked through to this item in the last REVEAL_HOURS. */
export async function hasRevealed(db: Db, userId: string, subjectId: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - REVEAL_HOURS * 3600_000);
  const row = await db
    .selectFrom('graphic_reveals')
    .select('id')
    .where('user_id', '=', userId)
    .where('day', 'in', [utcDay(since), utcDay(now)])
    .where('subject_id', '=', subjectId)
    .where('at', '>=', since.toISOString())
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Of a reader's click-throughs, the items still open to them (the last REVEAL_HOURS): for a whole list at once. */
export async function revealedItems(db: Db, userId: string, now = new Date()): Promise<Set<string>> {
  const since = new Date(now.getTime() - REVEAL_HOURS * 3600_000);
  const rows = await db
    .selectFrom('graphic_reveals')
    .select('subject_id')
    .where('user_id', '=', userId)
    .where('day', 'in', [utcDay(since), utcDay(now)])
    .where('at', '>=', since.toISOString())
    .execute();
  return new Set(rows.map((row) => row.subject_id));
}

export async function exposureOf(db: Db, userId: string, now = new Date()): Promise<Exposure> {
  const day = utcDay(now);
  const [settings, seen, state] = await Promise.all([
    careSettingsOf(db, userId),
    db.selectFrom('graphic_reveals').select('subject_id').distinct().where('user_id', '=', userId).where('day', '=', day).where('graphic', '=', 1).execute(),
    db.selectFrom('care_settings').select('reminder_dismissed_on').where('user_id', '=', userId).executeTakeFirst(),
  ]);
  const graphicToday = seen.length;
  const remind = settings.dailyLimit !== null && graphicToday >= settings.dailyLimit && state?.reminder_dismissed_on !== day;
  return { day, graphicToday, dailyLimit: settings.dailyLimit, remind };
}

/** The reminder dismissed for today: it does not come back until tomorrow, whatever else is opened. */
export async function dismissReminder(db: Db, userId: string, now = new Date()): Promise<Exposure> {
  const day = utcDay(now);
  const updated = await db.updateTable('care_settings').set({ reminder_dismissed_on: day }).where('user_id', '=', userId).executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) await db.insertInto('care_settings').values({ user_id: userId, blur: DEFAULT_BLUR, daily_limit: null, reminder_dismissed_on: day, updated_at: now.toISOString() }).execute();
  return exposureOf(db, userId, now);
}
