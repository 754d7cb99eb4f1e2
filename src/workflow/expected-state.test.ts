import { describe, expect, it } from 'vitest';
import { assertAsExpected, checkedExpectation } from './expected-state.js';
import { refusalOf } from '../common/refusal.test-support.js';

function refusal(work: () => unknown): { code: string; message: string; details: Record<string, unknown> } {
  const { code, message, details } = refusalOf(work);
  return { code, message, details };
}

describe('what the sender of a workflow change expected', () => {
  it('takes no expectation as none, and folds the assignees it names as account names are folded', () => {
    expect(checkedExpectation(undefined)).toBeUndefined();
    expect(checkedExpectation({})).toEqual({});
    expect(checkedExpectation({ status: 'in_progress', assignees: [' Rana ', 'ali'] })).toEqual({ status: 'in_progress', assignees: ['ali', 'rana'] });
    expect(checkedExpectation({ assignees: [] })).toEqual({ assignees: [] });
  });

  it('refuses an expectation of the wrong shape, naming the part at fault', () => {
    expect(refusal(() => checkedExpectation(null)).details.field).toBe('expected');
    expect(refusal(() => checkedExpectation(['in_progress'])).details.field).toBe('expected');
    expect(refusal(() => checkedExpectation('in_progress')).details.field).toBe('expected');
    expect(refusal(() => checkedExpectation({ status: 'done' })).details).toMatchObject({ field: 'expected.status', value: 'done' });
    expect(refusal(() => checkedExpectation({ assignees: 'rana' })).details.field).toBe('expected.assignees');
    expect(refusal(() => checkedExpectation({ assignees: ['rana', 7] })).code).toBe('VALIDATION_FAILED');
  });

  it('lets a change through when the incident is as its sender saw it, or when nothing was expected', () => {
    const current = { id: 'inc_1', status: 'in_progress' as const, assignees: ['ali', 'rana'] };
    expect(() => assertAsExpected(current, undefined)).not.toThrow();
    expect(() => assertAsExpected(current, {})).not.toThrow();
    expect(() => assertAsExpected(current, checkedExpectation({ status: 'in_progress', assignees: ['Rana', 'ali'] }))).not.toThrow();
  });

  it('refuses a claim on an incident someone took since, naming who holds it now and its status', () => {
    const current = { id: 'inc_1', status: 'in_progress' as const, assignees: ['ali'] };
    const refused = refusal(() => assertAsExpected(current, { status: 'to_do', assignees: [] }));
    // Both moved: the assignees are named first, as they say more.
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe('assignees: inc_1 was taken by ali since you loaded it (it is now in_progress): reload it before changing it');
    expect(refused.details).toMatchObject({ field: 'assignees', incidentId: 'inc_1', currentStatus: 'in_progress', currentAssignees: ['ali'] });
    expect((refused.details.wording as { code: string }).code).toBe('workflow.takenSince');
  });

  it('says an incident was released when its assignees were all removed', () => {
    const refused = refusal(() => assertAsExpected({ id: 'inc_2', status: 'to_do', assignees: [] }, { assignees: ['rana'] }));
    expect(refused.message).toBe('assignees: inc_2 has had its assignees removed since you loaded it (it is now to_do): reload it before changing it');
    expect((refused.details.wording as { code: string }).code).toBe('workflow.releasedSince');
  });

  it('refuses on status alone when only the status moved, naming an evidence item by its own field', () => {
    const current = { id: 'ev_9', status: 'completed' as const, assignees: ['rana'] };
    const refused = refusal(() => assertAsExpected(current, { status: 'ready_for_review', assignees: ['rana'] }, 'evidenceId'));
    expect(refused.message).toBe('status: ev_9 moved to completed since you loaded it: reload it before changing it');
    expect(refused.details).toMatchObject({ field: 'status', evidenceId: 'ev_9' });
    expect(refused.details).not.toHaveProperty('incidentId');
  });
});
