/**
 * A pattern of conduct as sections of figures, each in words with the incidents it counts: the outline the
 * page reads as a section and lists as a table. It follows the server's printed report (pattern-report.ts),
 * which the page links to for printing.
 */
import { activeIntl, translate } from '../i18n/active-locale.js';
import type { TermLabel } from '../timeline/incident-groups.js';
import { isoInText } from '../timeline/time-format.js';
import { type AttributionStanding, type DistinctPlaces, type PatternResult, VICTIM_FIGURES } from './analysis-types.js';
import { reasonText } from './envelope-words.js';
import { incidentsText, victimFigureTitle, victimTotalText } from './figures.js';
import { patternMessages as m } from './pattern.messages.js';
import { patternTimeNote } from './result-wordings.js';
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

const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())].sort();
const LEVELS = ['admin1', 'admin2', 'admin3', 'communities', 'areas'] as const;

export function patternSections(result: PatternResult, label: TermLabel): FigureSection[] {
  return [scale(result), places(result), time(result), conduct(result, label), victims(result), attributions(result, label), selection(result)];
}

function scale({ incidents, places }: PatternResult): FigureSection {
  const distinct = (list: DistinctPlaces) => union(list.codes.map((code) => code.incidentIds));
  return {
    heading: translate(m.scaleAndSpread),
    note: null,
    figures: [
      { label: translate(m.incidents), value: incidentsText(incidents.count), incidentIds: incidents.incidentIds },
      ...LEVELS.map((level) => ({ label: translate(m.levelPlaces, { level }), value: translate(m.distinct, { count: places[level].count }), incidentIds: distinct(places[level]) })),
      { label: translate(m.withoutPlace), value: incidentsText(places.unplaced.count), incidentIds: places.unplaced.incidentIds },
    ],
  };
}

function places(result: PatternResult): FigureSection {
  return {
    heading: translate(m.places),
    note: translate(m.placesNote),
    figures: LEVELS.flatMap((level) =>
      result.places[level].codes.map((code) => ({ label: translate(m.placeAt, { name: code.name, level, code: code.code }), value: incidentsText(code.incidents), incidentIds: code.incidentIds })),
    ),
  };
}

function time(result: PatternResult): FigureSection {
  const { span, regularity } = result;
  const figures: Figure[] = [];
  if (span.first !== null) {
    figures.push({ label: translate(m.timeSpan), value: translate(m.spanValue, { first: isoInText(span.first), last: isoInText(span.last ?? span.first), days: span.days }), incidentIds: span.dated.incidentIds });
    const covers = span.certainlyCovers;
    if (covers) figures.push({ label: translate(m.certainlyCovers), value: translate(m.spanValue, { first: isoInText(covers.from), last: isoInText(covers.to), days: covers.days }), incidentIds: span.dated.incidentIds });
  }
  figures.push({ label: translate(m.withoutDate), value: incidentsText(span.undated.count), incidentIds: span.undated.incidentIds });
  if (regularity.perWeek !== null && regularity.weeksWithIncidents && regularity.longestGap) {
    const { certain, possible } = regularity.weeksWithIncidents;
    const gap = regularity.longestGap;
    figures.push(
      { label: translate(m.perWeek), value: activeIntl().formatNumber(regularity.perWeek, { maximumFractionDigits: 2 }), incidentIds: span.dated.incidentIds },
      { label: translate(m.weeksWithIncidents), value: translate(m.weeksValue, { certain, possible, weeks: regularity.weeks }), incidentIds: span.dated.incidentIds },
      {
        label: translate(m.longestGap),
        value: gap.days === 0 ? translate(m.noGap) : translate(m.gapValue, { days: gap.days, from: isoInText(gap.from ?? ''), to: isoInText(gap.to ?? '') }),
        incidentIds: [...gap.before, ...gap.after],
      },
    );
  }
  return { heading: translate(m.timeAndRegularity), note: patternTimeNote(result), figures };
}

function conduct({ modusOperandi }: PatternResult, label: TermLabel): FigureSection {
  const { combinations, notDescribed } = modusOperandi;
  return {
    heading: translate(m.modusOperandi),
    note: translate(combinations.length === 0 ? m.noCombination : m.combinations),
    figures: [
      ...combinations.map((c) => ({ label: `${label('incident_types', c.type)} · ${label('means', c.means)} · ${label('target_objects', c.target)}`, value: incidentsText(c.incidents), incidentIds: c.incidentIds })),
      { label: translate(m.notDescribed), value: incidentsText(notDescribed.count), incidentIds: notDescribed.incidentIds },
    ],
  };
}

function victims(result: PatternResult): FigureSection {
  return {
    heading: translate(m.victims),
    note: translate(m.victimsNote),
    figures: VICTIM_FIGURES.map((figure) => ({ label: victimFigureTitle(figure), value: victimTotalText(result.victims[figure]), incidentIds: result.victims[figure].incidentIds })),
  };
}

function attributions({ attributions }: PatternResult, label: TermLabel): FigureSection {
  const standing = (name: string, kind: 'attributed' | 'possibly', s: AttributionStanding): Figure[] =>
    s.incidents === 0
      ? []
      : [
          { label: translate(m.attribution, { name, kind }), value: incidentsText(s.incidents), incidentIds: s.incidentIds },
          ...s.byStandard.map((entry) => ({
            label: translate(m.attributionAt, { name, kind, standard: entry.standard === 'not_stated' ? translate(m.noStandardStated) : label('standards_of_proof', entry.standard) }),
            value: incidentsText(entry.incidents),
            incidentIds: entry.incidentIds,
          })),
        ];
  return {
    heading: translate(m.attributions),
    note: translate(m.attributionsNote),
    figures: [
      ...attributions.actors.flatMap((actor) => [...standing(actor.name, 'attributed', actor.attributed), ...standing(actor.name, 'possibly', actor.possiblyAttributed)]),
      { label: translate(m.notAttributed), value: incidentsText(attributions.unattributed.count), incidentIds: attributions.unattributed.incidentIds },
    ],
  };
}

function selection({ selection }: PatternResult): FigureSection {
  return {
    heading: translate(m.selection),
    note: translate(m.selectionNote, { selected: selection.selected, included: selection.included }),
    figures: selection.excluded.map((entry) => ({ label: translate(m.leftOut, { reason: reasonText(entry.reason) }), value: incidentsText(entry.count), incidentIds: entry.incidentIds })),
  };
}

/** Every figure of every section in one table: the section, the figure, its value, and the incidents it stands on. */
export function figuresTable(sections: readonly FigureSection[]): TableModel {
  const rows = sections.flatMap((section) => section.figures.map((figure) => ({ section: section.heading, ...figure })));
  return tableModel(
    translate(m.figuresTable),
    [
      { header: translate(m.section), value: (row) => row.section },
      { header: translate(m.figure), value: (row) => row.label },
      { header: translate(m.value), value: (row) => row.value },
      { header: translate(m.incidentsCounted), value: (row) => countCell(row.incidentIds.length, row.incidentIds), numeric: true },
    ],
    rows,
  );
}
