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

/** The workflow's statuses in the order of the work (the server's vocabulary workflow_statuses). */
export const WORKFLOW_STATUSES: readonly string[] = ['to_do', 'in_progress', 'help_needed', 'ready_for_review', 'completed', 'cancelled'];

/** A table as ticked in the editor: every status, each with the moves it allows, in the workflow's order. */
export function fullTable(table: TransitionTable): Record<string, string[]> {
  return Object.fromEntries(WORKFLOW_STATUSES.map((from) => [from, WORKFLOW_STATUSES.filter((to) => table[from]?.includes(to))]));
}

/** The table with one move ticked or unticked. */
export function withMove(table: Record<string, string[]>, from: string, to: string, allowed: boolean): Record<string, string[]> {
  const moves = new Set(table[from] ?? []);
  if (allowed) moves.add(to);
  else moves.delete(to);
  return { ...table, [from]: WORKFLOW_STATUSES.filter((status) => moves.has(status)) };
}
