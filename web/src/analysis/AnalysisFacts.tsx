import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import type { AnalysisEnvelope } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
import { IncidentIds } from './DataTable.js';
import { ledgerText, methodText, reasonText, selectionText } from './envelope-words.js';
import { figureText } from './figures.js';

/** Which incidents the result counts and which it left out (why, and which), by what method, on what data. */
export function AnalysisFacts({ result, caseId }: { result: AnalysisEnvelope; caseId: string }) {
  const t = useT();
  const { selection } = result;
  return (
    <dl className="analysis-facts" aria-label={t(m.aboutResult)}>
      <div>
        <dt>{t(m.selection)}</dt>
        <dd>
          {selectionText(selection)}
          {selection.excluded.length > 0 && (
            <ul>
              {selection.excluded.map((entry) => (
                <li key={entry.reason}>
                  <FormattedMessage {...m.excludedEntry} values={{ reason: reasonText(entry.reason), count: <IncidentIds text={figureText(entry.count)} ids={entry.incidentIds} caseId={caseId} /> }} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t(m.method)}</dt>
        <dd>
          {methodText(result)}
          <details>
            <summary>{t(m.assumptions)}</summary>
            {/* The method's own words, as the server states them (in English). */}
            <ul lang="en" dir="auto">
              {result.method.assumptions.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <ul lang="en" dir="auto">
              {result.method.references.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        </dd>
      </div>
      <div>
        <dt>{t(m.computedAt)}</dt>
        <dd>
          <span title={result.ledger.root}>{ledgerText(result)}</span> <span className="muted">{t(m.signedCheckpoint)}</span>
        </dd>
      </div>
    </dl>
  );
}
