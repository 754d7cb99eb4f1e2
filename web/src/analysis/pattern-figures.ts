/**
 * A pattern of conduct as sections of figures, each in words with the incidents it counts: the outline the
 * page reads as a section and lists as a table. It follows the server's printed report (pattern-report.ts),
 * which the page links to for printing.
 */
import type { TermLabel } from '../timeline/incident-groups.js';
import { type AttributionStanding, type DistinctPlaces, type PatternResult, VICTIM_FIGURES } from './analysis-types.js';
import { countCell, type TableModel, tableModel } from './table-model.js';

export interface Figure {
  label: string;
  value: string;
  incidentIds: readonly string[];
}

export interface FigureSection {
  heading: string;
  note: string | null;
  figures: Figure[];
}

const incidentsIn = (count: number) => `${count.toLocaleString('en-GB')} incident${count === 1 ? '' : 's'}`;
const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())].sort();
const LEVELS = [
  ['admin1', 'Governorates (admin 1)', 'admin 1'],
  ['admin2', 'Districts (admin 2)', 'admin 2'],
  ['admin3', 'Sub-districts (admin 3)', 'admin 3'],
  ['communities', 'Communities', 'community'],
  ['areas', 'Named areas', 'area'],
] as const;

export function patternSections(result: PatternResult, label: TermLabel): FigureSection[] {
  return [scale(result), places(result), time(result), conduct(result, label), victims(result), attributions(result, label), selection(result)];
}

function scale({ incidents, places }: PatternResult): FigureSection {
  const distinct = (list: DistinctPlaces) => union(list.codes.map((code) => code.incidentIds));
  return {
    heading: 'Scale and spread',
    note: null,
    figures: [
      { label: 'Incidents', value: incidentsIn(incidents.count), incidentIds: incidents.incidentIds },
      ...LEVELS.map(([key, words]) => ({ label: words, value: `${places[key].count} distinct`, incidentIds: distinct(places[key]) })),
      { label: 'Without a place', value: incidentsIn(places.unplaced.count), incidentIds: places.unplaced.incidentIds },
    ],
  };
}

function places(result: PatternResult): FigureSection {
  return {
    heading: 'Places',
    note: 'Each administrative area and place the incidents are recorded in, with its incidents.',
    figures: LEVELS.flatMap(([key, , level]) => result.places[key].codes.map((code) => ({ label: `${code.name} (${level} ${code.code})`, value: incidentsIn(code.incidents), incidentIds: code.incidentIds }))),
  };
}

function time({ span, regularity }: PatternResult): FigureSection {
  const figures: Figure[] = [];
  if (span.first !== null) {
    figures.push({ label: 'Time span (widest reading)', value: `${span.first} to ${span.last} (${span.days} days)`, incidentIds: span.dated.incidentIds });
    const covers = span.certainlyCovers;
    if (covers) figures.push({ label: 'Certainly covers', value: `${covers.from} to ${covers.to} (${covers.days} days)`, incidentIds: span.dated.incidentIds });
  }
  figures.push({ label: 'Without a date', value: incidentsIn(span.undated.count), incidentIds: span.undated.incidentIds });
  if (regularity.perWeek !== null && regularity.weeksWithIncidents && regularity.longestGap) {
    const { certain, possible } = regularity.weeksWithIncidents;
    const gap = regularity.longestGap;
    figures.push(
      { label: 'Incidents per week', value: regularity.perWeek.toLocaleString('en-GB', { maximumFractionDigits: 2 }), incidentIds: span.dated.incidentIds },
      { label: 'Weeks with incidents', value: `${certain} certainly, ${possible} possibly, of ${regularity.weeks} weeks`, incidentIds: span.dated.incidentIds },
      {
        label: 'Longest gap',
        value: gap.days === 0 ? 'none: some incident may have happened on every day of the span' : `at least ${gap.days} days with no incident (${gap.from} to ${gap.to})`,
        incidentIds: [...gap.before, ...gap.after],
      },
    );
  }
  return { heading: 'Time and regularity', note: regularity.reason ?? span.reason, figures };
}

function conduct({ modusOperandi }: PatternResult, label: TermLabel): FigureSection {
  const { combinations, notDescribed } = modusOperandi;
  return {
    heading: 'Modus operandi repeated',
    note: combinations.length === 0 ? 'No combination of type, means and target recurs in two incidents or more.' : 'Each combination of type, means and target found in two incidents or more.',
    figures: [
      ...combinations.map((c) => ({ label: `${label('incident_types', c.type)} · ${label('means', c.means)} · ${label('target_objects', c.target)}`, value: incidentsIn(c.incidents), incidentIds: c.incidentIds })),
      { label: 'Without type, means or target recorded', value: incidentsIn(notDescribed.count), incidentIds: notDescribed.incidentIds },
    ],
  };
}

function victims(result: PatternResult): FigureSection {
  return {
    heading: 'Victims',
    note: 'Figures summed keeping their bounds; "no figure" means no incident gives one, which is not zero.',
    figures: VICTIM_FIGURES.map((figure) => ({ label: figure.charAt(0).toUpperCase() + figure.slice(1), value: result.victims[figure].text, incidentIds: result.victims[figure].incidentIds })),
  };
}

function attributions({ attributions }: PatternResult, label: TermLabel): FigureSection {
  const standing = (name: string, kind: string, s: AttributionStanding): Figure[] =>
    s.incidents === 0
      ? []
      : [
          { label: `${name}: ${kind}`, value: incidentsIn(s.incidents), incidentIds: s.incidentIds },
          ...s.byStandard.map((entry) => ({
            label: `${name}: ${kind}, at ${entry.standard === 'not_stated' ? 'no standard stated' : label('standards_of_proof', entry.standard)}`,
            value: incidentsIn(entry.incidents),
            incidentIds: entry.incidentIds,
          })),
        ];
  return {
    heading: 'Attributions by standard of proof',
    note: 'Each incident counted under the highest standard reached for the actor. "Possibly attributed": the sources name the actor as one of several, one of which did it; never counted as attributed.',
    figures: [
      ...attributions.actors.flatMap((actor) => [...standing(actor.name, 'attributed', actor.attributed), ...standing(actor.name, 'possibly attributed', actor.possiblyAttributed)]),
      { label: 'Not attributed to any actor', value: incidentsIn(attributions.unattributed.count), incidentIds: attributions.unattributed.incidentIds },
    ],
  };
}

function selection({ selection }: PatternResult): FigureSection {
  return {
    heading: 'Selection',
    note: `The filters selected ${incidentsIn(selection.selected)}; ${selection.included.toLocaleString('en-GB')} are counted above.`,
    figures: selection.excluded.map((entry) => ({ label: `Left out: ${entry.reason.replace('_', ' ')}`, value: incidentsIn(entry.count), incidentIds: entry.incidentIds })),
  };
}

/** Every figure of every section in one table: the section, the figure, its value, and the incidents it stands on. */
export function figuresTable(sections: readonly FigureSection[]): TableModel {
  const rows = sections.flatMap((section) => section.figures.map((figure) => ({ section: section.heading, ...figure })));
  return tableModel(
    'Pattern of conduct figures',
    [
      { header: 'Section', value: (row) => row.section },
      { header: 'Figure', value: (row) => row.label },
      { header: 'Value', value: (row) => row.value },
      { header: 'Incidents counted', value: (row) => countCell(row.incidentIds.length, row.incidentIds), numeric: true },
    ],
    rows,
  );
}
