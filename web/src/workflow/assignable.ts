import { api } from '../api.js';
import { mayInRole } from '../case-admin/roles.js';
import { useLoaded, type Loaded } from '../use-loaded.js';

export interface AssignableMember {
  username: string;
  role: string;
}

/**
 * The members work may be given to: those whose role reads the case's records, as the server checks an
 * assignee (external counsel, who reads only disclosures, is left out). In account-name order.
 */
export function useAssignableMembers(caseId: string): Loaded<AssignableMember[]> {
  return useLoaded(async () => {
    const members = await api<{ items: AssignableMember[] }>('GET', `/cases/${encodeURIComponent(caseId)}/members`);
    return members.items.filter((member) => mayInRole(member.role, 'records:read')).sort((a, b) => a.username.localeCompare(b.username));
  }, [caseId]);
}
