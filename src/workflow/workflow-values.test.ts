import { describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { accountNames, checkedDueDate } from './workflow-values.js';

function refusedField(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    if (isDossierError(error, 'VALIDATION_FAILED')) return error.details.field;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('workflow values', () => {
  it('takes a due date that exists on the calendar, and null to clear it', () => {
    expect(checkedDueDate('2026-03-31')).toBe('2026-03-31');
    expect(checkedDueDate('2024-02-29')).toBe('2024-02-29');
    expect(checkedDueDate(null)).toBeNull();
  });

  it('refuses a due date that does not exist or is not written YYYY-MM-DD', () => {
    for (const bad of ['2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-3-31', '31/03/2026', '2026-03-31T00:00:00Z', '', 20260331, undefined]) {
      expect(refusedField(() => checkedDueDate(bad))).toBe('dueDate');
    }
  });

  it('reads account names trimmed and lower-cased, in the order given', () => {
    expect(accountNames([' Rana ', 'ALI', 'sam.k'], 'assignees')).toEqual(['rana', 'ali', 'sam.k']);
    expect(accountNames([], 'assignees')).toEqual([]);
  });

  it('refuses a list that is not one, an empty name, or a name given twice, naming the entry', () => {
    expect(refusedField(() => accountNames('rana', 'assignees'))).toBe('assignees');
    expect(refusedField(() => accountNames(['rana', '  '], 'assignees'))).toBe('assignees[1]');
    expect(refusedField(() => accountNames(['rana', 3], 'reviewers'))).toBe('reviewers[1]');
    expect(refusedField(() => accountNames(['ali', 'rana', 'Rana '], 'assignees'))).toBe('assignees[2]');
  });
});
