import { useState } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { RevealButton } from './RevealButton.js';
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
  if (shown) return <img className="thumbnail" loading="lazy" width={80} src={blurred ? `${url}?shown=1` : url} alt={plainAlt} />;
  const named = labels.map(names).join(', ');
  return (
    <div className="graphic-thumbnail">
      <img className="thumbnail blurred" loading="lazy" width={80} src={url} alt={t(m.blurredThumbnailOf, { name })} title={named ? t(m.warning, { labels: named }) : t(m.warningAlways)} />
      <RevealButton caseId={caseId} evidenceId={evidenceId} name={name} className="show-graphic" onShown={() => setShown(true)} />
    </div>
  );
}
