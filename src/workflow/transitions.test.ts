import { describe, expect, it } from 'vitest';
import { assertMoveAllowed, checkedTransitionTable, DEFAULT_TRANSITIONS } from './transitions.js';
import { refusalOf } from '../common/refusal.test-support.js';

function refusal(work: () => unknown): { code: string; field: unknown } {
  const { code, field } = refusalOf(work);
  return { code, field };
}

describe('workflow transitions', () => {
  it('lets anyone with the permission move along the default path, and refuses a skipped step as a conflict on status', () => {
    expect(() => assertMoveAllowed(DEFAULT_TRANSITIONS, 'to_do', 'in_progress', ['analyst'])).not.toThrow();
    expect(refusal(() => assertMoveAllowed(DEFAULT_TRANSITIONS, 'to_do', 'completed', ['owner']))).toEqual({ code: 'CONFLICT', field: 'status' });
  });

  it('keeps completing to reviewers and owners, and reopening to owners, also through a narrower token', () => {
    expect(refusal(() => assertMoveAllowed(DEFAULT_TRANSITIONS, 'ready_for_review', 'completed', ['analyst']))).toEqual({ code: 'FORBIDDEN', field: 'status' });
    expect(() => assertMoveAllowed(DEFAULT_TRANSITIONS, 'ready_for_review', 'completed', ['reviewer'])).not.toThrow();
    expect(refusal(() => assertMoveAllowed(DEFAULT_TRANSITIONS, 'completed', 'in_progress', ['reviewer']))).toEqual({ code: 'FORBIDDEN', field: 'status' });
    expect(refusal(() => assertMoveAllowed(DEFAULT_TRANSITIONS, 'completed', 'in_progress', ['owner', 'analyst']))).toEqual({ code: 'FORBIDDEN', field: 'status' });
    expect(() => assertMoveAllowed(DEFAULT_TRANSITIONS, 'completed', 'in_progress', ['owner'])).not.toThrow();
  });

  it('checks a case’s own table: known statuses, no loops onto itself, no status out of reach', () => {
    const short = { to_do: ['in_progress', 'cancelled'], in_progress: ['ready_for_review', 'help_needed'], help_needed: ['in_progress'], ready_for_review: ['completed'] };
    expect(checkedTransitionTable(short)).toMatchObject({ ...short, completed: [], cancelled: [] });
    expect(refusal(() => checkedTransitionTable({ ...short, archived: [] }))).toEqual({ code: 'VALIDATION_FAILED', field: 'transitions.archived' });
    expect(refusal(() => checkedTransitionTable({ ...short, to_do: ['in_progress', 'done'] }))).toEqual({ code: 'VALIDATION_FAILED', field: 'transitions.to_do[1]' });
    expect(refusal(() => checkedTransitionTable({ ...short, help_needed: ['help_needed'] }))).toEqual({ code: 'VALIDATION_FAILED', field: 'transitions.help_needed[0]' });
    expect(refusal(() => checkedTransitionTable({ ...short, in_progress: ['ready_for_review'] }))).toEqual({ code: 'VALIDATION_FAILED', field: 'transitions' });
    expect(refusal(() => checkedTransitionTable([]))).toEqual({ code: 'VALIDATION_FAILED', field: 'transitions' });
  });
});
