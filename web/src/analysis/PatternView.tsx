import { termLabel, useVocabularies } from '../vocabularies.js';
import { analysisPath } from './analysis-query.js';
import type { PatternResult } from './analysis-types.js';
import { AnalysisFrame, type FrameProps } from './AnalysisFrame.js';
import { DataTable, IncidentIds } from './DataTable.js';
import { figuresTable, patternSections } from './pattern-figures.js';

/** Where the server prints a pattern (a page of its own, to print to PDF) and writes it as Markdown. */
export interface PrintedPattern {
  html: string;
  markdown: string;
}

/** Pattern of conduct over the selection: a readable section, printable, with every figure's incidents. */
export function PatternView({ caseId, selection, canPin, onPinned }: FrameProps) {
  const printed = (format: string) => `/api/v1${analysisPath(caseId, 'pattern', { ...selection, format })}`;
  return (
    <AnalysisFrame<PatternResult> caseId={caseId} analysis="pattern" params={selection} canPin={canPin} onPinned={onPinned} suggestedTitle="Pattern of conduct">
      {(result) => <PatternResultView result={result} caseId={caseId} printed={{ html: printed('html'), markdown: printed('markdown') }} />}
    </AnalysisFrame>
  );
}

export function PatternResultView({ result, caseId, printed }: { result: PatternResult; caseId: string; printed: PrintedPattern }) {
  const vocabularies = useVocabularies();
  const sections = patternSections(result, (vocabulary, id) => termLabel(vocabularies, vocabulary, id));
  return (
    <>
      <p className="analysis-links">
        <a href={printed.html} target="_blank" rel="noopener">
          Printable version
        </a>{' '}
        <span className="muted">(opens on its own, to print or save as PDF)</span> ·{' '}
        <a href={printed.markdown} download={`pattern-of-conduct-${result.caseId}.md`}>
          Markdown
        </a>
      </p>
      <article className="pattern-section" aria-label="Pattern of conduct">
        {sections.map((section) => (
          <section key={section.heading}>
            <h3>{section.heading}</h3>
            {section.note && <p>{section.note}</p>}
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
      <h3>The figures in a table</h3>
      <DataTable model={figuresTable(sections)} caseId={caseId} />
    </>
  );
}
