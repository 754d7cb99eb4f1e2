/**
 * Incidents and victims per day, ISO week or calendar month: certain, possible and expected counts per bin
 * (see day-bins.ts), and the victim figures of the incidents certainly in the bin, summed with their bounds.
 */
import { invalidField } from '../common/errors.js';
import { VICTIM_FIGURES, type VictimFigure } from '../incidents/victim-group-kind.js';
import type { CountTotal } from '../values/count-sum.js';
import { BIN_ADJECTIVES, BIN_SIZES, binsOver, countInBins, fitsInOneBin, lengthInDays, type BinSize, type DatedItem } from './day-bins.js';
import { isoDay, type DaySpan, type SnapshotIncident } from './snapshot.js';

export interface TempoBin {
  start: string;
  end: string;
  certain: number;
  possible: number;
  /** If each incident were equally likely on every day of its interval (an assumption, not a finding). */
  expected: number;
  certainIds: string[];
  possibleIds: string[];
  /** Summed over the incidents certainly in the bin only. */
  victims: Record<VictimFigure, CountTotal>;
}

/** An incident whose date is known to be an interval of days. */
export type DatedIncident = SnapshotIncident & { days: DaySpan };

const NO_FIGURE: CountTotal = { min: 0, max: null, best: null, qualifier: 'none', parts: 0, unknownParts: 0 };

/**
 * Two totals as one, as sumCounts would give over both totals' parts together: minimums add; the maximum and
 * the best figure are unknown if either's is; a total of nothing ('none') adds nothing.
 */
export function addTotals(a: CountTotal, b: CountTotal): CountTotal {
  if (b.parts === 0) return a;
  if (a.parts === 0) return b;
  const parts = a.parts + b.parts;
  const unknownParts = a.unknownParts + b.unknownParts;
  if (unknownParts === parts) return { min: 0, max: null, best: null, qualifier: 'unknown', parts, unknownParts };
  const min = a.min + b.min;
  const max = a.max === null || b.max === null ? null : a.max + b.max;
  const best = a.best === null || b.best === null ? null : a.best + b.best;
  return { min, max, best, qualifier: max === null ? 'at_least' : max === min ? 'exact' : 'range', parts, unknownParts };
}

export function victimTotals(incidents: readonly SnapshotIncident[]): Record<VictimFigure, CountTotal> {
  const totals = Object.fromEntries(VICTIM_FIGURES.map((figure) => [figure, NO_FIGURE])) as Record<VictimFigure, CountTotal>;
  for (const incident of incidents) for (const figure of VICTIM_FIGURES) totals[figure] = addTotals(totals[figure], incident.victims[figure]);
  return totals;
}

/** The series over `span` (the included incidents' dates), one entry per bin, empty bins included. */
export function tempoSeries(incidents: readonly DatedIncident[], span: DaySpan, size: BinSize): TempoBin[] {
  const bins = binsOver(span, size);
  const counts = countInBins(incidents, bins);
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));
  const series = bins.map((bin, index): TempoBin => {
    const { certainIds, possibleIds, expected } = counts[index]!;
    return {
      start: isoDay(bin.first),
      end: isoDay(bin.last),
      certain: certainIds.length,
      possible: possibleIds.length,
      expected,
      certainIds,
      possibleIds,
      victims: victimTotals(certainIds.map((id) => byId.get(id)!)),
    };
  });
  if (series.every((bin) => bin.certain === 0)) throw tooUncertainFor(size, incidents);
  return series;
}

/** Every incident straddles bins of this size: name the problem and the bin size that would hold some. */
function tooUncertainFor(size: BinSize, incidents: readonly DatedItem[]): Error {
  const narrowest = incidents.reduce((least, incident) => Math.min(least, lengthInDays(incident.days)), Infinity);
  const wider = BIN_SIZES.slice(BIN_SIZES.indexOf(size) + 1).find((candidate) => incidents.some((incident) => fitsInOneBin(incident.days, candidate)));
  const unit = size === 'day' ? 'day' : `calendar ${size}`;
  const advice = wider ? `use ${wider}` : 'no bin size offered holds any of them; count them with a window around a date instead';
  return invalidField(
    'bin',
    `dates too uncertain for ${BIN_ADJECTIVES[size]} bins: none of the ${incidents.length} incidents' date intervals lies within one ${unit} (the narrowest spans ${narrowest} days), so every bin would count 0 certain; ${advice}`,
    size,
  );
}
