import type { CaseRole } from '../access/permissions.js';
import { DossierError } from '../common/errors.js';
import type { Db } from '../db/schema.js';

/**
 * Completing an incident seals its own fields: a reviewed incident must not change under the review. Its owners
 * may still edit it (or reopen it, which lifts the seal). Refused as 409 CONFLICT naming the field `status`,
 * with `sealed: true` and `workflowStatus` in the details, so a client can say "completed; ask an owner to reopen it".
 */
export function sealedUnlessOwner(roles: readonly CaseRole[]): (trx: Db, incidentId: string) => Promise<void> {
  return async (trx, incidentId) => {
    if (roles.length > 0 && roles.every((role) => role === 'owner')) return;
    const row = await trx.selectFrom('incident_workflow').select('status').where('record_id', '=', incidentId).executeTakeFirst();
    if (row?.status !== 'completed') return;
    throw new DossierError('CONFLICT', `incident ${incidentId} is completed and sealed: only the case’s owners change it, until one of them reopens it`, {
      field: 'status',
      workflowStatus: 'completed',
      sealed: true,
    });
  };
}
