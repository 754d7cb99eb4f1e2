import { invalidField } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import { NOTIFICATION_KINDS, type NotificationKind } from './kinds.js';

/** How an account is told by e-mail: never, one mail a notice as it happens, or one mail a day gathering them. */
export const EMAIL_MODES = ['off', 'immediate', 'digest'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

/** What an account wants to be told, and how. */
export interface NotificationSettings {
  /** The kinds of notice recorded for the account (and so mailed, when e-mail is on); the others are not kept. */
  inAppKinds: NotificationKind[];
  email: EmailMode;
  emailAddress: string | null;
}

/** Until an account chooses, it is told everything in the app and nothing by mail: no address is known yet. */
export const DEFAULT_SETTINGS: NotificationSettings = Object.freeze({ inAppKinds: [...NOTIFICATION_KINDS], email: 'off', emailAddress: null }) as NotificationSettings;

// A deliberately plain check (RFC 5321's limits, one @, a dot in the domain, nothing a header could be split by):
// the address is written into a mail header, so anything that could carry a second header or recipient is refused.
const EMAIL_ADDRESS = /^[^\s@<>()[\]\\,;:"]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

export function checkedEmailAddress(value: unknown): string {
  if (typeof value !== 'string' || value.length > 254 || !EMAIL_ADDRESS.test(value.trim())) throw invalidField('emailAddress', 'is not an e-mail address (name@example.org)', value);
  return value.trim();
}

export async function readSettings(db: Db, username: string): Promise<NotificationSettings> {
  return (await settingsOf(db, [username])).get(username)!;
}

/** Each named account's settings, the defaults for those who never chose. */
export async function settingsOf(db: Db, usernames: readonly string[]): Promise<Map<string, NotificationSettings>> {
  const rows = usernames.length === 0 ? [] : await db.selectFrom('notification_settings').selectAll().where('username', 'in', [...usernames]).execute();
  const byName = new Map(rows.map((row) => [row.username, row]));
  return new Map(
    usernames.map((name) => {
      const row = byName.get(name);
      if (!row) return [name, { ...DEFAULT_SETTINGS, inAppKinds: [...DEFAULT_SETTINGS.inAppKinds] }];
      const kinds = (JSON.parse(row.in_app_kinds) as string[]).filter(isNotificationKind);
      return [name, { inAppKinds: kinds, email: (EMAIL_MODES as readonly string[]).includes(row.email_mode) ? (row.email_mode as EmailMode) : 'off', emailAddress: row.email_address }];
    }),
  );
}

/** What a request may change; absent fields stay as they are. */
export interface SettingsChange {
  inAppKinds?: unknown;
  email?: unknown;
  emailAddress?: unknown;
}

/** Checks the whole change before writing any of it: e-mail on needs an address that reads as one. */
export async function changeSettings(database: Database, username: string, change: SettingsChange, now = new Date()): Promise<NotificationSettings> {
  return database.writeTransaction(async (trx) => {
    const next = { ...(await readSettings(trx, username)) };
    if (change.inAppKinds !== undefined) next.inAppKinds = checkedKinds(change.inAppKinds);
    if (change.email !== undefined) {
      if (!(EMAIL_MODES as readonly unknown[]).includes(change.email)) throw invalidField('email', `must be one of ${EMAIL_MODES.join(', ')}`, change.email);
      next.email = change.email as EmailMode;
    }
    if (change.emailAddress !== undefined) next.emailAddress = change.emailAddress === null || change.emailAddress === '' ? null : checkedEmailAddress(change.emailAddress);
    if (next.email !== 'off' && !next.emailAddress) throw invalidField('emailAddress', `is needed to be told by e-mail (${next.email})`);
    const row = { in_app_kinds: JSON.stringify(next.inAppKinds), email_mode: next.email, email_address: next.emailAddress, updated_at: now.toISOString() };
    const updated = await trx.updateTable('notification_settings').set(row).where('username', '=', username).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) await trx.insertInto('notification_settings').values({ username, ...row }).execute();
    return next;
  });
}

function checkedKinds(value: unknown): NotificationKind[] {
  if (!Array.isArray(value)) throw invalidField('inAppKinds', 'must be a list of notification kinds', value);
  value.forEach((kind, i) => {
    if (!isNotificationKind(kind)) throw invalidField(`inAppKinds[${i}]`, `is not a notification kind (${NOTIFICATION_KINDS.join(', ')})`, kind);
  });
  // In the catalogue's order, once each, so the stored list reads the same however it was sent.
  return NOTIFICATION_KINDS.filter((kind) => value.includes(kind));
}

function isNotificationKind(value: unknown): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly unknown[]).includes(value);
}
