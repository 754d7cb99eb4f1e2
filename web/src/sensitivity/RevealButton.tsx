import { useState } from 'react';
import { errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { revealItem } from './sensitivity-api.js';
import { sensitivityMessages as m } from './sensitivity.messages.js';

/**
 * The explicit click-through to a graphic item: the server records it (for the reader's daily count and the
 * audit) before anything plain is shown, so `onShown` runs only once it has.
 */
export function RevealButton({ caseId, evidenceId, name, className, onShown }: { caseId: string; evidenceId: string; name: string; className?: string; onShown: () => void }) {
  const t = useT();
  const [error, setError] = useState<string | undefined>();
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={t(m.showOf, { name })}
        onClick={() =>
          void revealItem(caseId, evidenceId).then(onShown, (caught: unknown) => setError(errorText(caught)))
        }
      >
        {t(m.show)}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </>
  );
}
