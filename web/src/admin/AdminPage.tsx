import { useState } from 'react';
import { AccountsPanel } from './AccountsPanel.js';
import { AuditLog } from './AuditLog.js';
import './admin.css';

/** The instance administrator's page: accounts and the security audit log, never case content. */
export function AdminPage() {
  // A new account is a new audit entry: the log is read again.
  const [created, setCreated] = useState(0);
  return (
    <section aria-labelledby="admin-title" className="admin">
      <h1 id="admin-title">Administration</h1>
      <p className="lead">Accounts of this instance and its security log. An administrator sees a case only as one of its members.</p>
      <AccountsPanel onCreated={() => setCreated((n) => n + 1)} />
      <AuditLog version={created} />
    </section>
  );
}
