import { useState } from 'react';
import { api } from '../api.js';
import { useLoaded } from '../use-loaded.js';
import { auditDetails, auditEventsIn, filterAudit, type AuditRecord } from './admin-values.js';

const LIMITS = [50, 100, 250, 500, 1000];

/**
 * The security log, newest first: sign-ins, roles granted, tokens made and used, disclosures. The API gives
 * the latest entries up to a limit; the event and text filters narrow what was fetched.
 */
export function AuditLog({ version }: { version: number }) {
  const [limit, setLimit] = useState(100);
  const [event, setEvent] = useState('');
  const [text, setText] = useState('');
  const [reloads, setReloads] = useState(0);
  const loaded = useLoaded(() => api<{ items: AuditRecord[] }>('GET', `/admin/audit?limit=${limit}`).then((r) => r.items), [limit, reloads, version]);
  const shown = loaded.value ? filterAudit(loaded.value, event, text) : [];
  // The chosen event stays offered while a longer or shorter list loads.
  const events = [...new Set([...auditEventsIn(loaded.value ?? []), ...(event ? [event] : [])])];
  return (
    <section aria-labelledby="audit-title" className="audit">
      <h2 id="audit-title">Audit log</h2>
      <form className="audit-filters" onSubmit={(e) => (e.preventDefault(), setReloads((n) => n + 1))} aria-label="Audit log filters">
        <label>
          Latest entries
          <select value={limit} onChange={(e) => setLimit(Number(e.currentTarget.value))}>
            {LIMITS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          Event
          <select value={event} onChange={(e) => setEvent(e.currentTarget.value)}>
            <option value="">All events</option>
            {events.map((name) => (
              <option key={name} value={name}>
                {name.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Actor or detail contains
          <input type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} dir="auto" />
        </label>
        <button type="submit" className="secondary">
          Refresh
        </button>
      </form>
      {loaded.error && (
        <p role="alert" className="error">
          {loaded.error}
        </p>
      )}
      <p role="status" className="muted">
        {loaded.value && `${shown.length} of the latest ${loaded.value.length} entries shown.`}
      </p>
      {!loaded.value && !loaded.error && <p className="loading">Loading…</p>}
      {loaded.value && (
        <div className="table-scroll">
          <table aria-label="Audit log">
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Event</th>
                <th scope="col">Actor</th>
                <th scope="col">Address</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.id}>
                  <td className="nowrap">{r.at.slice(0, 19).replace('T', ' ')}</td>
                  <td className="nowrap">{r.event.replaceAll('_', ' ')}</td>
                  <td dir="auto">{r.actor}</td>
                  <td>{r.address ?? '—'}</td>
                  <td>
                    <ul className="details">
                      {auditDetails(r.details).map((d) => (
                        <li key={d} dir="auto">
                          {d}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
