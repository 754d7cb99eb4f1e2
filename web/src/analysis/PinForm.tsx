import { type FormEvent, useId, useState } from 'react';
import { api, errorText } from '../api.js';
import { href } from '../route.js';
import type { AnalysisParams } from './analysis-query.js';
import type { AnalysisName, PinnedAnalysis } from './analysis-types.js';

/**
 * Pins the analysis as asked to the case: the server runs it again, keeps the result byte for byte and logs it
 * in the custody ledger. Shown only to roles that may pin.
 */
export function PinForm({ caseId, analysis, params, suggestedTitle, onPinned }: { caseId: string; analysis: AnalysisName; params: AnalysisParams; suggestedTitle: string; onPinned: () => void }) {
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
    <form className="pin-form" aria-label="Pin to case" onSubmit={(event) => void pin(event)}>
      <label htmlFor={titleId}>
        Title of the pinned analysis
        <input id={titleId} value={title} maxLength={300} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <button type="submit" disabled={state.busy}>
        Pin to case
      </button>
      <p aria-live="polite" className="pin-outcome">
        {state.pinned && (
          <span className="ok">
            Pinned: <a href={href({ page: 'analysis-pin', caseId, id: state.pinned.id })}>{state.pinned.title}</a> (ledger entry {state.pinned.ledgerSeq}, tree size {state.pinned.treeSize})
          </span>
        )}
      </p>
      {state.error && (
        <p role="alert" className="error">
          Not pinned: {state.error}
        </p>
      )}
    </form>
  );
}
