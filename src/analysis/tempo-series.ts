/**
 * Incidents and victims per day, ISO week or calendar month: certain, possible and expected counts per bin
 * (see day-bins.ts), and the victim figures of the incidents certainly in the bin, summed with their bounds.
 */
import { invalidField } from '../common/errors.js';
import { BIN_ADJECTIVES, BIN_SIZES, binsOver, countInBins, fitsInOneBin, lengthInDays, type BinSize, type DatedItem } from './day-bins.js';
import { isoDay, type DaySpan, type SnapshotIncident } from './snapshot.js';
import type { TempoBin } from './tempo-result.js';
import { victimTotals } from './victim-totals.js';

/** An incident whose date is known to be an interval of days. */
export type DatedIncident = SnapshotIncident & { days: DaySpan };

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
