import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { mayInRole } from '../case-admin/roles.js';
import { useT } from '../i18n/LanguageProvider.js';
import { AcledImport } from './AcledImport.js';
import { CASE_FILE_PROFILES, caseFileHref, EXPORT_FORMATS, exportFileName, exportHref, type CaseFileProfile } from './exchange-formats.js';
import { exchangeMessages as m } from './exchange.messages.js';
import './exchange.css';

/** The command that checks a case file, named as typed (not words to translate). */
const VERIFY_COMMAND = 'dossier verify';
/** Values of the format names and member names the messages name, the same in every language. */
const FORMAT_NAMES = { acled: 'ACLED CSV', geojson: 'GeoJSON', featureCollection: 'FeatureCollection', losses: 'losses' };

/** The case in and out of Dossier: ACLED CSV, GeoJSON and full JSON exports, and ACLED CSV import. */
export function ExchangePage({ caseId, role }: { caseId: string; role: string | undefined }) {
  const t = useT();
  const [coarsen, setCoarsen] = useState(false);
  const [profile, setProfile] = useState<CaseFileProfile>('court');
  const [deliberation, setDeliberation] = useState(false);
  const mayIncludeDeliberation = role === 'owner' && profile === 'court';
  const canExport = mayInRole(role, 'exchange:export');
  const canImport = mayInRole(role, 'exchange:import');
  if (!canExport && !canImport) return <p className="muted">{t(m.neitherExportNorImport)}</p>;
  return (
    <div className="exchange">
      {canExport && (
        <section aria-labelledby="export-title" className="card">
          <h2 id="export-title">{t(m.export)}</h2>
          <p className="muted">{t(m.downloadsWarning)}</p>
          <label className="check">
            <input type="checkbox" checked={coarsen} onChange={(e) => setCoarsen(e.currentTarget.checked)} />
            {t(m.coarsen, FORMAT_NAMES)}
          </label>
          <ul className="exports">
            {EXPORT_FORMATS.map((f) => (
              <li key={f.format}>
                <a href={exportHref(caseId, f.format, coarsen)} download={exportFileName(caseId, f.format, coarsen)}>
                  {t(m.download, { format: t(f.label) })}
                </a>
                {f.coarsens && coarsen && <span className="badge">{t(m.coarsened)}</span>}
                <span className="muted"> {t(f.about, FORMAT_NAMES)}</span>
              </li>
            ))}
          </ul>
          <h3>{t(m.caseFile)}</h3>
          <p className="muted">
            <FormattedMessage {...m.caseFileAbout} values={{ command: <code dir="ltr">{VERIFY_COMMAND}</code> }} />
          </p>
          <label>
            {t(m.caseFileFor)}
            <select value={profile} onChange={(e) => setProfile(e.currentTarget.value as CaseFileProfile)}>
              {CASE_FILE_PROFILES.map((p) => (
                <option key={p.name} value={p.name}>
                  {t(p.label)}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">{t(CASE_FILE_PROFILES.find((p) => p.name === profile)!.about)}</p>
          {mayIncludeDeliberation && (
            <label className="check">
              <input type="checkbox" checked={deliberation} onChange={(e) => setDeliberation(e.currentTarget.checked)} />
              {t(m.includeDeliberation)}
            </label>
          )}
          <a href={caseFileHref(caseId, profile, mayIncludeDeliberation && deliberation)} download={`${caseId}-${profile}.zip`}>
            {t(m.downloadCaseFile)}
          </a>
        </section>
      )}
      {canImport && <AcledImport caseId={caseId} />}
    </div>
  );
}
