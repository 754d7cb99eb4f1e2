import { useId, useState } from 'react';
import { termLabel, useVocabularies } from '../vocabularies.js';
import type { CompareResult } from './analysis-types.js';
import { AnalysisFrame, type FrameProps } from './AnalysisFrame.js';
import { CompareChart, MAX_CHART_PARTIES, partyColour } from './CompareChart.js';
import { type CompareGrouping, GROUPINGS, groupedBars, groupsTable, partiesTable, percentText, shareEstimates, standardsTable, victimsTable } from './compare-rows.js';
import { DataTable } from './DataTable.js';
import { IntervalChart } from './IntervalChart.js';
import { useActors } from './use-analysis.js';

/** Parties compared: every party the incidents name, or the ones picked, side by side. */
export function CompareView({ caseId, selection, canPin, onPinned }: FrameProps) {
  const [parties, setParties] = useState<string[]>([]);
  const [grouping, setGrouping] = useState<CompareGrouping>('category');
  const actors = useActors(caseId);
  const toggle = (id: string, on: boolean) => setParties((current) => (on ? [...current, id] : current.filter((p) => p !== id)));
  const params = { ...selection, ...(parties.length ? { party: parties.join(',') } : {}) };
  return (
    <>
      <div className="analysis-controls">
        <fieldset className="analysis-parties">
          <legend>Parties (none ticked: every party the incidents name)</legend>
          {actors.error && <p className="error">Actors not loaded: {actors.error}</p>}
          {actors.value?.map((actor) => (
            <label key={actor.id} className="check">
              <input type="checkbox" checked={parties.includes(actor.id)} onChange={(e) => toggle(actor.id, e.target.checked)} />
              <span dir="auto">{actor.name}</span>
            </label>
          ))}
        </fieldset>
        <GroupingSelect grouping={grouping} onChange={setGrouping} />
      </div>
      <AnalysisFrame<CompareResult> caseId={caseId} analysis="compare" params={params} canPin={canPin} onPinned={onPinned} suggestedTitle="Parties compared">
        {(result) => <CompareResultView result={result} caseId={caseId} grouping={grouping} />}
      </AnalysisFrame>
    </>
  );
}

export function CompareResultView({ result, caseId, grouping }: { result: CompareResult; caseId: string; grouping: CompareGrouping }) {
  const vocabularies = useVocabularies();
  const shares = shareEstimates(result);
  const heading = GROUPINGS.find((g) => g.value === grouping)!.label;
  const colourOf = new Map(result.parties.map((party, i) => [party.actor.id, partyColour(i)]));
  return (
    <>
      <h3>Incidents by {heading}</h3>
      {groupedBars(result, grouping).length > 0 ? (
        <figure className="analysis-figure">
          <CompareChart result={result} grouping={grouping} />
          {result.parties.length > MAX_CHART_PARTIES && <figcaption className="muted">The chart draws the first {MAX_CHART_PARTIES} parties; the tables list all {result.parties.length}.</figcaption>}
        </figure>
      ) : (
        <p className="muted">No incident of these parties records a {heading}: nothing to draw.</p>
      )}
      <DataTable model={groupsTable(result, grouping)} caseId={caseId} />
      <h3>Share of attacks on specially protected objects</h3>
      {shares.length > 0 ? (
        <figure className="analysis-figure">
          <IntervalChart estimates={shares} scale="linear" title="Share of each party's attacks on specially protected objects, with 95% Wilson intervals" colour={(e) => colourOf.get(e.key) ?? '#1d1f23'} format={percentText} />
          <figcaption className="muted">Dot: the share of the party’s attributed attacks that record a target; whisker: its 95% Wilson interval. Parties with too few attacks are in the table, with the reason.</figcaption>
        </figure>
      ) : (
        <p className="muted">No share to draw: no party has enough attributed attacks recording a target; the table below gives each party’s reason.</p>
      )}
      <DataTable model={partiesTable(result)} caseId={caseId} />
      <h3>Victims and standards of proof</h3>
      <DataTable model={victimsTable(result)} caseId={caseId} />
      <DataTable model={standardsTable(result, (vocabulary, id) => termLabel(vocabularies, vocabulary, id))} caseId={caseId} />
    </>
  );
}

/** What the parties are set side by side by: a display choice, not part of the analysis. */
export function GroupingSelect({ grouping, onChange, className }: { grouping: CompareGrouping; onChange: (grouping: CompareGrouping) => void; className?: string }) {
  const id = useId();
  return (
    <label htmlFor={id} className={className}>
      Side by side by
      <select id={id} value={grouping} onChange={(e) => onChange(e.target.value as CompareGrouping)}>
        {GROUPINGS.map((g) => (
          <option key={g.value} value={g.value}>
            {g.label}
          </option>
        ))}
      </select>
    </label>
  );
}
