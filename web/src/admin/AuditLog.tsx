import { useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { adminMessages as m } from './admin.messages.js';
import { auditDetails, auditEventLabel, auditEventsIn, filterAudit, type AuditRecord } from './admin-values.js';

const LIMITS = [50, 100, 250, 500, 1000];

/**
 * The security log, newest first: sign-ins, roles granted, tokens made and used, disclosures. The API gives
 * the latest entries up to a limit; the event and text filters narrow what was fetched.
 */
export function AuditLog({ version }: { version: number }) {
  const t = useT();
  const intl = useIntl();
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
      <h2 id="audit-title">{t(m.auditLog)}</h2>
      <form className="audit-filters" onSubmit={(e) => (e.preventDefault(), setReloads((n) => n + 1))} aria-label={t(m.auditFilters)}>
        <label>
          {t(m.latestEntries)}
          <select value={limit} onChange={(e) => setLimit(Number(e.currentTarget.value))}>
            {LIMITS.map((n) => (
              <option key={n} value={n}>
                {intl.formatNumber(n)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(m.event)}
          <select value={event} onChange={(e) => setEvent(e.currentTarget.value)}>
            <option value="">{t(m.allEvents)}</option>
            {events.map((name) => (
              <option key={name} value={name}>
                {auditEventLabel(name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(m.actorOrDetail)}
          <input type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} dir="auto" />
        </label>
        <button type="submit" className="secondary">
          {t(m.refresh)}
        </button>
      </form>
      {loaded.error && (
        <p role="alert" className="error">
          {loaded.error}
        </p>
      )}
      <p role="status" className="muted">
        {loaded.value && t(m.entriesShown, { shown: shown.length, total: loaded.value.length })}
      </p>
      {!loaded.value && !loaded.error && <p className="loading">{t(m.loading)}</p>}
      {loaded.value && (
        <div className="table-scroll">
          <table aria-label={t(m.auditLog)}>
            <thead>
              <tr>
                <th scope="col">{t(m.whenUtc)}</th>
                <th scope="col">{t(m.event)}</th>
                <th scope="col">{t(m.actor)}</th>
                <th scope="col">{t(m.address)}</th>
                <th scope="col">{t(m.details)}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.id}>
                  <td className="nowrap">
                    <time dateTime={r.at}>{intl.formatDate(r.at, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC', hourCycle: 'h23' })}</time>
                  </td>
                  <td className="nowrap">{auditEventLabel(r.event)}</td>
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
