import { useT } from '../i18n/LanguageProvider.js';
import { extractionMessages as m } from './extraction.messages.js';
import { REVIEW_KEYS } from './review-keys.js';

/** Keys as their caps show them: the same on every keyboard the app is used with. */
const KEY_NAMES: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Escape: 'Esc' };

/** The review queue's keys, shown on "?" and closed by it, by Escape or by its button. */
export function KeyHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <section role="dialog" aria-label={t(m.keyboardShortcuts)} className="card key-help">
      <h3>{t(m.keyboardShortcuts)}</h3>
      <dl>
        {REVIEW_KEYS.map(({ keys, action, words }) => (
          <div key={action}>
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{KEY_NAMES[key] ?? key}</kbd>
              ))}
            </dt>
            <dd>{t(words)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>{KEY_NAMES.Escape}</kbd>
          </dt>
          <dd>{t(m.keyEscape)}</dd>
        </div>
      </dl>
      <p className="muted">{t(m.keysNotWhileTyping)}</p>
      <button type="button" className="secondary" onClick={onClose}>
        {t(m.close)}
      </button>
    </section>
  );
}
