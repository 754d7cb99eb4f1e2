/**
 * Tempo's result shaped for its charts and tables: the series as certain bars with the possible range above
 * them, the context events' bins, the counts before and after each anchor, and the rate ratios with their
 * intervals, one row per anchor and count (certain, possible), the superposed anchors last.
 */
import { describeAnchor, notCombinedWording } from '../../../src/analysis/tempo-wordings.js';
import { translate } from '../i18n/active-locale.js';
import { isoInText } from '../timeline/time-format.js';
import type { Bin } from '../timeline/timeline-bins.js';
import { type Anchor, type EpochChange, type EpochSide, type TempoBin, type TempoResult, VICTIM_FIGURES, type WindowSide } from './analysis-types.js';
import { tableMessages as tm } from './analysis-tables.messages.js';
import { analysisMessages as m } from './analysis.messages.js';
import { CONFIDENCE, daysText, periodText, victimTotalText } from './figures.js';
import type { IntervalEstimate } from './interval-scale.js';
import { noRatioText, saidText } from './result-wordings.js';
import { countCell, type TableColumn, type TableModel, tableModel } from './table-model.js';

export { periodText };

const DAY_MS = 86_400_000;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export interface TempoBar {
  key: string;
  certain: number;
  /** possible − certain: the part of the range only possibly in the bin, stacked above the certain bar. */
  uncertain: number;
  possible: number;
  expected: number;
}

export function tempoBars(result: TempoResult): TempoBar[] {
  return result.series.map((bin) => ({ key: bin.start, certain: bin.certain, uncertain: bin.possible - bin.certain, possible: bin.possible, expected: bin.expected }));
}

/** The series' bins in the timeline's terms, so its context-event markers land on them. */
export function tempoBins(result: TempoResult): Bin[] {
  return result.series.map((bin) => ({ key: bin.start, start: dayMs(bin.start), end: dayMs(bin.end) + DAY_MS }));
}

/** The series by bin; `unit` is the bin's unit as the result states it (day, week, month). */
export function seriesTable(result: TempoResult, unit: string): TableModel {
  const figures = VICTIM_FIGURES.filter((figure) => result.series.some((bin) => bin.victims[figure].qualifier !== 'none'));
  const columns: TableColumn<TempoBin>[] = [
    { header: translate(tm.period, { unit }), value: (bin) => periodText(bin.start, bin.end) },
    { header: translate(tm.certain), value: (bin) => countCell(bin.certain, bin.certainIds), numeric: true },
    { header: translate(tm.possible), value: (bin) => countCell(bin.possible, bin.possibleIds), numeric: true },
    { header: translate(tm.expected), value: (bin) => bin.expected, numeric: true },
    ...figures.map((figure) => ({
      header: translate(tm.victimsInCertain, { figure }),
      value: (bin: TempoBin) => ({ text: victimTotalText(bin.victims[figure]), incidentIds: bin.victims[figure].incidentIds }),
    })),
  ];
  return tableModel(translate(tm.incidentsPer, { unit }), columns, result.series, translate(tm.noBins));
}

export const anchorText = (anchor: Anchor) => (anchor.title ? translate(tm.anchorEvent, { title: anchor.title, date: isoInText(anchor.date) }) : translate(tm.anchorDate, { date: isoInText(anchor.date) }));

/** Why the windows are not superposed, in the reader's language, naming the two anchors as the page does. */
export function notCombinedText(result: TempoResult): string | null {
  const combined = result.combined;
  if (!combined || !('notCombined' in combined)) return null;
  const wording = notCombinedWording(combined.anchors, Number(result.parameters.windowDays));
  const named = (said: unknown) => {
    const anchor = combined.anchors.find((candidate) => describeAnchor(candidate) === said);
    return anchor && anchorText(anchor);
  };
  return saidText(combined.notCombined, wording, { earlier: named(wording?.values.earlier), later: named(wording?.values.later) });
}

interface Epoch {
  label: string;
  /** An anchor's window has dated sides; the superposed windows have only their length. */
  change: EpochChange<WindowSide | EpochSide>;
}

/** Each anchor's window, and the superposed one when there is a figure for it. */
export function tempoEpochs(result: TempoResult): Epoch[] {
  const epochs: Epoch[] = (result.windows ?? []).map((window) => ({ label: anchorText(window.anchor), change: window }));
  const combined = result.combined;
  if (combined && !('notCombined' in combined)) epochs.push({ label: translate(tm.anchorsSuperposed, { count: combined.anchors.length }), change: combined });
  return epochs;
}

export function windowCountsTable(result: TempoResult): TableModel {
  const side = (change: Epoch['change'], which: 'before' | 'after') => {
    const s = change[which];
    return 'start' in s ? periodText(s.start, s.end) : daysText(s.days);
  };
  const columns: TableColumn<Epoch>[] = [
    { header: translate(tm.anchor), value: (e) => e.label },
    { header: translate(tm.before), value: (e) => side(e.change, 'before') },
    { header: translate(tm.certainBefore), value: (e) => countCell(e.change.before.certain, e.change.before.certainIds), numeric: true },
    { header: translate(tm.possibleBefore), value: (e) => countCell(e.change.before.possible, e.change.before.possibleIds), numeric: true },
    { header: translate(tm.after), value: (e) => side(e.change, 'after') },
    { header: translate(tm.certainAfter), value: (e) => countCell(e.change.after.certain, e.change.after.certainIds), numeric: true },
    { header: translate(tm.possibleAfter), value: (e) => countCell(e.change.after.possible, e.change.after.possibleIds), numeric: true },
  ];
  return tableModel(translate(tm.beforeAndAfter), columns, tempoEpochs(result), translate(tm.noAnchor));
}

export interface RatioRow {
  key: string;
  anchor: string;
  counted: 'certain' | 'possible';
  ratio: { estimate: number; low: number; high: number | null } | null;
  reason: string | null;
}

export function ratioRows(result: TempoResult): RatioRow[] {
  return tempoEpochs(result).flatMap(({ label, change }, i) => [
    { key: `${i}-certain`, anchor: label, counted: 'certain' as const, ratio: change.rateRatio, reason: change.rateRatio ? null : noRatioText(change, 'certain') },
    { key: `${i}-possible`, anchor: label, counted: 'possible' as const, ratio: change.rateRatioPossible, reason: change.rateRatioPossible ? null : noRatioText(change, 'possible') },
  ]);
}

export function ratioTable(rows: readonly RatioRow[]): TableModel {
  const columns: TableColumn<RatioRow>[] = [
    { header: translate(tm.anchor), value: (row) => row.anchor },
    { header: translate(tm.counts), value: (row) => translate(tm.counted, { counted: row.counted }) },
    { header: translate(tm.rateRatio), value: (row) => row.ratio?.estimate ?? null, numeric: true },
    { header: translate(tm.intervalLow, { level: CONFIDENCE }), value: (row) => row.ratio?.low ?? null, numeric: true },
    { header: translate(tm.intervalHigh, { level: CONFIDENCE }), value: (row) => (row.ratio ? (row.ratio.high ?? translate(m.unbounded)) : null), numeric: true },
    { header: translate(tm.whyNoRatio), value: (row) => row.reason ?? '' },
  ];
  return tableModel(translate(tm.rateRatios), columns, rows, translate(tm.noAnchor));
}

/** The ratios there are, as points with whiskers. */
export function ratioEstimates(rows: readonly RatioRow[]): IntervalEstimate[] {
  return rows.flatMap((row) => (row.ratio ? [{ key: row.key, label: translate(tm.anchorCounted, { anchor: row.anchor, counted: row.counted }), ...row.ratio }] : []));
}
