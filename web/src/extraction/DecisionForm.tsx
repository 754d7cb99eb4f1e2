import type { KeyboardEvent, ReactNode } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { extractionMessages as m } from './extraction.messages.js';
import { cancelOnEscape } from './review-keys.js';

/**
 * The shell every decision's form shares: Escape cancels wherever focus is, Enter (a submit) decides, and the
 * decide and Cancel buttons below the fields.
 */
export function DecisionForm({
  label,
  className,
  decideLabel,
  canDecide,
  onDecide,
  onCancel,
  onKeyDown,
  children,
}: {
  label: string;
  className?: string;
  decideLabel: string;
  canDecide: boolean;
  onDecide: () => void;
  onCancel: () => void;
  /** Keys of the form's own, after Escape. */
  onKeyDown?: (event: KeyboardEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <form
      className={`decision-form${className ? ` ${className}` : ''}`}
      aria-label={label}
      onKeyDown={(event) => {
        cancelOnEscape(onCancel)(event);
        onKeyDown?.(event);
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (canDecide) onDecide();
      }}
    >
      {children}
      <div className="candidate-actions">
        <button type="submit" disabled={!canDecide}>
          {decideLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t(m.cancel)}
        </button>
      </div>
    </form>
  );
}
