import { useId, useState } from 'react';
import type { SequenceResult } from './analysis-types.js';
import { AnalysisFrame, type FrameProps } from './AnalysisFrame.js';
import { DataTable, IncidentIds } from './DataTable.js';
import { SequenceChart } from './SequenceChart.js';
import { overlapWords, placesTable } from './sequence-rows.js';

export const LEVELS = [
  { value: 'admin1', label: 'governorate (admin 1)' },
  { value: 'admin2', label: 'district (admin 2)' },
  { value: 'admin3', label: 'sub-district (admin 3)' },
  { value: 'community', label: 'community' },
  { value: 'area', label: 'named area' },
] as const;

/** Campaign sequence: places at a level in the order first struck, and how far their active periods overlap. */
export function SequenceView({ caseId, selection, canPin, onPinned }: FrameProps) {
  const [level, setLevel] = useState<string>('admin2');
  const levelId = useId();
  const label = LEVELS.find((l) => l.value === level)?.label ?? level;
  return (
    <>
      <div className="analysis-controls">
        <label htmlFor={levelId}>
          Places at the level of
          <select id={levelId} value={level} onChange={(e) => setLevel(e.target.value)}>
            {LEVELS.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <AnalysisFrame<SequenceResult> caseId={caseId} analysis="sequence" params={{ ...selection, level }} canPin={canPin} onPinned={onPinned} suggestedTitle={`Sequence by ${label}`}>
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
          Not placed at this level, so in no row: <IncidentIds text={`${result.notAtLevel.count} ${result.notAtLevel.count === 1 ? 'incident' : 'incidents'}`} ids={result.notAtLevel.incidentIds} caseId={caseId} />
        </div>
      )}
      <figure className="analysis-figure">
        <SequenceChart result={result} />
      </figure>
      <DataTable model={placesTable(result)} caseId={caseId} />
    </>
  );
}
