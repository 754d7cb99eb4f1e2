import { describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { commandCoverage, subordinationDuring, unitsUnder } from './chain-of-command.js';
import type { SnapshotActor, SnapshotSuperior } from './snapshot.js';

const actor = (id: string, ...superiors: SnapshotSuperior[]): SnapshotActor => ({ id, name: id, actorKind: 'state_armed_forces', superiors });
const under = (actorId: string, first: number | null = null, last: number | null = null): SnapshotSuperior => ({ actorId, first, last });
const span = (first: number, last: number) => ({ first, last });

describe('chain of command', () => {
  it('counts the party, its units and their units transitively, when the links are undated', () => {
    const actors = [actor('army'), actor('division', under('army')), actor('brigade', under('division')), actor('militia')];
    expect(unitsUnder(actors, 'army', span(10, 20))).toEqual({ partyId: 'army', certain: ['army', 'brigade', 'division'], possible: [] });
    expect(unitsUnder(actors, 'division', span(10, 20)).certain).toEqual(['brigade', 'division']);
  });

  it('counts a unit under its superior only while the link holds', () => {
    // The brigade served under division A on days 100–199 and under division B from day 200.
    const actors = [actor('A'), actor('B'), actor('brigade', under('A', 100, 199), under('B', 200))];
    expect(unitsUnder(actors, 'A', span(150, 150)).certain).toContain('brigade');
    expect(unitsUnder(actors, 'B', span(150, 150))).toEqual({ partyId: 'B', certain: ['B'], possible: [] });
    expect(unitsUnder(actors, 'A', span(250, 250))).toEqual({ partyId: 'A', certain: ['A'], possible: [] });
    expect(unitsUnder(actors, 'B', span(250, 250)).certain).toContain('brigade');
    expect(unitsUnder(actors, 'A', span(50, 99)).certain).not.toContain('brigade');
  });

  it('counts an actor under the party for part of an uncertain date only as possibly under it', () => {
    const actors = [actor('A'), actor('B'), actor('brigade', under('A', 100, 199), under('B', 200))];
    expect(unitsUnder(actors, 'A', span(190, 210))).toEqual({ partyId: 'A', certain: ['A'], possible: ['brigade'] });
    expect(unitsUnder(actors, 'B', span(190, 210))).toEqual({ partyId: 'B', certain: ['B'], possible: ['brigade'] });
  });

  it('counts a unit moved between two units of the same party as under the party throughout', () => {
    const actors = [actor('army'), actor('div1', under('army')), actor('div2', under('army')), actor('brigade', under('div1', null, 199), under('div2', 200))];
    expect(unitsUnder(actors, 'army', span(150, 250)).certain).toContain('brigade');
    expect(unitsUnder(actors, 'div1', span(150, 250)).possible).toEqual(['brigade']);
  });

  it('follows a posting of a person to a unit, for the posting’s days and the unit’s', () => {
    // The officer was posted to the brigade on days 100–300; the brigade was under the army until day 250.
    const actors = [actor('army'), actor('brigade', under('army', null, 250)), actor('officer', under('brigade', 100, 300))];
    expect(unitsUnder(actors, 'army', span(120, 130)).certain).toEqual(['army', 'brigade', 'officer']);
    expect(unitsUnder(actors, 'army', span(260, 270)).certain).toEqual(['army']);
    expect(unitsUnder(actors, 'brigade', span(260, 270)).certain).toEqual(['brigade', 'officer']);
    expect(unitsUnder(actors, 'army', span(240, 260)).possible).toEqual(['brigade', 'officer']);
    expect(unitsUnder(actors, 'army', span(50, 60)).certain).toEqual(['army', 'brigade']);
  });

  it('ends on a cycle in the chain and still finds the units below it', () => {
    const actors = [actor('A', under('B')), actor('B', under('A')), actor('C', under('B', 10, 20)), actor('D', under('D')), actor('E', under('C'), under('E'))];
    expect(unitsUnder(actors, 'A', span(15, 15))).toEqual({ partyId: 'A', certain: ['A', 'B', 'C', 'E'], possible: [] });
    expect(unitsUnder(actors, 'A', span(15, 25))).toEqual({ partyId: 'A', certain: ['A', 'B'], possible: ['C', 'E'] });
    expect(unitsUnder(actors, 'D', span(15, 15))).toEqual({ partyId: 'D', certain: ['D'], possible: [] });
  });

  it('treats an undated incident as certainly under the party only through undated links', () => {
    const actors = [actor('army'), actor('division', under('army')), actor('brigade', under('army', 100))];
    const coverage = commandCoverage(actors, 'army');
    expect(subordinationDuring(coverage, 'division', null)).toBe('certain');
    expect(subordinationDuring(coverage, 'brigade', null)).toBe('possible');
    expect(subordinationDuring(coverage, 'stranger', null)).toBeNull();
  });

  it('answers NOT_FOUND for a party that is not in the case', () => {
    let thrown: unknown;
    try {
      unitsUnder([actor('army')], 'navy', span(1, 2));
    } catch (error) {
      thrown = error;
    }
    expect(isDossierError(thrown, 'NOT_FOUND')).toBe(true);
    expect((thrown as Error).message).toContain('navy');
  });
});
