import { MAX_ITEMS } from '../fetch-pages.js';
import type { TimelineModel } from './incident-timeline.js';

const incidents = (n: number) => `${n} ${n === 1 ? 'incident' : 'incidents'}`;
const they = (n: number) => (n === 1 ? 'it' : 'they');
const are = (n: number) => (n === 1 ? 'is' : 'are');

/**
 * What the chart counts and what it leaves out, in words: a reader must not take the bars for all the
 * incidents when most dates are too uncertain for one bin.
 */
export function timelineNotes(model: TimelineModel, limits: { incidentsCapped?: boolean; partiesCapped?: boolean } = {}): string[] {
  const unit = model.unit;
  const notes = [`${incidents(model.pinned.length)} dated within a single ${unit}, counted in the bars.`];
  if (model.spanned.length) {
    notes.push(`${incidents(model.spanned.length)} with dates too uncertain for a single ${unit}, not counted in any bar: drawn as spans over every ${unit} ${they(model.spanned.length)} could fall in.`);
  }
  if (model.undated.length) notes.push(`${incidents(model.undated.length)} without a date, not shown.`);
  if (model.clipped) {
    notes.push(`Too many ${unit}s to draw: only the last ${model.bins.length} are shown${model.beforeShown.length ? `, and ${incidents(model.beforeShown.length)} dated wholly before them ${are(model.beforeShown.length)} left out` : ''}. Choose a longer period to see all.`);
  }
  if (limits.incidentsCapped) notes.push(`The case has more incidents than the timeline fetches (${MAX_ITEMS.toLocaleString('en')}): narrow the filters to see them all.`);
  if (limits.partiesCapped) notes.push(`The case has more involvements or actors than the timeline fetches (${MAX_ITEMS.toLocaleString('en')}): some parties may be missing.`);
  return notes;
}
