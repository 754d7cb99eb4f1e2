import { invalidField } from '../common/errors.js';
import { roleAllows, isCaseRole } from '../access/permissions.js';
import type { Db } from '../db/schema.js';

/** An ISO calendar date (2026-03-31), checked to exist; null clears the due date. */
export function checkedDueDate(value: unknown): string | null {
  if (value === null) return null;
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const date = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!match || !date || date.toISOString().slice(0, 10) !== value) throw invalidField('dueDate', 'must be a calendar date written YYYY-MM-DD, or null', value);
  return value as string;
}

/**
 * Assignees by account name, each a member of the case whose role reads its records: work given to someone
 * who cannot open it (external counsel, a stranger) is refused, naming the entry.
 */
export async function checkedAssignees(db: Db, caseId: string, value: unknown, field = 'assignees'): Promise<string[]> {
  const names = accountNames(value, field);
  const members = await db
    .selectFrom('case_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.username', 'm.role'])
    .where('m.case_id', '=', caseId)
    .where('u.username', 'in', names.length > 0 ? names : [''])
    .execute();
  const readers = new Set(members.filter((m) => isCaseRole(m.role) && roleAllows(m.role, 'records:read')).map((m) => m.username));
  names.forEach((name, i) => {
    if (!readers.has(name)) throw invalidField(`${field}[${i}]`, `"${name}" is not a member of this case who can read its records`, name);
  });
  return [...names].sort();
}

/** Account names as the API takes them (trimmed, lower case), each once; whether they are members is the caller's check. */
export function accountNames(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) throw invalidField(field, 'must be a list of account names', value);
  const names = value.map((name, i) => {
    if (typeof name !== 'string' || name.trim() === '') throw invalidField(`${field}[${i}]`, 'must be an account name', name);
    return name.trim().toLowerCase();
  });
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) throw invalidField(`${field}[${i}]`, `"${name}" is named twice`, name);
  });
  return names;
}
