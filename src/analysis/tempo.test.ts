import { describe, expect, it } from 'vitest';
import { analysisJson } from './analysis-json.js';
import type { SnapshotIncident } from './snapshot.js';
import { tempo } from './tempo.js';
import type { TempoWindow } from './tempo-result.js';
import { addDays, contextEvent, day, incident, snapshotOf, thrown } from './test-snapshot.js';

/** A small seeded generator (mulberry32), so planted data are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson draw by Knuth's multiplication method (fine for small rates). */
function poisson(rate: number, random: () => number): number {
  const limit = Math.exp(-rate);
  let count = 0;
  for (let product = random(); product > limit; product *= random()) count += 1;
  return count;
}

const TALKS = ['2024-03-01', '2024-07-01', '2024-11-01'];
const WINDOW = 30;

/** One-day incidents through 2024 at `rateOn(date)` a day, and the three rounds of talks. */
function plant(rateOn: (date: string) => number, seed: number) {
  const random = seeded(seed);
  const incidents: SnapshotIncident[] = [];
  for (let date = '2024-01-01'; date <= '2024-12-31'; date = addDays(date, 1)) {
    const count = date === '2024-01-01' || date === '2024-12-31' ? 1 : poisson(rateOn(date), random);
    for (let n = 0; n < count; n++) incidents.push(incident(`inc_${date}_${n}`, { first: date }));
  }
  const contextEvents = TALKS.map((date, index) => contextEvent(`evt_talks_${index + 1}`, { first: date }, { title: `Round ${index + 1}`, eventKind: 'talks' }));
  return snapshotOf({ incidents, contextEvents });
}

/** Where `date` lies against the nearest round of talks: in the window before, after, or neither. */
function sideOf(date: string): 'before' | 'after' | null {
  for (const talks of TALKS) {
    const offset = day(date) - day(talks);
    if (offset >= -WINDOW && offset < 0) return 'before';
    if (offset >= 0 && offset < WINDOW) return 'after';
  }
  return null;
}

/** The planted incidents on each side of `talks`, counted from their ids, apart from the code under test. */
function plantedAround(incidents: SnapshotIncident[], talks: string) {
  const offsets = incidents.map((one) => day(one.id.slice(4, 14)) - day(talks));
  return { before: offsets.filter((o) => o >= -WINDOW && o < 0).length, after: offsets.filter((o) => o >= 0 && o < WINDOW).length };
}

describe('tempo around events', () => {
  // The rate drops to 0.4 a day in the 30 days before each round of talks and rises to 1.2 after: a ratio of 3.
  const rates = { before: 0.4, after: 1.2 };
  const dropThenRise = plant((date) => {
    const side = sideOf(date);
    return side ? rates[side] : 1;
  }, 2024);

  it('recovers a rate that drops before each of three events and rises after', () => {
    const result = tempo(dropThenRise, { bin: 'week', around: { eventKind: 'talks' } });
    expect(result.windows!.map((window) => window.anchor)).toEqual(TALKS.map((date, index) => ({ eventId: `evt_talks_${index + 1}`, title: `Round ${index + 1}`, date })));
    for (const window of result.windows!) {
      const planted = plantedAround(dropThenRise.incidents, window.anchor.date);
      expect([window.before.certain, window.after.certain]).toEqual([planted.before, planted.after]);
      expect(window.rateRatio!.estimate).toBeGreaterThan(1);
    }
    const combined = result.combined as Extract<typeof result.combined, { before: unknown }>;
    const before = result.windows!.reduce((sum, window) => sum + window.before.certain, 0);
    const after = result.windows!.reduce((sum, window) => sum + window.after.certain, 0);
    expect(combined.before).toMatchObject({ days: 90, certain: before });
    expect(combined.after).toMatchObject({ days: 90, certain: after });
    expect(combined.rateRatio!.estimate).toBeCloseTo(after / before, 3);
    expect(combined.rateRatio!.low).toBeGreaterThan(1);
    expect(combined.rateRatio!.low).toBeLessThan(3);
    expect(combined.rateRatio!.high).toBeGreaterThan(3);
    // One-day dates: the possible counts are the certain ones.
    expect(combined.rateRatioPossible).toEqual(combined.rateRatio);
  });

  it('gives an interval spanning 1 when the rate does not change around the events', () => {
    const steady = plant(() => 1, 7);
    const combined = tempo(steady, { bin: 'month', around: { eventKind: 'talks' } }).combined as { rateRatio: { low: number; high: number } };
    expect(combined.rateRatio.low).toBeLessThan(1);
    expect(combined.rateRatio.high).toBeGreaterThan(1);
  });

  it('anchors an event on its first day and counts that day as after', () => {
    const snapshot = snapshotOf({
      incidents: [incident('inc_early', { first: '2024-01-01' }), incident('inc_eve', { first: '2024-02-29' }), incident('inc_day', { first: '2024-03-01' }), incident('inc_late', { first: '2024-06-30' })],
      contextEvents: [contextEvent('evt_siege', { first: '2024-03-01', last: '2024-03-20' }, { eventKind: 'siege' })],
    });
    const [window] = tempo(snapshot, { bin: 'month', around: { eventIds: ['evt_siege'] } }).windows!;
    expect(window!.anchor.date).toBe('2024-03-01');
    expect(window!.before).toMatchObject({ start: '2024-01-31', end: '2024-02-29', days: 30, certainIds: ['inc_eve'] });
    expect(window!.after).toMatchObject({ start: '2024-03-01', end: '2024-03-30', days: 30, certainIds: ['inc_day'] });
  });

  it('counts an incident dated across the anchor as possible on both sides and certain on neither', () => {
    const straddling = [incident('inc_straddle', { first: '2024-02-25', last: '2024-03-05' }), incident('inc_early', { first: '2024-01-01' }), incident('inc_late', { first: '2024-06-30' })];
    const [window] = tempo(snapshotOf({ incidents: straddling }), { bin: 'month', around: { dates: ['2024-03-01'] } }).windows!;
    expect(window!.anchor).toEqual({ date: '2024-03-01' });
    for (const side of [window!.before, window!.after]) expect(side).toMatchObject({ certain: 0, possible: 1, possibleIds: ['inc_straddle'] });
  });

  it('says there are too few incidents instead of giving a ratio', () => {
    const few = [incident('inc_a', { first: '2024-01-01' }), incident('inc_b', { first: '2024-02-20' }), incident('inc_c', { first: '2024-03-05' }), incident('inc_d', { first: '2024-06-30' })];
    const [window] = tempo(snapshotOf({ incidents: few }), { bin: 'month', around: { dates: ['2024-03-01'] } }).windows!;
    expect(window!.rateRatio).toBeNull();
    expect(window!.tooFew).toMatch(/too few incidents to say: 2 certainly dated .* fewer than the 5 needed/);
    const noneBefore = [incident('inc_a', { first: '2024-01-01' }), ...[1, 2, 3, 4, 5, 6].map((n) => incident(`inc_after_${n}`, { first: `2024-03-0${n}` })), incident('inc_z', { first: '2024-06-30' })];
    const [empty] = tempo(snapshotOf({ incidents: noneBefore }), { bin: 'month', around: { dates: ['2024-03-01'] } }).windows!;
    expect(empty!.rateRatio).toBeNull();
    expect(empty!.tooFew).toMatch(/no incident certainly dated in the 30 days before/);
    expect(analysisJson(tempo(snapshotOf({ incidents: noneBefore }), { bin: 'month', around: { dates: ['2024-03-01'] } }))).not.toMatch(/NaN|Infinity/);
  });

  it('does not superpose overlapping windows, and says which and what window would separate them', () => {
    const result = tempo(dropThenRise, { bin: 'month', around: { eventIds: ['evt_talks_1'], dates: ['2024-03-21'] }, windowDays: 30 });
    expect(result.windows).toHaveLength(2);
    expect(result.combined).toEqual({ anchors: [result.windows![0]!.anchor, result.windows![1]!.anchor], notCombined: expect.stringMatching(/evt_talks_1 .*and date 2024-03-21 overlap \(20 days apart.*at most 10/) });
    expect(tempo(dropThenRise, { bin: 'month', around: { eventIds: ['evt_talks_1'], dates: ['2024-03-21'] }, windowDays: 10 }).combined).toHaveProperty('rateRatio');
  });

  it('superposes anchors on the same day once', () => {
    const result = tempo(dropThenRise, { bin: 'month', around: { eventIds: ['evt_talks_2'], dates: ['2024-07-01'] } });
    const [date, event] = result.windows as [TempoWindow, TempoWindow];
    expect(date.anchor).toEqual({ date: '2024-07-01' });
    expect(event.anchor.eventId).toBe('evt_talks_2');
    expect(result.combined).toMatchObject({ before: { days: 30, certainIds: event.before.certainIds }, after: { days: 30, certainIds: event.after.certainIds } });
  });

  it('counts an incident possible in several windows on one side once in the combined figure', () => {
    const incidents = [incident('inc_first', { first: '2024-01-01' }), incident('inc_long', { first: '2024-02-20', last: '2024-04-10' }), incident('inc_last', { first: '2024-06-30' })];
    const result = tempo(snapshotOf({ incidents }), { bin: 'month', around: { dates: ['2024-03-01', '2024-05-01'] } });
    expect(result.windows!.map((window) => window.before.possibleIds)).toEqual([['inc_long'], ['inc_long']]);
    expect(result.combined).toMatchObject({ before: { days: 60, certain: 0, possible: 1, possibleIds: ['inc_long'] }, after: { possible: 1 } });
  });

  it('gives byte-identical JSON for the same snapshot and parameters', () => {
    const params = { bin: 'week' as const, around: { eventKind: 'talks' }, windowDays: 30, minGrade: 'single_source', filters: { type: ['shelling'] } };
    const once = analysisJson(tempo(dropThenRise, params));
    expect(analysisJson(tempo(structuredClone(dropThenRise), params))).toBe(once);
    const reordered = { ...dropThenRise, contextEvents: [...dropThenRise.contextEvents].reverse() };
    expect(analysisJson(tempo(reordered, params))).toBe(once);
    expect(JSON.parse(once)).toMatchObject({ analysis: 'tempo', parameters: params, ledger: { size: 7 }, method: { name: 'tempo', version: '1' } });
  });
});

describe('tempo refuses bad input in words', () => {
  const snapshot = snapshotOf({
    incidents: [incident('inc_a', { first: '2024-01-01' }), incident('inc_b', { first: '2024-04-01' }), incident('inc_undated', null)],
    contextEvents: [contextEvent('evt_talks', { first: '2024-02-15' }), contextEvent('evt_vote', { first: '2024-01-20' }, { eventKind: 'vote' })],
  });

  it('names an unknown event', () => {
    const error = thrown(() => tempo(snapshot, { bin: 'month', around: { eventIds: ['evt_talks', 'evt_nowhere'] } }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('"evt_nowhere"');
    expect(error.details).toMatchObject({ field: 'around.eventIds', value: 'evt_nowhere' });
  });

  it('says when no event is of the kind asked for, and which kinds there are', () => {
    const error = thrown(() => tempo(snapshot, { bin: 'month', around: { eventKind: 'ceasefire' } }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.field).toBe('around.eventKind');
    expect(error.message).toMatch(/no dated context event of kind "ceasefire"; its dated events are of kind talks, vote/);
  });

  it('refuses a window that runs past the data, naming the anchor and the widest window that fits', () => {
    const error = thrown(() => tempo(snapshot, { bin: 'month', around: { eventKind: 'vote' } }));
    expect(error.details.field).toBe('windowDays');
    // The vote is 19 days after the first incident (2024-01-01).
    expect(error.message).toMatch(/runs past the data \(the included incidents are dated 2024-01-01 to 2024-04-01\): event evt_vote .*needs 2023-12-21 to 2024-02-18; use windowDays of at most 19/);
    expect(tempo(snapshot, { bin: 'month', around: { eventKind: 'vote' }, windowDays: 19 }).windows).toHaveLength(1);
    const outside = thrown(() => tempo(snapshot, { bin: 'month', around: { dates: ['2024-05-01'] } }));
    expect(outside.details.field).toBe('around');
    expect(outside.message).toMatch(/date 2024-05-01: no window fits around it/);
  });

  it('refuses an empty selection, saying why it is empty', () => {
    const confirmedUndated = { ...snapshot, incidents: snapshot.incidents.map((one) => (one.days ? one : { ...one, grade: 'confirmed' })) };
    const error = thrown(() => tempo(confirmedUndated, { bin: 'month', minGrade: 'confirmed' }));
    expect(error.details.field).toBe('selection');
    expect(error.message).toMatch(/all 3 selected incidents were left out \(2 below grade, 1 no date\)/);
    expect(thrown(() => tempo(snapshotOf({}), { bin: 'month' })).message).toMatch(/the filters select no incident/);
  });

  it('names a wrong bin, window, date or an empty around', () => {
    expect(thrown(() => tempo(snapshot, { bin: 'year' as 'month' })).details.field).toBe('bin');
    expect(thrown(() => tempo(snapshot, { bin: 'month', windowDays: 0 })).details.field).toBe('windowDays');
    expect(thrown(() => tempo(snapshot, { bin: 'month', windowDays: 2.5 })).details.field).toBe('windowDays');
    expect(thrown(() => tempo(snapshot, { bin: 'month', around: { dates: ['2024-02-30'] } })).details.field).toBe('around.dates');
    expect(thrown(() => tempo(snapshot, { bin: 'month', around: {} })).details.field).toBe('around');
  });

  it('leaves out undated incidents and says so', () => {
    const result = tempo(snapshot, { bin: 'month' });
    expect(result.selection).toEqual({ selected: 3, included: 2, excluded: [{ reason: 'no_date', count: 1, incidentIds: ['inc_undated'] }] });
    expect(result.windows).toBeUndefined();
  });
});
