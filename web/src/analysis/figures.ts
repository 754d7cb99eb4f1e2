/**
 * Figures in words for the analyses' tables, figures and captions, in the reader's language and digits: counts,
 * shares, intervals, periods and victim totals. Table cells (and so their CSV) give figures ungrouped and with
 * every decimal the API gave; prose groups thousands. Dates in tables stay ISO days, as the API gives them.
 */
import { activeIntl, translate } from '../i18n/active-locale.js';
import { isoInText } from '../timeline/time-format.js';
import { timelineMessages } from '../timeline/timeline.messages.js';
import type { VictimTotal } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';

/** The confidence level of every interval the analyses give (their methods say so). */
export { CONFIDENCE } from '../../../src/analysis/method-limits.js';

/** A figure in a table cell: "1200", "0.2307", "١٢٠٠" in Arabic digits; never grouped, never rounded. */
export const figureText = (value: number) => activeIntl().formatNumber(value, { useGrouping: false, maximumFractionDigits: 20 });

/** A count in prose, grouped: "1,016", "1 016", "١٬٠١٦". */
export const countText = (value: number) => activeIntl().formatNumber(value);

/**
 * A share (0–1) as a percentage to one decimal: "60.0%", "60,0 %", "٦٠٫٠٪". Rounded as the page always rounded
 * it (toFixed, on the binary value), then written in the reader's digits: Intl alone rounds the shortest decimal
 * and would say 3.2% where the same share was 3.1% before.
 */
export const percentText = (share: number) =>
  activeIntl().formatNumber(Number((share * 100).toFixed(1)), { style: 'unit', unit: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** An interval's bounds, already in words: "23.1% to 88.2%". */
export const intervalText = (low: string, high: string) => translate(m.interval, { low, high });

/** "3 incidents", "1 incident". */
export const incidentsText = (count: number) => translate(m.incidents, { count });

/** "7 days", "1 day". */
export const daysText = (count: number) => translate(m.days, { count });

/** Two ISO days as a period, "2016-09-19 to 2016-09-25"; one day alone. */
export const periodText = (start: string, end: string) => (start === end ? isoInText(start) : translate(timelineMessages.dayRange, { from: isoInText(start), to: isoInText(end) }));

/**
 * A victim total in words, as the API words it (src/values/count-words.ts describeTotal) but in the reader's
 * language: "no figure", "unknown", "14", "at least 16", "14–20", "at least 16 (1 of 3 figures unknown)".
 */
export function victimTotalText(total: Pick<VictimTotal, 'min' | 'max' | 'qualifier' | 'parts' | 'unknownParts'>): string {
  if (total.qualifier === 'none') return translate(m.noFigure);
  const words =
    total.qualifier === 'unknown'
      ? translate(m.unknownFigure)
      : total.qualifier === 'exact'
        ? countText(total.min)
        : total.qualifier === 'at_least'
          ? translate(m.atLeastFigure, { value: countText(total.min) })
          : translate(m.figureRange, { min: countText(total.min), max: countText(total.max ?? total.min) });
  return total.unknownParts > 0 && total.qualifier !== 'unknown' ? translate(m.figuresUnknown, { words, unknown: total.unknownParts, parts: total.parts }) : words;
}

/** A kind of victim in a sentence or a cell ("killed"), or as a heading ("Killed"). */
export const victimFigureText = (figure: string) => translate(m.victimFigure, { figure });
export const victimFigureTitle = (figure: string) => translate(m.victimFigureTitle, { figure });
