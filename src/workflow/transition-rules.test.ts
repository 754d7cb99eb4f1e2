import { describe, expect, it } from 'vitest';
import { assertMayView } from './queue.js';
import { assertMoveAllowed, checkedTransitionTable, DEFAULT_TRANSITIONS, FINAL_STATUSES, isFinal, isWorkflowStatus } from './transitions.js';
import { refusalOf } from '../common/refusal.test-support.js';

function refusal(work: () => unknown): { code: string; message: string; field: unknown } {
  const { code, message, field } = refusalOf(work);
  return { code, message, field };
}

describe('workflow rules beyond the default path', () => {
  it('knows the statuses and which of them end the work', () => {
    expect(isWorkflowStatus('help_needed')).toBe(true);
    expect(isWorkflowStatus('done')).toBe(false);
    expect(isWorkflowStatus(undefined)).toBe(false);
    expect(FINAL_STATUSES.filter(isFinal)).toEqual(['completed', 'cancelled']);
    expect(isFinal('ready_for_review')).toBe(false);
  });

  it('says a cancelled incident moves nowhere, and lists where a status may go', () => {
    expect(refusal(() => assertMoveAllowed(DEFAULT_TRANSITIONS, 'cancelled', 'to_do', ['owner'])).message).toMatch(/from cancelled: nothing\)$/);
    expect(refusal(() => assertMoveAllowed(DEFAULT_TRANSITIONS, 'help_needed', 'completed', ['owner'])).message).toMatch(/from help_needed: in_progress, cancelled\)$/);
  });

  it('never lets a request acting under no role complete or reopen', () => {
    expect(refusal(() => assertMoveAllowed(DEFAULT_TRANSITIONS, 'ready_for_review', 'completed', [])).code).toBe('FORBIDDEN');
    expect(refusal(() => assertMoveAllowed(DEFAULT_TRANSITIONS, 'completed', 'in_progress', [])).code).toBe('FORBIDDEN');
    expect(() => assertMoveAllowed(DEFAULT_TRANSITIONS, 'in_progress', 'cancelled', [])).not.toThrow();
  });

  it('refuses a table listing a status twice or giving something other than a list', () => {
    const base = { to_do: ['in_progress', 'cancelled'], in_progress: ['ready_for_review', 'help_needed'], help_needed: ['in_progress'], ready_for_review: ['completed'] };
    expect(refusal(() => checkedTransitionTable({ ...base, to_do: ['in_progress', 'cancelled', 'in_progress'] })).field).toBe('transitions.to_do[2]');
    expect(refusal(() => checkedTransitionTable({ ...base, in_progress: 'ready_for_review' })).field).toBe('transitions.in_progress');
    expect(refusal(() => checkedTransitionTable(null)).field).toBe('transitions');
    // Only to_do is reachable when the table is empty: every other status is an orphan.
    expect(refusal(() => checkedTransitionTable({})).message).toBe('transitions: no path from to_do leads to in_progress, help_needed, ready_for_review, completed, cancelled');
  });

  it('keeps the review queue to reviewers and owners, also through a narrower token', () => {
    expect(() => assertMayView('review', { username: 'rana', roles: ['reviewer'] })).not.toThrow();
    expect(() => assertMayView('review', { username: 'rana', roles: ['owner', 'reviewer'] })).not.toThrow();
    expect(refusal(() => assertMayView('review', { username: 'rana', roles: ['owner', 'analyst'] }))).toMatchObject({ code: 'FORBIDDEN', field: 'view' });
    expect(refusal(() => assertMayView('review', { username: 'rana', roles: [] })).code).toBe('FORBIDDEN');
    expect(() => assertMayView('mine', { username: 'rana', roles: ['analyst'] })).not.toThrow();
  });
});
