import { useState } from 'react';
import { errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { revealItem } from './sensitivity-api.js';
import { sensitivityMessages as m } from './sensitivity.messages.js';

/**
 * A thumbnail in a list. For an item the reader's setting blurs, the server sends a blurred picture (the plain one
 * never reaches the browser); a button shows it, after the click-through is recorded. The plain picture is then
 * asked for at another address, so no cached blurred copy stands in for it.
 */
export function GraphicThumbnail({ caseId, evidenceId, name, url, blurred, labels, names, plainAlt }: {
  caseId: string;
  evidenceId: string;
  name: string;
  url: string;
  blurred: boolean;
  labels: readonly string[];
  names: (code: string) => string;
  plainAlt: string;
}) {
  const t = useT();
  const [shown, setShown] = useState(!blurred);
  const [error, setError] = useState<string | undefined>();
  if (shown) return <img className="thumbnail" loading="lazy" width={80} src={blurred ? `${url}?shown=1` : url} alt={plainAlt} />;
  const named = labels.map(names).join(', ');
  return (
    <div className="graphic-thumbnail">
      <img className="thumbnail blurred" loading="lazy" width={80} src={url} alt={t(m.blurredThumbnailOf, { name })} title={named ? t(m.warning, { labels: named }) : t(m.warningAlways)} />
      <button
        type="button"
        className="show-graphic"
        aria-label={t(m.showOf, { name })}
        onClick={() =>
          void revealItem(caseId, evidenceId).then(
            () => setShown(true),
            (caught: unknown) => setError(errorText(caught)),
          )
        }
      >
        {t(m.show)}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
