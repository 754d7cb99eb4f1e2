import type { AnalysisEnvelope } from './analysis-types.js';
import { IncidentIds } from './DataTable.js';
import { ledgerText, methodText, reasonText, selectionText } from './envelope-words.js';

/** Which incidents the result counts and which it left out (why, and which), by what method, on what data. */
export function AnalysisFacts({ result, caseId }: { result: AnalysisEnvelope; caseId: string }) {
  const { selection } = result;
  return (
    <dl className="analysis-facts" aria-label="About this result">
      <div>
        <dt>Selection</dt>
        <dd>
          {selectionText(selection)}
          {selection.excluded.length > 0 && (
            <ul>
              {selection.excluded.map((entry) => (
                <li key={entry.reason}>
                  {reasonText(entry.reason)}: <IncidentIds text={String(entry.count)} ids={entry.incidentIds} caseId={caseId} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>Method</dt>
        <dd>
          {methodText(result)}
          <details>
            <summary>Assumptions and references</summary>
            <ul>
              {result.method.assumptions.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <ul>
              {result.method.references.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        </dd>
      </div>
      <div>
        <dt>Computed at</dt>
        <dd>
          <span title={result.ledger.root}>{ledgerText(result)}</span> <span className="muted">(the custody ledger’s signed checkpoint)</span>
        </dd>
      </div>
    </dl>
  );
}
