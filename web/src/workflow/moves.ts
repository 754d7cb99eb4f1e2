/** Roles that may move incidents (workflow:write on the server); the others read the workflow only. */
export const WORKING_ROLES: readonly string[] = ['owner', 'investigator', 'analyst', 'reviewer'];
/** Roles that complete incidents, and so have incidents waiting for their review. */
export const REVIEWING_ROLES: readonly string[] = ['owner', 'reviewer'];

export type TransitionTable = Partial<Record<string, string[]>>;

/**
 * The moves worth offering: those the case's table allows from the status, less those the role may not make
 * (completing is for reviewers and owners, reopening a completed incident for owners), as the server rules.
 */
export function movesFor(table: TransitionTable, from: string, role: string | undefined): string[] {
  if (!role || !WORKING_ROLES.includes(role)) return [];
  return (table[from] ?? []).filter((to) => (to !== 'completed' || REVIEWING_ROLES.includes(role)) && (from !== 'completed' || role === 'owner'));
}
