import { useState } from 'react';
import { mayInRole } from '../case-admin/roles.js';
import { AcledImport } from './AcledImport.js';
import { EXPORT_FORMATS, exportFileName, exportHref } from './exchange-formats.js';
import './exchange.css';

/** The case in and out of Dossier: ACLED CSV, GeoJSON and full JSON exports, and ACLED CSV import. */
export function ExchangePage({ caseId, role }: { caseId: string; role: string | undefined }) {
  const [coarsen, setCoarsen] = useState(false);
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
        </section>
      )}
      {canImport && <AcledImport caseId={caseId} />}
    </div>
  );
}
