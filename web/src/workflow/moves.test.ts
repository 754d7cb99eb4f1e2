import { describe, expect, it } from 'vitest';
import { fullTable, movesFor, withMove } from './moves.js';

const table = {
  to_do: ['in_progress', 'cancelled'],
  in_progress: ['help_needed', 'ready_for_review', 'to_do', 'cancelled'],
  ready_for_review: ['completed', 'in_progress', 'cancelled'],
  completed: ['in_progress'],
};

const DEFAULT = table;

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

describe('the transition table as the editor ticks it', () => {
  it('lists every status in the workflow’s order, a status left out moving nowhere', () => {
    expect(fullTable({ to_do: ['cancelled', 'in_progress'] })).toEqual({ to_do: ['in_progress', 'cancelled'], in_progress: [], help_needed: [], ready_for_review: [], completed: [], cancelled: [] });
  });
  it('ticks and unticks one move, keeping the order and the other statuses', () => {
    const table = fullTable(DEFAULT);
    expect(withMove(table, 'to_do', 'help_needed', true).to_do).toEqual(['in_progress', 'help_needed', 'cancelled']);
    expect(withMove(table, 'to_do', 'in_progress', false).to_do).toEqual(['cancelled']);
    expect(withMove(table, 'to_do', 'in_progress', false).in_progress).toEqual(table.in_progress);
  });
});
