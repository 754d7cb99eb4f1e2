import { type FormEvent, useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import type { AnalysisParams } from './analysis-query.js';
import type { AnalysisName, PinnedAnalysis } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';

/**
 * Pins the analysis as asked to the case: the server runs it again, keeps the result byte for byte and logs it
 * in the custody ledger. Shown only to roles that may pin.
 */
export function PinForm({ caseId, analysis, params, suggestedTitle, onPinned }: { caseId: string; analysis: AnalysisName; params: AnalysisParams; suggestedTitle: string; onPinned: () => void }) {
  const t = useT();
  const intl = useIntl();
  const [title, setTitle] = useState(suggestedTitle);
  const [state, setState] = useState<{ busy?: boolean; pinned?: PinnedAnalysis; error?: string }>({});
  const titleId = useId();

  const pin = async (event: FormEvent) => {
    event.preventDefault();
    setState({ busy: true });
    try {
      const pinned = await api<PinnedAnalysis>('POST', `/cases/${encodeURIComponent(caseId)}/analysis/pins`, { title: title.trim() || suggestedTitle, analysis, query: params });
      setState({ pinned });
      onPinned();
    } catch (caught) {
      setState({ error: errorText(caught) });
    }
  };

  return (
    <form className="pin-form" aria-label={t(m.pinToCase)} onSubmit={(event) => void pin(event)}>
      <label htmlFor={titleId}>
        {t(m.pinTitle)}
        <input id={titleId} value={title} maxLength={300} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <button type="submit" disabled={state.busy}>
        {t(m.pinToCase)}
      </button>
      <p aria-live="polite" className="pin-outcome">
        {state.pinned && (
          <span className="ok">
            <FormattedMessage
              {...m.pinnedAs}
              values={{
                title: state.pinned.title,
                // Ledger entries and sizes are positions in the ledger: the reader's digits, never grouped.
                seq: intl.formatNumber(state.pinned.ledgerSeq, { useGrouping: false }),
                size: intl.formatNumber(state.pinned.treeSize, { useGrouping: false }),
                a: (chunks) => <a href={href({ page: 'analysis-pin', caseId, id: state.pinned!.id })}>{chunks}</a>,
              }}
            />
          </span>
        )}
      </p>
      {state.error && (
        <p role="alert" className="error">
          {t(m.notPinned, { error: state.error })}
        </p>
      )}
    </form>
  );
}
