import { useId, useState } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import type { CompareResult } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
import { AnalysisFrame, type FrameProps } from './AnalysisFrame.js';
import { CompareChart, MAX_CHART_PARTIES, partyColour } from './CompareChart.js';
import { type CompareGrouping, GROUPINGS, groupedBars, groupingText, groupsTable, partiesTable, percentText, shareEstimates, standardsTable, victimsTable } from './compare-rows.js';
import { DataTable } from './DataTable.js';
import { CONFIDENCE } from './figures.js';
import { IntervalChart } from './IntervalChart.js';
import { useActors } from './use-analysis.js';

/** Parties compared: every party the incidents name, or the ones picked, side by side. */
export function CompareView({ caseId, selection, canPin, onPinned }: FrameProps) {
  const t = useT();
  const [parties, setParties] = useState<string[]>([]);
  const [grouping, setGrouping] = useState<CompareGrouping>('category');
  const actors = useActors(caseId);
  const toggle = (id: string, on: boolean) => setParties((current) => (on ? [...current, id] : current.filter((p) => p !== id)));
  const params = { ...selection, ...(parties.length ? { party: parties.join(',') } : {}) };
  return (
    <>
      <div className="analysis-controls">
        <fieldset className="analysis-parties">
          <legend>{t(m.partiesChoice)}</legend>
          {actors.error && <p className="error">{t(m.actorsNotLoaded, { error: actors.error })}</p>}
          {actors.value?.map((actor) => (
            <label key={actor.id} className="check">
              <input type="checkbox" checked={parties.includes(actor.id)} onChange={(e) => toggle(actor.id, e.target.checked)} />
              <span dir="auto">{actor.name}</span>
            </label>
          ))}
        </fieldset>
        <GroupingSelect grouping={grouping} onChange={setGrouping} />
      </div>
      <AnalysisFrame<CompareResult> caseId={caseId} analysis="compare" params={params} canPin={canPin} onPinned={onPinned} suggestedTitle={t(m.partiesCompared)}>
        {(result) => <CompareResultView result={result} caseId={caseId} grouping={grouping} />}
      </AnalysisFrame>
    </>
  );
}

export function CompareResultView({ result, caseId, grouping }: { result: CompareResult; caseId: string; grouping: CompareGrouping }) {
  const t = useT();
  const vocabularies = useVocabularies();
  const shares = shareEstimates(result);
  // Types and means in the vocabularies' words once they are loaded; the API's own labels until then.
  const label = vocabularies ? (vocabulary: string, id: string) => termLabel(vocabularies, vocabulary, id) : undefined;
  const colourOf = new Map(result.parties.map((party, i) => [party.actor.id, partyColour(i)]));
  return (
    <>
      <h3>{t(m.incidentsBy, { grouping })}</h3>
      {groupedBars(result, grouping).length > 0 ? (
        <figure className="analysis-figure">
          <CompareChart result={result} grouping={grouping} label={label} />
          {result.parties.length > MAX_CHART_PARTIES && <figcaption className="muted">{t(m.chartDrawsFirst, { max: MAX_CHART_PARTIES, count: result.parties.length })}</figcaption>}
        </figure>
      ) : (
        <p className="muted">{t(m.nothingToDraw, { grouping })}</p>
      )}
      <DataTable model={groupsTable(result, grouping, label)} caseId={caseId} />
      <h3>{t(m.protectedShareHeading)}</h3>
      {shares.length > 0 ? (
        <figure className="analysis-figure">
          <IntervalChart
            estimates={shares}
            scale="linear"
            title={t(m.protectedShareTitle, { level: CONFIDENCE })}
            colour={(e) => colourOf.get(e.key) ?? '#1d1f23'}
            format={percentText}
          />
          <figcaption className="muted">{t(m.protectedShareCaption, { level: CONFIDENCE })}</figcaption>
        </figure>
      ) : (
        <p className="muted">{t(m.noShare)}</p>
      )}
      <DataTable model={partiesTable(result)} caseId={caseId} />
      <h3>{t(m.victimsAndStandards)}</h3>
      <DataTable model={victimsTable(result)} caseId={caseId} />
      <DataTable model={standardsTable(result, (vocabulary, id) => termLabel(vocabularies, vocabulary, id))} caseId={caseId} />
    </>
  );
}

/** What the parties are set side by side by: a display choice, not part of the analysis. */
export function GroupingSelect({ grouping, onChange, className }: { grouping: CompareGrouping; onChange: (grouping: CompareGrouping) => void; className?: string }) {
  const t = useT();
  const id = useId();
  return (
    <label htmlFor={id} className={className}>
      {t(m.sideBySideBy)}
      <select id={id} value={grouping} onChange={(e) => onChange(e.target.value as CompareGrouping)}>
        {GROUPINGS.map((g) => (
          <option key={g} value={g}>
            {groupingText(g)}
          </option>
        ))}
      </select>
    </label>
  );
}
