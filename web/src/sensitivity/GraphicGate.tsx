import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { RevealButton } from './RevealButton.js';
import { sensitivityMessages as m } from './sensitivity.messages.js';

/**
 * What shows an item's content (its preview, its video) stays closed behind a warning naming its labels until
 * the reader clicks through; the click-through is recorded by the server, which only then sends the plain
 * pictures. Readers whose setting does not blur it go straight to the content.
 */
export function GraphicGate({ caseId, evidenceId, name, blurred, labels, names, children }: {
  caseId: string;
  evidenceId: string;
  name: string;
  blurred: boolean;
  labels: readonly string[];
  names: (code: string) => string;
  children: ReactNode;
}) {
  const t = useT();
  const [open, setOpen] = useState(!blurred);
  if (open) return <>{children}</>;
  const named = labels.map(names).join(', ');
  return (
    <section className="card graphic-gate" aria-labelledby="graphic-gate-title">
      <h3 id="graphic-gate-title">{t(m.labels)}</h3>
      <p className="graphic-warning">{named ? t(m.warning, { labels: named }) : t(m.warningAlways)}</p>
      <RevealButton caseId={caseId} evidenceId={evidenceId} name={name} onShown={() => setOpen(true)} />
    </section>
  );
}
