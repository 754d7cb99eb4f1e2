import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { caseAdminMessages as m } from './case-admin.messages.js';
import './confirm.css';

/**
 * A button for something that cannot be undone: the first press asks, in the page (no browser dialog), and
 * only the second does it. The question takes the focus, and Cancel gives it back to the button. The caller gives
 * the words, in the reader's language.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled }: { label: string; question: string; confirmLabel: string; onConfirm: () => unknown; disabled?: boolean }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={opener} type="button" className="secondary" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  const go = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <span role="group" aria-label={question} className="confirm" onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <span dir="auto">{question}</span>{' '}
      <button ref={confirm} type="button" className="danger" disabled={busy} onClick={() => void go()}>
        {confirmLabel}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {t(m.cancel)}
      </button>
    </span>
  );
}
