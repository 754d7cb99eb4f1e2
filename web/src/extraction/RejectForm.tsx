import { useState } from 'react';
import { cancelOnEscape } from './review-keys.js';

/** The reason a candidate is rejected; kept with the decision, and only its commitment goes into the log. */
export function RejectForm({ busy, onSubmit, onCancel }: { busy: boolean; onSubmit: (reason: string) => void; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  return (
    <form
      className="decision-form"
      aria-label="Reject the candidate"
      onKeyDown={cancelOnEscape(onCancel)}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(reason);
      }}
    >
      <label>
        Reason for rejecting
        <input autoFocus value={reason} onChange={(event) => setReason(event.target.value)} maxLength={2000} />
      </label>
      <div className="candidate-actions">
        <button type="submit" disabled={busy}>
          Reject
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
