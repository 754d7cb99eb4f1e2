import { useId, useState } from 'react';
import { mayInRole } from '../case-admin/roles.js';
import { type IncidentFilters, isFiltered } from '../filters.js';
import { withArea } from '../map/place-filter.js';
import { href } from '../route.js';
import { GRADE_SCALE, selectionParams } from './analysis-query.js';
import { ANALYSES, type AnalysisName } from './analysis-types.js';
import { AreaFilterNotice } from './AreaFilterNotice.js';
import { CompareView } from './CompareView.js';
import { PatternView } from './PatternView.js';
import { PinnedList, ANALYSIS_LABELS } from './PinnedList.js';
import { PinnedView } from './PinnedView.js';
import { SequenceView } from './SequenceView.js';
import { TempoView } from './TempoView.js';
import { usePins } from './use-analysis.js';
import { WhereView } from './WhereView.js';
import './analysis.css';

// Where is drawn apart: its areas, clicked, narrow the case's filters.
const VIEWS = { tempo: TempoView, sequence: SequenceView, compare: CompareView, pattern: PatternView };

/**
 * The case's analyses over the incidents the shared filters select: tempo around events, the campaign's
 * sequence, parties compared, the pattern of conduct, where (areas and waves); each with its selection, method and ledger point, its
 * tables as CSV, and pinned to the case where the role allows.
 */
export function AnalysisPage({
  caseId,
  view,
  pinId,
  role,
  filters,
  onFiltersChange,
}: {
  caseId: string;
  view?: string;
  pinId?: string;
  role: string | undefined;
  filters: IncidentFilters;
  onFiltersChange: (next: IncidentFilters) => void;
}) {
  const [minGrade, setMinGrade] = useState('');
  const [pinsVersion, setPinsVersion] = useState(0);
  const pins = usePins(caseId, pinsVersion);
  const gradeId = useId();
  const current: AnalysisName = (ANALYSES as readonly string[]).includes(view ?? '') ? (view as AnalysisName) : 'tempo';
  const { params, notApplied } = selectionParams(filters, minGrade || undefined);
  const View = current === 'where' ? undefined : VIEWS[current];
  const frame = { caseId, selection: params, canPin: mayInRole(role, 'analyses:pin'), onPinned: () => setPinsVersion((n) => n + 1) };

  return (
    <section className="analysis" aria-labelledby="analysis-title">
      <h2 id="analysis-title">Analysis</h2>
      <nav aria-label="Analyses" className="analysis-views">
        {ANALYSES.map((name) => (
          <a key={name} href={href({ page: 'analysis', caseId, kind: name })} aria-current={!pinId && name === current ? 'page' : undefined}>
            {ANALYSIS_LABELS[name]}
          </a>
        ))}
      </nav>
      {pinId ? (
        <PinnedView key={pinId} caseId={caseId} pinId={pinId} pin={pins.value?.find((pin) => pin.id === pinId)} />
      ) : (
        <>
          <div className="analysis-controls">
            <label htmlFor={gradeId}>
              Minimum grade
              <select id={gradeId} value={minGrade} onChange={(e) => setMinGrade(e.target.value)}>
                <option value="">any grade</option>
                {GRADE_SCALE.map((grade) => (
                  <option key={grade} value={grade}>
                    {grade.replace('_', ' ')} or stronger
                  </option>
                ))}
              </select>
            </label>
            <p className="muted">
              {isFiltered(filters) ? 'Over the incidents the case’s filters select (set on the incident list, the map, or here by area).' : 'Over all the case’s incidents; the incident list’s filters narrow it.'}
            </p>
            {filters.pcode && <AreaFilterNotice pcode={filters.pcode} onClear={() => onFiltersChange({ ...filters, pcode: undefined })} />}
            {notApplied.length > 0 && <p className="warning">Not applied here: {notApplied.join(' and ')}; analyses take the type, means, target, grade, party, place and date filters.</p>}
          </div>
          {View ? <View key={current} {...frame} /> : <WhereView key={current} {...frame} onChooseArea={(pcode) => onFiltersChange(withArea(filters, pcode))} />}
        </>
      )}
      <PinnedList caseId={caseId} pins={pins} />
    </section>
  );
}
