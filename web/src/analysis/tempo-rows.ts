/**
 * Tempo's result shaped for its charts and tables: the series as certain bars with the possible range above
 * them, the context events' bins, the counts before and after each anchor, and the rate ratios with their
 * intervals, one row per anchor and count (certain, possible), the superposed anchors last.
 */
import type { Bin } from '../timeline/timeline-bins.js';
import type { IntervalEstimate } from './interval-scale.js';
import { countCell, type TableColumn, type TableModel, tableModel } from './table-model.js';
import { type Anchor, type EpochChange, type EpochSide, type TempoBin, type TempoResult, VICTIM_FIGURES, type WindowSide } from './analysis-types.js';

const DAY_MS = 86_400_000;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export const periodText = (start: string, end: string) => (start === end ? start : `${start} to ${end}`);

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

export function seriesTable(result: TempoResult, unit: string): TableModel {
  const figures = VICTIM_FIGURES.filter((figure) => result.series.some((bin) => bin.victims[figure].qualifier !== 'none'));
  const columns: TableColumn<TempoBin>[] = [
    { header: `Period (${unit})`, value: (bin) => periodText(bin.start, bin.end) },
    { header: 'Certain', value: (bin) => countCell(bin.certain, bin.certainIds), numeric: true },
    { header: 'Possible', value: (bin) => countCell(bin.possible, bin.possibleIds), numeric: true },
    { header: 'Expected (uniform spread)', value: (bin) => bin.expected, numeric: true },
    ...figures.map((figure) => ({ header: `${figure.charAt(0).toUpperCase()}${figure.slice(1)} (certain incidents)`, value: (bin: TempoBin) => ({ text: bin.victims[figure].text, incidentIds: bin.victims[figure].incidentIds }) })),
  ];
  return tableModel(`Incidents per ${unit}`, columns, result.series, 'No bins.');
}

export const anchorText = (anchor: Anchor) => (anchor.title ? `${anchor.title} (${anchor.date})` : `date ${anchor.date}`);

interface Epoch {
  label: string;
  /** An anchor's window has dated sides; the superposed windows have only their length. */
  change: EpochChange<WindowSide | EpochSide>;
}

/** Each anchor's window, and the superposed one when there is a figure for it. */
export function tempoEpochs(result: TempoResult): Epoch[] {
  const epochs: Epoch[] = (result.windows ?? []).map((window) => ({ label: anchorText(window.anchor), change: window }));
  const combined = result.combined;
  if (combined && !('notCombined' in combined)) epochs.push({ label: `${combined.anchors.length} anchors superposed`, change: combined });
  return epochs;
}

export function windowCountsTable(result: TempoResult): TableModel {
  const side = (change: Epoch['change'], which: 'before' | 'after') => {
    const s = change[which];
    return 'start' in s ? periodText(s.start, s.end) : `${s.days} days`;
  };
  const columns: TableColumn<Epoch>[] = [
    { header: 'Anchor', value: (e) => e.label },
    { header: 'Before', value: (e) => side(e.change, 'before') },
    { header: 'Certain before', value: (e) => countCell(e.change.before.certain, e.change.before.certainIds), numeric: true },
    { header: 'Possible before', value: (e) => countCell(e.change.before.possible, e.change.before.possibleIds), numeric: true },
    { header: 'After', value: (e) => side(e.change, 'after') },
    { header: 'Certain after', value: (e) => countCell(e.change.after.certain, e.change.after.certainIds), numeric: true },
    { header: 'Possible after', value: (e) => countCell(e.change.after.possible, e.change.after.possibleIds), numeric: true },
  ];
  return tableModel('Incidents before and after', columns, tempoEpochs(result), 'No anchor chosen.');
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
    { key: `${i}-certain`, anchor: label, counted: 'certain' as const, ratio: change.rateRatio, reason: change.rateRatio ? null : (change.tooFew ?? null) },
    { key: `${i}-possible`, anchor: label, counted: 'possible' as const, ratio: change.rateRatioPossible, reason: change.rateRatioPossible ? null : (change.tooFewPossible ?? null) },
  ]);
}

export function ratioTable(rows: readonly RatioRow[]): TableModel {
  const columns: TableColumn<RatioRow>[] = [
    { header: 'Anchor', value: (row) => row.anchor },
    { header: 'Counts', value: (row) => row.counted },
    { header: 'Rate ratio (after ÷ before)', value: (row) => row.ratio?.estimate ?? null, numeric: true },
    { header: '95% low', value: (row) => row.ratio?.low ?? null, numeric: true },
    { header: '95% high', value: (row) => (row.ratio ? (row.ratio.high ?? 'unbounded') : null), numeric: true },
    { header: 'Why no ratio', value: (row) => row.reason ?? '' },
  ];
  return tableModel('Rate ratios', columns, rows, 'No anchor chosen.');
}

/** The ratios there are, as points with whiskers. */
export function ratioEstimates(rows: readonly RatioRow[]): IntervalEstimate[] {
  return rows.flatMap((row) => (row.ratio ? [{ key: row.key, label: `${row.anchor}: ${row.counted}`, ...row.ratio }] : []));
}
