/**
 * A pattern-of-conduct result as a report: sections of figures, each figure in words with the incident ids it
 * counts. The Markdown and HTML renderers (pattern-text.ts) both print this one outline, so the two formats
 * cannot say different things.
 */
import { VICTIM_FIGURES } from '../incidents/victim-group-kind.js';
import { isTerm, termLabel, type VocabularyName } from '../vocab/vocabularies.js';
import { NOT_STATED } from './pattern-conduct.js';
import type { AttributionStanding, DistinctPlaces, PatternResult } from './pattern-result.js';

export interface ReportFigure {
  label: string;
  value: string;
  incidentIds: string[];
}

export interface ReportSection {
  heading: string;
  /** Said before the figures: what they stand on. */
  note: string | null;
  figures: ReportFigure[];
}

/** The vocabulary's label for a term, or the id itself for a term the vocabulary does not (or no longer) hold. */
export function labelOf(vocabulary: VocabularyName, id: string): string {
  return isTerm(vocabulary, id) ? termLabel(vocabulary, id) : id;
}

const incidentsIn = (count: number) => `${count.toLocaleString('en-GB')} incident${count === 1 ? '' : 's'}`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function patternReport(result: PatternResult): ReportSection[] {
  return [scaleSection(result), placesSection(result), timeSection(result), conductSection(result), victimsSection(result), attributionsSection(result), selectionSection(result)];
}

function scaleSection(result: PatternResult): ReportSection {
  const { places } = result;
  const levels: [string, DistinctPlaces][] = [
    ['Governorates (admin 1)', places.admin1],
    ['Districts (admin 2)', places.admin2],
    ['Sub-districts (admin 3)', places.admin3],
    ['Communities', places.communities],
    ['Named areas', places.areas],
  ];
  return {
    heading: 'Scale and spread',
    note: null,
    figures: [
      { label: 'Incidents', value: incidentsIn(result.incidents.count), incidentIds: result.incidents.incidentIds },
      ...levels.map(([label, distinct]) => ({
        label,
        value: `${distinct.count} distinct`,
        incidentIds: [...new Set(distinct.codes.flatMap((code) => code.incidentIds))].sort(),
      })),
      { label: 'Without a place', value: incidentsIn(places.unplaced.count), incidentIds: places.unplaced.incidentIds },
    ],
  };
}

function placesSection(result: PatternResult): ReportSection {
  const rows = (level: string, distinct: DistinctPlaces): ReportFigure[] =>
    distinct.codes.map((code) => ({ label: `${code.name} (${level} ${code.code})`, value: incidentsIn(code.incidents), incidentIds: code.incidentIds }));
  const { places } = result;
  return {
    heading: 'Places',
    note: 'Each administrative area and place the incidents are recorded in, with its incidents.',
    figures: [...rows('admin 1', places.admin1), ...rows('admin 2', places.admin2), ...rows('admin 3', places.admin3), ...rows('community', places.communities), ...rows('area', places.areas)],
  };
}

function timeSection(result: PatternResult): ReportSection {
  const { span, regularity } = result;
  const figures: ReportFigure[] = [];
  if (span.first !== null) {
    figures.push({ label: 'Time span (widest reading)', value: `${span.first} to ${span.last} (${span.days} days)`, incidentIds: span.dated.incidentIds });
    if (span.certainlyCovers) {
      figures.push({ label: 'Certainly covers', value: `${span.certainlyCovers.from} to ${span.certainlyCovers.to} (${span.certainlyCovers.days} days)`, incidentIds: span.dated.incidentIds });
    }
  }
  figures.push({ label: 'Without a date', value: incidentsIn(span.undated.count), incidentIds: span.undated.incidentIds });
  if (regularity.perWeek !== null) {
    figures.push({ label: 'Incidents per week', value: regularity.perWeek.toLocaleString('en-GB', { maximumFractionDigits: 2 }), incidentIds: span.dated.incidentIds });
    const weeks = regularity.weeksWithIncidents!;
    figures.push({ label: 'Weeks with incidents', value: `${weeks.certain} certainly, ${weeks.possible} possibly, of ${regularity.weeks} weeks`, incidentIds: span.dated.incidentIds });
    const gap = regularity.longestGap!;
    figures.push({
      label: 'Longest gap',
      value: gap.days === 0 ? 'none: some incident may have happened on every day of the span' : `at least ${gap.days} days with no incident (${gap.from} to ${gap.to})`,
      incidentIds: [...gap.before, ...gap.after],
    });
  }
  return { heading: 'Time and regularity', note: regularity.reason ?? span.reason, figures };
}

function conductSection(result: PatternResult): ReportSection {
  const { combinations, notDescribed } = result.modusOperandi;
  return {
    heading: 'Modus operandi repeated',
    note: combinations.length === 0 ? 'No combination of type, means and target recurs in two incidents or more.' : 'Each combination of type, means and target found in two incidents or more.',
    figures: [
      ...combinations.map((combination) => ({
        label: `${labelOf('incident_types', combination.type)} · ${labelOf('means', combination.means)} · ${labelOf('target_objects', combination.target)}`,
        value: incidentsIn(combination.incidents),
        incidentIds: combination.incidentIds,
      })),
      { label: 'Without type, means or target recorded', value: incidentsIn(notDescribed.count), incidentIds: notDescribed.incidentIds },
    ],
  };
}

function victimsSection(result: PatternResult): ReportSection {
  return {
    heading: 'Victims',
    note: 'Figures summed keeping their bounds; "no figure" means no incident gives one, which is not zero.',
    figures: VICTIM_FIGURES.map((figure) => ({ label: capitalised(figure), value: result.victims[figure].text, incidentIds: result.victims[figure].incidentIds })),
  };
}

function standingFigures(name: string, kind: string, standing: AttributionStanding): ReportFigure[] {
  if (standing.incidents === 0) return [];
  return [
    { label: `${name}: ${kind}`, value: incidentsIn(standing.incidents), incidentIds: standing.incidentIds },
    ...standing.byStandard.map((entry) => ({
      label: `${name}: ${kind}, at ${entry.standard === NOT_STATED ? 'no standard stated' : labelOf('standards_of_proof', entry.standard)}`,
      value: incidentsIn(entry.incidents),
      incidentIds: entry.incidentIds,
    })),
  ];
}

function attributionsSection(result: PatternResult): ReportSection {
  const { actors, unattributed } = result.attributions;
  return {
    heading: 'Attributions by standard of proof',
    note: 'Each incident counted under the highest standard reached for the actor. "Possibly attributed": the sources name the actor as one of several, one of which did it; never counted as attributed.',
    figures: [
      ...actors.flatMap((actor) => [...standingFigures(actor.name, 'attributed', actor.attributed), ...standingFigures(actor.name, 'possibly attributed', actor.possiblyAttributed)]),
      { label: 'Not attributed to any actor', value: incidentsIn(unattributed.count), incidentIds: unattributed.incidentIds },
    ],
  };
}

function selectionSection(result: PatternResult): ReportSection {
  const { selection } = result;
  return {
    heading: 'Selection',
    note: `The filters selected ${incidentsIn(selection.selected)}; ${selection.included.toLocaleString('en-GB')} are counted above.`,
    figures: selection.excluded.map((entry) => ({ label: `Left out: ${entry.reason.replace('_', ' ')}`, value: incidentsIn(entry.count), incidentIds: entry.incidentIds })),
  };
}
