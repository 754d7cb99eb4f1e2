import { useId, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import type { SequenceResult } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
import { AnalysisFrame, type FrameProps } from './AnalysisFrame.js';
import { DataTable, IncidentIds } from './DataTable.js';
import { incidentsText } from './figures.js';
import { SequenceChart } from './SequenceChart.js';
import { overlapWords, placesTable } from './sequence-rows.js';

/** The levels places are set in sequence at; their names in words are analysisMessages.levelName's. */
export const LEVELS = ['admin1', 'admin2', 'admin3', 'community', 'area'] as const;

/** Campaign sequence: places at a level in the order first struck, and how far their active periods overlap. */
export function SequenceView({ caseId, selection, canPin, onPinned }: FrameProps) {
  const t = useT();
  const [level, setLevel] = useState<string>('admin2');
  const levelId = useId();
  return (
    <>
      <div className="analysis-controls">
        <label htmlFor={levelId}>
          {t(m.placesAtLevel)}
          <select id={levelId} value={level} onChange={(e) => setLevel(e.target.value)}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(m.levelName, { level: l })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <AnalysisFrame<SequenceResult> caseId={caseId} analysis="sequence" params={{ ...selection, level }} canPin={canPin} onPinned={onPinned} suggestedTitle={t(m.sequenceBy, { level })}>
        {(result) => <SequenceResultView result={result} caseId={caseId} />}
      </AnalysisFrame>
    </>
  );
}

export function SequenceResultView({ result, caseId }: { result: SequenceResult; caseId: string }) {
  return (
    <>
      <p className="analysis-figure-note">
        <strong>{overlapWords(result)}</strong>
      </p>
      {result.notAtLevel.count > 0 && (
        <div className="muted">
          <FormattedMessage {...m.notAtLevel} values={{ incidents: <IncidentIds text={incidentsText(result.notAtLevel.count)} ids={result.notAtLevel.incidentIds} caseId={caseId} /> }} />
        </div>
      )}
      <figure className="analysis-figure">
        <SequenceChart result={result} />
      </figure>
      <DataTable model={placesTable(result)} caseId={caseId} />
    </>
  );
}
