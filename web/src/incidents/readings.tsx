import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import { incidentMessages as m } from './incidents.messages.js';

/** How the server read each value typed in words, as the incident forms show it before saving. */
export interface Reading {
  field: string;
  typed: string;
  readAs: string;
}

export function ReadingsList({ readings }: { readings: Reading[] }) {
  const t = useT();
  if (readings.length === 0) return null;
  return (
    <ul className="readings" aria-label={t(m.readingsLabel)}>
      {readings.map((r) => (
        <li key={r.field}>
          <FormattedMessage {...m.reading} values={{ field: r.field, typed: r.typed, readAs: r.readAs, b: (chunks) => <strong>{chunks}</strong> }} />
        </li>
      ))}
    </ul>
  );
}
