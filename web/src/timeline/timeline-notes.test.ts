import { describe, expect, it } from 'vitest';
import { termLabel } from '../vocabularies.js';
import { typeGroup } from './incident-groups.js';
import { buildTimeline, type TimelineIncident } from './incident-timeline.js';
import { timelineNotes } from './timeline-notes.js';

const incident = (id: string, earliest: string, latest: string): TimelineIncident => ({
  id,
  title: id,
  types: ['air_strike'],
  date: { edtf: 'x', earliest: `${earliest}T00:00:00.000Z`, latest: `${latest}T23:59:59.999Z` },
});

const label = (vocabulary: string, id: string) => termLabel(undefined, vocabulary, id);

describe('timeline notes', () => {
  it('says how many incidents the bars leave out, and why', () => {
    const model = buildTimeline(
      [incident('convoy', '2016-09-19', '2016-09-19'), incident('siege', '2016-07-11', '2016-12-31'), { id: 'undated', title: 'undated', types: ['siege'] }],
      [],
      { unit: 'week', groupOf: (i) => typeGroup(i.types, label), maxBins: 100 },
    );
    expect(timelineNotes(model, { incidentsCapped: true })).toEqual([
      '1 incident dated within a single week, counted in the bars.',
      '1 incident with dates too uncertain for a single week, not counted in any bar: drawn as spans over every week it could fall in.',
      '1 incident without a date, not shown.',
      'The case has more incidents than the timeline fetches (10,000): narrow the filters to see them all.',
    ]);
  });

  it('says when the earliest bins were dropped, and what they held', () => {
    const model = buildTimeline([incident('early', '2016-01-01', '2016-01-01'), incident('late', '2016-12-31', '2016-12-31')], [], {
      unit: 'day',
      groupOf: (i) => typeGroup(i.types, label),
      maxBins: 10,
    });
    expect(timelineNotes(model).at(-1)).toBe('Too many days to draw: only the last 10 are shown, and 1 incident dated wholly before them is left out. Choose a longer period to see all.');
  });
});
