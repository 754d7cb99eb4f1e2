import { useState } from 'react';
import { DecisionForm } from './DecisionForm.js';

/** The reason a candidate is rejected; kept with the decision, and only its commitment goes into the log. */
export function RejectForm({ busy, onSubmit, onCancel }: { busy: boolean; onSubmit: (reason: string) => void; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  return (
    <DecisionForm label="Reject the candidate" decideLabel="Reject" canDecide={!busy} onDecide={() => onSubmit(reason)} onCancel={onCancel}>
      <label>
        Reason for rejecting
        <input autoFocus value={reason} onChange={(event) => setReason(event.target.value)} maxLength={2000} />
      </label>
    </DecisionForm>
  );
}
