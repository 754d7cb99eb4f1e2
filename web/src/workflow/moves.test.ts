import { describe, expect, it } from 'vitest';
import { movesFor } from './moves.js';

const table = {
  to_do: ['in_progress', 'cancelled'],
  in_progress: ['help_needed', 'ready_for_review', 'to_do', 'cancelled'],
  ready_for_review: ['completed', 'in_progress', 'cancelled'],
  completed: ['in_progress'],
};

describe('moves offered on an incident', () => {
  it('follows the table for a working role', () => {
    expect(movesFor(table, 'in_progress', 'analyst')).toEqual(['help_needed', 'ready_for_review', 'to_do', 'cancelled']);
  });
  it('offers completing only to reviewers and owners', () => {
    expect(movesFor(table, 'ready_for_review', 'analyst')).toEqual(['in_progress', 'cancelled']);
    expect(movesFor(table, 'ready_for_review', 'reviewer')).toEqual(['completed', 'in_progress', 'cancelled']);
  });
  it('offers reopening only to owners', () => {
    expect(movesFor(table, 'completed', 'reviewer')).toEqual([]);
    expect(movesFor(table, 'completed', 'owner')).toEqual(['in_progress']);
  });
  it('offers nothing to a role that reads only, or to a status the table leaves out', () => {
    expect(movesFor(table, 'to_do', 'external_counsel')).toEqual([]);
    expect(movesFor(table, 'to_do', undefined)).toEqual([]);
    expect(movesFor(table, 'cancelled', 'owner')).toEqual([]);
  });
});
