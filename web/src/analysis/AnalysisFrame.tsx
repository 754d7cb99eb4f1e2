import type { ReactNode } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import type { AnalysisParams } from './analysis-query.js';
import type { AnalysisName, AnalysisResult } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
import { AnalysisFacts } from './AnalysisFacts.js';
import { PinForm } from './PinForm.js';
import { useAnalysis } from './use-analysis.js';

export interface FrameProps {
  caseId: string;
  /** The selection's parameters (shared filters, minimum grade) the view adds its own to. */
  selection: AnalysisParams;
  canPin: boolean;
  onPinned: () => void;
}

/**
 * One analysis as asked: its result, or the API's refusal in words; what the result stands on; pinning it; and
 * the view's charts and tables.
 */
export function AnalysisFrame<T extends AnalysisResult>({
  caseId,
  analysis,
  params,
  canPin,
  onPinned,
  suggestedTitle,
  children,
}: Omit<FrameProps, 'selection'> & { analysis: AnalysisName; params: AnalysisParams; suggestedTitle: string; children: (result: T) => ReactNode }) {
  const t = useT();
  const { value: result, error } = useAnalysis<T>(caseId, analysis, params);
  if (error) {
    return (
      <p role="alert" className="error">
        {t(m.noResult, { error })}
      </p>
    );
  }
  if (!result) return <p className="loading">{t(m.computing)}</p>;
  return (
    <>
      <AnalysisFacts result={result} caseId={caseId} />
      {canPin && <PinForm key={JSON.stringify(params)} caseId={caseId} analysis={analysis} params={params} suggestedTitle={suggestedTitle} onPinned={onPinned} />}
      {children(result)}
    </>
  );
}
