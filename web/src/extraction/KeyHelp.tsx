import { REVIEW_KEYS } from './review-keys.js';

const KEY_NAMES: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑' };

/** The review queue's keys, shown on "?" and closed by it, by Escape or by its button. */
export function KeyHelp({ onClose }: { onClose: () => void }) {
  return (
    <section role="dialog" aria-label="Keyboard shortcuts" className="card key-help">
      <h3>Keyboard shortcuts</h3>
      <dl>
        {REVIEW_KEYS.map(({ keys, action, words }) => (
          <div key={action}>
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{KEY_NAMES[key] ?? key}</kbd>
              ))}
            </dt>
            <dd>{words}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>Close a form, or this help</dd>
        </div>
      </dl>
      <p className="muted">Keys are not read while you type in a field.</p>
      <button type="button" className="secondary" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
