import { useId, useState } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { dateText } from '../incidents/values.js';
import { timelineMessages } from '../timeline/timeline.messages.js';
import { BIN_UNITS, type BinUnit } from '../timeline/timeline-bins.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { type TempoChoice, tempoParams } from './analysis-query.js';
import type { TempoResult } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
import { AnalysisFrame, type FrameProps } from './AnalysisFrame.js';
import { TempoResultView } from './TempoResultView.js';
import { useContextEvents } from './use-analysis.js';

/** Tempo: incidents per day, week or month, and before and after the context events or dates chosen. */
export function TempoView({ caseId, selection, canPin, onPinned }: FrameProps) {
  const t = useT();
  const [choice, setChoice] = useState<TempoChoice>({ bin: 'week', eventIds: [], eventKind: '', dates: '', windowDays: 30 });
  // Typed dates are asked for once written out (on leaving the field or Enter), not at every keystroke.
  const [datesDraft, setDatesDraft] = useState('');
  const events = useContextEvents(caseId);
  const vocabularies = useVocabularies();
  const ids = { bin: useId(), kind: useId(), dates: useId(), window: useId() };
  const set = (change: Partial<TempoChoice>) => setChoice((current) => ({ ...current, ...change }));
  const toggleEvent = (id: string, on: boolean) => set({ eventIds: on ? [...choice.eventIds, id] : choice.eventIds.filter((e) => e !== id) });
  const kinds = [...new Set((events.value ?? []).map((event) => event.eventKind))].sort();
  const params = { ...selection, ...tempoParams(choice) };

  return (
    <>
      <div className="analysis-controls">
        <label htmlFor={ids.bin}>
          {t(timelineMessages.binBy)}
          <select id={ids.bin} value={choice.bin} onChange={(e) => set({ bin: e.target.value as BinUnit })}>
            {BIN_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(timelineMessages.binUnit, { unit })}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="analysis-events">
          <legend>{t(m.compareBeforeAfter)}</legend>
          {events.error && <p className="error">{t(m.eventsNotLoaded, { error: events.error })}</p>}
          {events.value?.length === 0 && <p className="muted">{t(m.noContextEvents)}</p>}
          {events.value?.map((event) => (
            <label key={event.id} className="check">
              <input type="checkbox" checked={choice.eventIds.includes(event.id)} onChange={(e) => toggleEvent(event.id, e.target.checked)} />
              <span dir="auto">{event.title}</span>{' '}
              <span className="muted" dir="auto">
                ({dateText(event.date)})
              </span>
            </label>
          ))}
          <label htmlFor={ids.kind}>
            {t(m.everyEventOfKind)}
            <select id={ids.kind} value={choice.eventKind} onChange={(e) => set({ eventKind: e.target.value })}>
              <option value="">{t(m.noKind)}</option>
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {termLabel(vocabularies, 'context_event_kinds', kind)}
                </option>
              ))}
            </select>
          </label>
          <label htmlFor={ids.dates}>
            {t(m.typedDates)}
            <input
              id={ids.dates}
              value={datesDraft}
              placeholder="2016-09-12"
              onChange={(e) => setDatesDraft(e.target.value)}
              onBlur={() => set({ dates: datesDraft })}
              onKeyDown={(e) => e.key === 'Enter' && set({ dates: datesDraft })}
            />
          </label>
          <label htmlFor={ids.window}>
            {t(m.daysBeforeAfter)}
            <input id={ids.window} type="number" min={1} max={3650} value={choice.windowDays} onChange={(e) => set({ windowDays: Math.max(1, Math.round(Number(e.target.value) || 1)) })} />
          </label>
        </fieldset>
      </div>
      <AnalysisFrame<TempoResult> caseId={caseId} analysis="tempo" params={params} canPin={canPin} onPinned={onPinned} suggestedTitle={t(m.tempoBy, { unit: choice.bin })}>
        {(result) => <TempoResultView result={result} caseId={caseId} events={events.value ?? []} />}
      </AnalysisFrame>
    </>
  );
}
