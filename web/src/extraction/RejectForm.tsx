import { useState } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { DecisionForm } from './DecisionForm.js';
import { extractionMessages as m } from './extraction.messages.js';

/** The reason a candidate is rejected; kept with the decision, and only its commitment goes into the log. */
export function RejectForm({ busy, onSubmit, onCancel }: { busy: boolean; onSubmit: (reason: string) => void; onCancel: () => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  return (
    <DecisionForm label={t(m.rejectTheCandidate)} decideLabel={t(m.reject)} canDecide={!busy} onDecide={() => onSubmit(reason)} onCancel={onCancel}>
      <label>
        {t(m.reasonForRejecting)}
        <input autoFocus value={reason} onChange={(event) => setReason(event.target.value)} maxLength={2000} />
      </label>
    </DecisionForm>
  );
}
