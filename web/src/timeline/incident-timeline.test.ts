import { describe, expect, it } from 'vitest';
import { termLabel } from '../vocabularies.js';
import { typeGroup } from './incident-groups.js';
import { buildTimeline, countedBins, type TimelineIncident } from './incident-timeline.js';
import type { TimelineContextEvent } from './context-markers.js';

// Bounds as the API derives them from the EDTF (src/values/uncertain-date.ts).
const day = (id: string, iso: string, types = ['air_strike']): TimelineIncident => ({
  id,
  title: id,
  types,
  date: { edtf: iso, earliest: `${iso}T00:00:00.000Z`, latest: `${iso}T23:59:59.999Z` },
});
const between = (id: string, edtf: string, first: string, last: string, types = ['air_strike']): TimelineIncident => ({
  id,
  title: id,
  types,
  date: { edtf, earliest: `${first}T00:00:00.000Z`, latest: `${last}T23:59:59.999Z` },
});
// No vocabularies at hand: terms read as their ids made readable.
const label = (vocabulary: string, id: string) => termLabel(undefined, vocabulary, id);
const options = { groupOf: (i: TimelineIncident) => typeGroup(i.types, label), maxBins: 1000 };

describe('buildTimeline', () => {
  it('counts an incident in a bar only when its whole date lies in that bin', () => {
    const midJuly = between('mid-July', '2016-07-11/2016-07-20', '2016-07-11', '2016-07-20');
    const convoy = day('convoy', '2016-09-19');
    const byDay = buildTimeline([midJuly, convoy], [], { ...options, unit: 'day' });
    expect(byDay.pinned.map((p) => p.incident.id)).toEqual(['convoy']);
    expect(byDay.spanned.map((s) => s.incident.id)).toEqual(['mid-July']);

    const byMonth = buildTimeline([midJuly, convoy], [], { ...options, unit: 'month' });
    expect(byMonth.pinned.map((p) => p.incident.id).sort()).toEqual(['convoy', 'mid-July']);
    expect(byMonth.spanned).toEqual([]);
  });

  it('draws a span across the week boundary it straddles, not in either week', () => {
    // Sunday 11 to Tuesday 20 December 2016 touches three Monday-to-Sunday weeks.
    const executions = between('executions', '2016-12-11/2016-12-20', '2016-12-11', '2016-12-20');
    const model = buildTimeline([executions], [], { ...options, unit: 'week' });
    expect(model.pinned).toEqual([]);
    const [span] = model.spanned;
    expect(model.bins[span!.firstIndex]!.key).toBe('2016-12-05');
    expect(model.bins[span!.lastIndex]!.key).toBe('2016-12-19');
    expect(model.rows.every((row) => row.total === 0)).toBe(true);
  });

  it('keeps undated incidents apart, and a whole year as a span', () => {
    const undated: TimelineIncident = { id: 'undated', title: 'undated', types: ['siege'] };
    const year = between('2016', '2016', '2016-01-01', '2016-12-31');
    const model = buildTimeline([undated, year, day('d', '2016-03-01')], [], { ...options, unit: 'week' });
    expect(model.undated.map((i) => i.id)).toEqual(['undated']);
    expect(model.spanned.map((s) => s.incident.id)).toEqual(['2016']);
    expect(model.pinned.map((p) => p.incident.id)).toEqual(['d']);
  });

  it('stacks each incident once, in the group of all its types', () => {
    const siege = day('siege', '2016-07-15', ['siege', 'denial_of_humanitarian_access']);
    const strike = day('strike', '2016-07-15', ['air_strike']);
    const model = buildTimeline([siege, strike], [], { ...options, unit: 'day' });
    const [bar] = countedBins(model);
    expect(bar!.total).toBe(2);
    expect(bar!.parts.map((p) => [p.series.label, p.incidents])).toEqual([
      ['air strike', 1],
      ['denial of humanitarian access + siege', 1],
    ]);
  });

  it('does not stretch the timeline to year 1 or 9999 for open-ended dates', () => {
    const open: TimelineIncident = { id: 'open', title: 'open', types: ['siege'], date: { edtf: '2016-07-15/..', earliest: '2016-07-15T00:00:00.000Z', latest: '9999-12-31T23:59:59.999Z' } };
    const model = buildTimeline([open, day('d', '2016-07-20')], [], { ...options, unit: 'week' });
    expect(model.bins.length).toBeLessThan(5);
    expect(model.spanned[0]).toMatchObject({ runsOnBefore: false, runsOnAfter: true });
  });

  it('pads one empty bin either side and leaves empty bins out of the table', () => {
    const model = buildTimeline([day('a', '2016-09-19'), day('b', '2016-09-21')], [], { ...options, unit: 'day' });
    expect(model.bins.map((b) => b.key)).toEqual(['2016-09-18', '2016-09-19', '2016-09-20', '2016-09-21', '2016-09-22']);
    expect(countedBins(model).map((c) => [c.bin.key, c.total])).toEqual([
      ['2016-09-19', 1],
      ['2016-09-21', 1],
    ]);
  });

  it('reports incidents left before the bins shown when there are too many bins', () => {
    const model = buildTimeline([day('early', '2016-01-01'), day('late', '2016-12-31')], [], { ...options, unit: 'day', maxBins: 10 });
    expect(model.clipped).toBe(true);
    expect(model.beforeShown.map((i) => i.id)).toEqual(['early']);
    expect(model.pinned.map((p) => p.incident.id)).toEqual(['late']);
  });

  it('places context events as lines within one bin and areas over several', () => {
    const events: TimelineContextEvent[] = [
      { id: 'talks', eventKind: 'peace_talks', title: 'Talks resume', date: { edtf: '2017-03-21/2017-03-31', earliest: '2017-03-21T00:00:00.000Z', latest: '2017-03-31T23:59:59.999Z' } },
      { id: 'veto', eventKind: 'security_council_vote', title: 'Veto', date: { edtf: '2017-02-28', earliest: '2017-02-28T00:00:00.000Z', latest: '2017-02-28T23:59:59.999Z' } },
      { id: 'far', eventKind: 'ceasefire', title: 'Later', date: { edtf: '2019-01-01', earliest: '2019-01-01T00:00:00.000Z', latest: '2019-01-01T23:59:59.999Z' } },
    ];
    const model = buildTimeline([day('a', '2017-02-20'), day('b', '2017-04-05')], events, { ...options, unit: 'week' });
    expect(model.markers.map((m) => [m.number, m.event.id, m.isLine, m.firstKey, m.lastKey])).toEqual([
      [1, 'veto', true, '2017-02-27', '2017-02-27'],
      [2, 'talks', false, '2017-03-20', '2017-03-27'],
    ]);
  });

  it('takes its extent from the context events when no incident is dated', () => {
    const events: TimelineContextEvent[] = [{ id: 'veto', eventKind: 'security_council_vote', title: 'Veto', date: { edtf: '2017-02-28', earliest: '2017-02-28T00:00:00.000Z', latest: '2017-02-28T23:59:59.999Z' } }];
    const model = buildTimeline([], events, { ...options, unit: 'month' });
    expect(model.bins.map((b) => b.key)).toEqual(['2017-01', '2017-02', '2017-03']);
    expect(model.markers).toHaveLength(1);
  });
});
