import { describe, expect, it } from 'vitest';
import { VICTIM_FIGURES, type VictimFigure } from '../incidents/victim-group-kind.js';
import { sumCounts, type CountTotal } from '../values/count-sum.js';
import { pattern } from './pattern.js';
import { incidentAnchor, patternHtml, patternMarkdown } from './pattern-text.js';
import { dayOf, type AnalysisSnapshot, type SnapshotIncident } from './snapshot.js';

const HOSTILE = '<script>alert("x")</script> & | *bold* [link](http://evil)';

function incident(id: string, title: string, iso: string | null, killed: number | null): SnapshotIncident {
  const victims = Object.fromEntries(VICTIM_FIGURES.map((figure) => [figure, sumCounts([])])) as Record<VictimFigure, CountTotal>;
  if (killed !== null) victims.killed = sumCounts([{ qualifier: 'exact', min: killed, best: killed, max: killed }]);
  return {
    id,
    title,
    grade: 'corroborated',
    days: iso === null ? null : { first: dayOf(`${iso}T00:00:00Z`), last: dayOf(`${iso}T00:00:00Z`) },
    place: { admin1: 'SY02', admin2: null, admin3: null, community: 'C1', area: null, lat: null, lon: null },
    types: ['air_strike'],
    means: ['barrel_bomb'],
    targets: ['hospital'],
    involvements: [{ actorIds: ['act_a'], eitherOr: false, factualRole: 'carried_out', attributionStatus: 'alleged_by_source', standardReached: 'reasonable_grounds_to_believe' }],
    victims,
  };
}

const snapshot: AnalysisSnapshot = {
  caseId: 'aleppo-2016',
  incidents: [incident('inc_1', HOSTILE, '2016-01-01', 4), incident('inc_2', 'Strike on the clinic', '2016-01-20', null), incident('inc_3', 'Undated shelling', null, 2)],
  actors: [{ id: 'act_a', name: 'Air <b>Force</b>', actorKind: 'state_armed_force', superiors: [] }],
  contextEvents: [],
  placeNames: { C1: 'Daraya', SY02: 'Rural Damascus' },
  ledger: { size: 11, root: 'ef'.repeat(32) },
};
const result = pattern(snapshot, { filters: { text: '<img src=x onerror=alert(1)>' } });

describe('pattern of conduct as HTML', () => {
  const html = patternHtml(result);

  it('escapes every text from the case and carries no script or event handler', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; | *bold*');
    expect(html).toContain('Air &lt;b&gt;Force&lt;/b&gt;');
  });

  it('links each figure to its incidents, and every link to a row of the appendix', () => {
    expect(html).toContain('<th scope="row">Air strike · Barrel bomb · Hospital</th><td>3 incidents</td><td class="ids"><a href="#incident-inc_1">inc_1</a>, <a href="#incident-inc_2">inc_2</a>, <a href="#incident-inc_3">inc_3</a></td>');
    expect(html).toContain('<th scope="row">Killed</th><td>6</td><td class="ids"><a href="#incident-inc_1">inc_1</a>, <a href="#incident-inc_3">inc_3</a></td>');
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    const anchors = new Set([...html.matchAll(/<tr id="([^"]+)"/g)].map((match) => match[1]));
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) expect(anchors).toContain(target);
    expect(anchors.size).toBe(3);
  });

  it('is one self-contained document with its ledger point and method', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|base)\b|url\(|@import/i);
    expect(html).toContain(`root ${'ef'.repeat(32)}`);
    expect(html).toContain('version 1');
  });

  it('gives the same bytes when rendered again', () => {
    expect(patternHtml(pattern(structuredClone(snapshot), { filters: { text: '<img src=x onerror=alert(1)>' } }))).toBe(html);
  });
});

describe('pattern of conduct as Markdown', () => {
  const markdown = patternMarkdown(result);

  it('shows titles as written, not as markup', () => {
    expect(markdown).toContain('\\<script\\>alert("x")\\</script\\> \\& \\| \\*bold\\* \\[link\\](http://evil)');
    expect(markdown).not.toMatch(/(^|[^\\])<script/);
    const row = markdown.split('\n').find((line) => line.includes('inc\\_1 |'))!;
    expect(row.match(/(^|[^\\])\|/g)).toHaveLength(6);
  });

  it('links each figure to its incidents in the appendix', () => {
    expect(markdown).toContain('| Air strike · Barrel bomb · Hospital | 3 incidents | [inc\\_1](#incident-inc_1), [inc\\_2](#incident-inc_2), [inc\\_3](#incident-inc_3) |');
    expect(markdown).toContain('<a id="incident-inc_3"></a>');
    expect(markdown).toContain('| Without a date | 1 incident | [inc\\_3](#incident-inc_3) |');
  });

  it('gives the same bytes when rendered again', () => {
    expect(patternMarkdown(pattern(structuredClone(snapshot), { filters: { text: '<img src=x onerror=alert(1)>' } }))).toBe(markdown);
  });
});

describe('incident anchors', () => {
  it('keeps plain ids as they are and encodes any other character', () => {
    expect(incidentAnchor('inc_01hx')).toBe('incident-inc_01hx');
    expect(incidentAnchor('a"b c')).toBe('incident-a.22.b.20.c');
  });
});
