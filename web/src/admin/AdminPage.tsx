import { useState } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { adminMessages as m } from './admin.messages.js';
import { AccountsPanel } from './AccountsPanel.js';
import { AuditLog } from './AuditLog.js';
import './admin.css';

/** The instance administrator's page: accounts and the security audit log, never case content. */
export function AdminPage() {
  const t = useT();
  // A new account is a new audit entry: the log is read again.
  const [created, setCreated] = useState(0);
  return (
    <section aria-labelledby="admin-title" className="admin">
      <h1 id="admin-title">{t(m.title)}</h1>
      <p className="lead">{t(m.lead)}</p>
      <AccountsPanel onCreated={() => setCreated((n) => n + 1)} />
      <AuditLog version={created} />
    </section>
  );
}
