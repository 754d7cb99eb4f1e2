import { DossierError, invalidField } from '../common/errors.js';
import { textProblem } from '../common/text-checks.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import type { CustodyLedger } from '../ledger/log.js';
import { SENSITIVITY_LABELS } from '../vocab/vocabularies.js';

/** A label a case's owners made for their own material (e.g. "minor_visible", "shared_with_partner"). */
export interface CaseLabel {
  code: string;
  name: string;
  retired: boolean;
}

const CODE = /^[a-z][a-z0-9_]{0,39}$/;
const MAX_NAME = 80;

export function isBuiltInLabel(code: string): boolean {
  return (SENSITIVITY_LABELS as readonly string[]).includes(code);
}

export async function listCaseLabels(db: Db, caseId: string): Promise<CaseLabel[]> {
  const rows = await db.selectFrom('case_labels').select(['code', 'name', 'retired']).where('case_id', '=', caseId).orderBy('code').execute();
  return rows.map((row) => ({ code: row.code, name: row.name, retired: Number(row.retired) === 1 }));
}

/**
 * Adds a case's own label, renames it, or retires it (or brings it back). Never deleted: items labelled with it
 * keep the label and its history; a retired label is only no longer offered or accepted for new labelling.
 */
export async function putCaseLabel(deps: { database: Database; ledger: CustodyLedger }, actor: string, caseId: string, code: string, input: { name: string; retired?: boolean }): Promise<CaseLabel> {
  if (!CODE.test(code)) throw invalidField('code', 'is 1 to 40 lower-case letters, digits or underscores, starting with a letter', code);
  if (isBuiltInLabel(code)) throw invalidField('code', 'is one of the built-in labels: choose another code', code);
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '') throw invalidField('name', 'is empty: give the label a name people will read');
  if (name.length > MAX_NAME) throw invalidField('name', `is longer than ${MAX_NAME} characters`, name.length);
  const problem = textProblem(name);
  if (problem) throw invalidField('name', problem);
  const retired = input.retired === true;
  return deps.database.writeTransaction(async (trx) => {
    const before = await trx.selectFrom('case_labels').select(['name', 'retired']).where('case_id', '=', caseId).where('code', '=', code).executeTakeFirst();
    const from = before ? { name: before.name, retired: Number(before.retired) === 1 } : null;
    if (from && from.name === name && from.retired === retired) return { code, name, retired };
    if (!from && retired) throw new DossierError('NOT_FOUND', `case ${caseId} has no label ${code} to retire`, { field: 'code', value: code });
    const [entry] = await deps.ledger.append(trx, [{ actor, action: 'label', subject: { case: caseId }, details: { kind: 'case-label', code, from, to: { name, retired } } }]);
    const row = { name, retired: retired ? 1 : 0, changed_at: entry!.time, changed_by: actor };
    if (from) await trx.updateTable('case_labels').set(row).where('case_id', '=', caseId).where('code', '=', code).execute();
    else await trx.insertInto('case_labels').values({ case_id: caseId, code, ...row }).execute();
    return { code, name, retired };
  });
}

/** A label that may be put on something of this case now: a built-in one, or one of the case's own not retired. */
export async function assertLabelUsable(db: Db, caseId: string, label: string): Promise<void> {
  if (isBuiltInLabel(label)) return;
  const own = await db.selectFrom('case_labels').select('retired').where('case_id', '=', caseId).where('code', '=', label).executeTakeFirst();
  if (!own) throw invalidField('label', `is neither a built-in label (${SENSITIVITY_LABELS.join(', ')}) nor one of case ${caseId}'s own`, label);
  if (Number(own.retired) === 1) throw invalidField('label', `was retired by the case's owners`, label);
}
