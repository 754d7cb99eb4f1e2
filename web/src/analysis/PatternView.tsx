import { useT } from '../i18n/LanguageProvider.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { analysisPath } from './analysis-query.js';
import type { PatternResult } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
import { AnalysisFrame, type FrameProps } from './AnalysisFrame.js';
import { DataTable, IncidentIds } from './DataTable.js';
import { figuresTable, patternSections } from './pattern-figures.js';

/** Where the server prints a pattern (a page of its own, to print to PDF) and writes it as Markdown. */
export interface PrintedPattern {
  html: string;
  markdown: string;
}

/** A format's name, the same in every language. */
const MARKDOWN = 'Markdown';

/** Pattern of conduct over the selection: a readable section, printable, with every figure's incidents. */
export function PatternView({ caseId, selection, canPin, onPinned }: FrameProps) {
  const t = useT();
  const printed = (format: string) => `/api/v1${analysisPath(caseId, 'pattern', { ...selection, format })}`;
  return (
    <AnalysisFrame<PatternResult> caseId={caseId} analysis="pattern" params={selection} canPin={canPin} onPinned={onPinned} suggestedTitle={t(m.analysisName, { analysis: 'pattern' })}>
      {(result) => <PatternResultView result={result} caseId={caseId} printed={{ html: printed('html'), markdown: printed('markdown') }} />}
    </AnalysisFrame>
  );
}

export function PatternResultView({ result, caseId, printed }: { result: PatternResult; caseId: string; printed: PrintedPattern }) {
  const t = useT();
  const vocabularies = useVocabularies();
  const sections = patternSections(result, (vocabulary, id) => termLabel(vocabularies, vocabulary, id));
  return (
    <>
      <p className="analysis-links">
        <a href={printed.html} target="_blank" rel="noopener">
          {t(m.printable)}
        </a>{' '}
        <span className="muted">{t(m.printableNote)}</span> ·{' '}
        <a href={printed.markdown} download={`pattern-of-conduct-${result.caseId}.md`}>
          {MARKDOWN}
        </a>
      </p>
      <article className="pattern-section" aria-label={t(m.analysisName, { analysis: 'pattern' })}>
        {sections.map((section) => (
          <section key={section.heading}>
            <h3>{section.heading}</h3>
            {section.note && <p dir="auto">{section.note}</p>}
            {section.figures.length > 0 && (
              <dl className="pattern-figures">
                {section.figures.map((figure, i) => (
                  <div key={i}>
                    <dt dir="auto">{figure.label}</dt>
                    <dd>
                      {figure.incidentIds.length > 0 ? <IncidentIds text={figure.value} ids={figure.incidentIds} caseId={caseId} /> : figure.value}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        ))}
      </article>
      <h3>{t(m.figuresInTable)}</h3>
      <DataTable model={figuresTable(sections)} caseId={caseId} />
    </>
  );
}
