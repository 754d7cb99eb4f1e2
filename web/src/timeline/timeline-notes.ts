import { MAX_ITEMS } from '../fetch-pages.js';
import { translate } from '../i18n/active-locale.js';
import type { TimelineModel } from './incident-timeline.js';
import { timelineMessages as m } from './timeline.messages.js';

/**
 * What the chart counts and what it leaves out, in words: a reader must not take the bars for all the
 * incidents when most dates are too uncertain for one bin.
 */
export function timelineNotes(model: TimelineModel, limits: { incidentsCapped?: boolean; partiesCapped?: boolean } = {}): string[] {
  const unit = model.unit;
  const notes = [translate(m.notePinned, { count: model.pinned.length, unit })];
  if (model.spanned.length) notes.push(translate(m.noteSpanned, { count: model.spanned.length, unit }));
  if (model.undated.length) notes.push(translate(m.noteUndated, { count: model.undated.length }));
  if (model.clipped) {
    const bins = model.bins.length;
    notes.push(model.beforeShown.length ? translate(m.noteClippedBefore, { unit, bins, before: model.beforeShown.length }) : translate(m.noteClipped, { unit, bins }));
  }
  if (limits.incidentsCapped) notes.push(translate(m.incidentsCapped, { max: MAX_ITEMS }));
  if (limits.partiesCapped) notes.push(translate(m.partiesCapped, { max: MAX_ITEMS }));
  return notes;
}
