/** A calendar bin of the timeline and its units (timeline-bins.ts makes them; time-format.ts words them). */
export type BinUnit = 'day' | 'week' | 'month';
export const BIN_UNITS: readonly BinUnit[] = ['day', 'week', 'month'];

export interface Bin {
  /** The first day of the bin, YYYY-MM-DD (YYYY-MM for months): also the chart's category. */
  key: string;
  /** First instant of the bin, in ms since the epoch. */
  start: number;
  /** First instant after the bin. */
  end: number;
}
