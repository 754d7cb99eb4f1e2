/**
 * What a stacked bar is split by. Each incident falls in exactly one group, so the segments of a bar add up
 * to the incidents in it: an incident of two types is one "siege + denial of humanitarian access" incident,
 * and "Syrian or Russian aircraft" stays one either-or attribution, never one incident counted twice.
 */
import { activeIntl, translate } from '../i18n/active-locale.js';
import { timelineMessages as m } from './timeline.messages.js';

export type GroupBy = 'type' | 'party';

export interface IncidentGroup {
  key: string;
  label: string;
}

/** Named in the language shown when asked for, so the words follow the reader's language. */
export const noPartyGroup = (): IncidentGroup => ({ key: 'party:none', label: translate(m.noParty) });
const otherGroup = (): IncidentGroup => ({ key: 'other', label: translate(m.otherGroups) });

/** A vocabulary term in words, e.g. `(vocabulary, id) => termLabel(vocabularies, vocabulary, id)`: passed in, so this module fetches nothing. */
export type TermLabel = (vocabulary: string, id: string) => string;

/** The group of an incident's whole set of types, keyed by the term ids and labelled as the list labels them. */
export function typeGroup(types: readonly string[], label: TermLabel): IncidentGroup {
  const sorted = [...new Set(types)].sort();
  if (sorted.length === 0) return { key: 'type:none', label: translate(m.noType) };
  return { key: `type:${sorted.join('+')}`, label: sorted.map((id) => label('incident_types', id)).join(' + ') };
}

/** An involvement as the API lists it: the actors named in it, either-or or together, and its incident. */
export interface InvolvementLink {
  incidentId: string;
  actorIds: string[];
  eitherOr?: boolean;
}

/**
 * Each incident's parties: every involvement's actors, an either-or involvement as one "A or B" phrase; the
 * distinct phrases, sorted, make the group. Roles and attribution status are not weighed here: the group
 * says who is named, the incident file says how firmly.
 */
export function partyGroups(involvements: readonly InvolvementLink[], actorNames: ReadonlyMap<string, string>): Map<string, IncidentGroup> {
  // Keyed by the names alone, so a group is the same whatever language its "or" is said in.
  const phrasesByIncident = new Map<string, Map<string, string>>();
  const name = (id: string) => actorNames.get(id) ?? id;
  const either = (names: string[]) => activeIntl().formatList(names, { type: 'disjunction' });
  for (const involvement of involvements) {
    const phrases = phrasesByIncident.get(involvement.incidentId) ?? new Map<string, string>();
    if (involvement.eitherOr) {
      const names = involvement.actorIds.map(name).sort();
      phrases.set(names.join(' | '), either(names));
    } else for (const id of involvement.actorIds) phrases.set(name(id), name(id));
    phrasesByIncident.set(involvement.incidentId, phrases);
  }
  const groups = new Map<string, IncidentGroup>();
  for (const [incidentId, phrases] of phrasesByIncident) {
    const keys = [...phrases.keys()].sort();
    groups.set(incidentId, { key: `party:${keys.join('; ')}`, label: keys.map((key) => phrases.get(key)!).join(translate(m.listSeparator)) });
  }
  return groups;
}

/** A group shown in the chart, with its series key (recharts reads dotted keys as paths) and colour. */
export interface ChartSeries extends IncidentGroup {
  seriesKey: string;
  colour: string;
  incidents: number;
}

// Okabe and Ito's palette, told apart with most colour-vision deficiencies; the pale yellow is left out.
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#1d1f23'];
const OTHER_COLOUR = '#9a9a92';

/**
 * The series to draw: the largest groups first, and past the palette's size the rest pooled as "other
 * groups", so no two series share a colour.
 */
export function rankSeries(groupOfEach: readonly IncidentGroup[]): { series: ChartSeries[]; seriesOf: (group: IncidentGroup) => ChartSeries } {
  const counts = new Map<string, { group: IncidentGroup; incidents: number }>();
  for (const group of groupOfEach) {
    const entry = counts.get(group.key) ?? { group, incidents: 0 };
    entry.incidents += 1;
    counts.set(group.key, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.incidents - a.incidents || a.group.label.localeCompare(b.group.label));
  const pooled = ranked.length > PALETTE.length;
  const kept = pooled ? ranked.slice(0, PALETTE.length - 1) : ranked;
  const series: ChartSeries[] = kept.map(({ group, incidents }, i) => ({ ...group, incidents, seriesKey: `s${i}`, colour: PALETTE[i]! }));
  const byKey = new Map(series.map((s) => [s.key, s]));
  let other: ChartSeries | undefined;
  if (pooled) {
    const incidents = ranked.slice(kept.length).reduce((sum, entry) => sum + entry.incidents, 0);
    other = { ...otherGroup(), incidents, seriesKey: `s${series.length}`, colour: OTHER_COLOUR };
    series.push(other);
  }
  const seriesOf = (group: IncidentGroup) => byKey.get(group.key) ?? other ?? series[0]!;
  return { series, seriesOf };
}
