import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import { Said } from '../i18n/Said.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import type { AnalysisEnvelope } from './analysis-types.js';
import { tableMessages as tm } from './analysis-tables.messages.js';
import { analysisMessages as m } from './analysis.messages.js';
import { IncidentIds } from './DataTable.js';
import { ledgerText, methodText, reasonText, selectionText } from './envelope-words.js';
import { figureText } from './figures.js';
import { methodWordings } from './result-wordings.js';

/** Which incidents the result counts and which it left out (why, and which), by what method, on what data. */
export function AnalysisFacts({ result, caseId }: { result: AnalysisEnvelope; caseId: string }) {
  const t = useT();
  const vocabularies = useVocabularies();
  const { selection } = result;
  const { assumptions } = methodWordings(result);
  // Terms the server names by their id, in the page's words (parties compared's assumptions).
  const values = { discounted: termLabel(vocabularies, 'attribution_statuses', 'discounted'), notAssessed: t(tm.notAssessed) };
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
            {/* The method's own words, in the reader's language where the app knows the wording, else as the server states them. */}
            <ul>
              {result.method.assumptions.map((line, i) => {
                const wording = assumptions[i];
                return wording ? (
                  <li key={line}>
                    <Said wording={wording} values={values} />
                  </li>
                ) : (
                  <li key={line} lang="en" dir="ltr">
                    {line}
                  </li>
                );
              })}
            </ul>
            {/* Citations as published: titles of publications are not translated. */}
            <ul lang="en" dir="ltr">
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
