import { accountOfActor } from '../access/principal.js';
import type { Db } from '../db/schema.js';
import { follow, followersOf } from '../notifications/follows.js';
import { notify } from '../notifications/notify.js';

/** One incident's change as notices see it: who was added, and the status it moved to. */
export interface WorkflowChangeToTell {
  incidentId: string;
  addedAssignees: readonly string[];
  statusTo?: string | undefined;
}

/**
 * Tells people of workflow changes, in the change's own transaction: new assignees that they were assigned
 * (and they follow the incident from then on); the case's reviewers and owners that an incident awaits review;
 * the incident's followers that it moved. Nobody is told twice of one move, nor of their own act.
 */
export async function tellWorkflowChanges(trx: Db, caseId: string, actor: string, changes: readonly WorkflowChangeToTell[]): Promise<void> {
  if (changes.length === 0) return;
  const by = accountOfActor(actor) ?? actor;
  const titles = new Map(
    (await trx.selectFrom('records').select(['id', 'title']).where('id', 'in', changes.map((change) => change.incidentId)).execute()).map((row) => [row.id, row.title]),
  );
  const completers = changes.some((change) => change.statusTo === 'ready_for_review') ? await membersInRoles(trx, caseId, ['reviewer', 'owner']) : [];
  for (const change of changes) {
    const subject = { kind: 'incident', id: change.incidentId };
    const title = titles.get(change.incidentId) ?? change.incidentId;
    for (const username of change.addedAssignees) await follow(trx, caseId, subject, username);
    if (change.addedAssignees.length > 0) await notify(trx, { caseId, kind: 'assigned', subject, actor: by, recipients: change.addedAssignees, detail: { title } });
    if (change.statusTo === undefined) continue;
    const told = change.statusTo === 'ready_for_review' ? await notify(trx, { caseId, kind: 'review_requested', subject, actor: by, recipients: completers, detail: { title, status: change.statusTo } }) : [];
    const followers = (await followersOf(trx, change.incidentId)).filter((name) => !told.includes(name) && !change.addedAssignees.includes(name));
    await notify(trx, { caseId, kind: 'status_changed', subject, actor: by, recipients: followers, detail: { title, status: change.statusTo } });
  }
}

async function membersInRoles(db: Db, caseId: string, roles: string[]): Promise<string[]> {
  const rows = await db.selectFrom('case_members as m').innerJoin('users as u', 'u.id', 'm.user_id').select('u.username').where('m.case_id', '=', caseId).where('m.role', 'in', roles).execute();
  return rows.map((row) => row.username);
}
