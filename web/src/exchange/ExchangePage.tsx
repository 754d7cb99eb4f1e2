import { useState } from 'react';
import { mayInRole } from '../case-admin/roles.js';
import { AcledImport } from './AcledImport.js';
import { CASE_FILE_PROFILES, caseFileHref, EXPORT_FORMATS, exportFileName, exportHref, type CaseFileProfile } from './exchange-formats.js';
import './exchange.css';

/** The case in and out of Dossier: ACLED CSV, GeoJSON and full JSON exports, and ACLED CSV import. */
export function ExchangePage({ caseId, role }: { caseId: string; role: string | undefined }) {
  const [coarsen, setCoarsen] = useState(false);
  const [profile, setProfile] = useState<CaseFileProfile>('court');
  const canExport = mayInRole(role, 'exchange:export');
  const canImport = mayInRole(role, 'exchange:import');
  if (!canExport && !canImport) return <p className="muted">Your role in this case allows neither export nor import.</p>;
  return (
    <div className="exchange">
      {canExport && (
        <section aria-labelledby="export-title" className="card">
          <h2 id="export-title">Export</h2>
          <p className="muted">Downloads go straight to your computer: mind where an export goes once it leaves the team.</p>
          <label className="check">
            <input type="checkbox" checked={coarsen} onChange={(e) => setCoarsen(e.currentTarget.checked)} />
            Coarsen protected and exact sites to their settlement (for exports that leave the team; ACLED CSV and GeoJSON)
          </label>
          <ul className="exports">
            {EXPORT_FORMATS.map((f) => (
              <li key={f.format}>
                <a href={exportHref(caseId, f.format, coarsen)} download={exportFileName(caseId, f.format, coarsen)}>
                  Download {f.label}
                </a>
                {f.coarsens && coarsen && <span className="badge">coarsened</span>}
                <span className="muted"> {f.about}</span>
              </li>
            ))}
          </ul>
          <h3>Case file</h3>
          <p className="muted">
            A sealed BagIt bag: the evidence files, the case’s records, and every custody entry with its proof against the signed log. Anyone can check it
            offline with <code>dossier verify</code>, without trusting this server. Making it is logged.
          </p>
          <label>
            Case file for
            <select value={profile} onChange={(e) => setProfile(e.currentTarget.value as CaseFileProfile)}>
              {CASE_FILE_PROFILES.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">{CASE_FILE_PROFILES.find((p) => p.name === profile)?.about}</p>
          <a href={caseFileHref(caseId, profile)} download={`${caseId}-${profile}.zip`}>
            Download case file
          </a>
        </section>
      )}
      {canImport && <AcledImport caseId={caseId} />}
    </div>
  );
}
