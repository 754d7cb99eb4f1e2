import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { mayInRole } from '../case-admin/roles.js';
import { type IncidentFilters, isFiltered } from '../filters.js';
import { useT } from '../i18n/LanguageProvider.js';
import { withArea } from '../map/place-filter.js';
import { href } from '../route.js';
import { GRADE_SCALE, selectionParams } from './analysis-query.js';
import { ANALYSES, type AnalysisName } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
import { AreaFilterNotice } from './AreaFilterNotice.js';
import { CompareView } from './CompareView.js';
import { PatternView } from './PatternView.js';
import { PinnedList } from './PinnedList.js';
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
  const t = useT();
  const intl = useIntl();
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
      <h2 id="analysis-title">{t(m.title)}</h2>
      <nav aria-label={t(m.analysesNav)} className="analysis-views">
        {ANALYSES.map((name) => (
          <a key={name} href={href({ page: 'analysis', caseId, kind: name })} aria-current={!pinId && name === current ? 'page' : undefined}>
            {t(m.analysisName, { analysis: name })}
          </a>
        ))}
      </nav>
      {pinId ? (
        <PinnedView key={pinId} caseId={caseId} pinId={pinId} pin={pins.value?.find((pin) => pin.id === pinId)} />
      ) : (
        <>
          <div className="analysis-controls">
            <label htmlFor={gradeId}>
              {t(m.minimumGrade)}
              <select id={gradeId} value={minGrade} onChange={(e) => setMinGrade(e.target.value)}>
                <option value="">{t(m.anyGrade)}</option>
                {GRADE_SCALE.map((grade) => (
                  <option key={grade} value={grade}>
                    {t(m.gradeOrStronger, { grade })}
                  </option>
                ))}
              </select>
            </label>
            <p className="muted">{t(isFiltered(filters) ? m.overFiltered : m.overAll)}</p>
            {filters.pcode && <AreaFilterNotice pcode={filters.pcode} onClear={() => onFiltersChange({ ...filters, pcode: undefined })} />}
            {notApplied.length > 0 && <p className="warning">{t(m.notApplied, { filters: intl.formatList(notApplied, { type: 'conjunction' }) })}</p>}
          </div>
          {View ? <View key={current} {...frame} /> : <WhereView key={current} {...frame} onChooseArea={(pcode) => onFiltersChange(withArea(filters, pcode))} />}
        </>
      )}
      <PinnedList caseId={caseId} pins={pins} />
    </section>
  );
}
