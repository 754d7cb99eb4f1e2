import { lazy, Suspense, useEffect, useState } from 'react';
import { api, ApiError, type Session } from './api.js';
import { CaseList } from './CaseList.js';
import { CaseShell } from './CaseShell.js';
import type { IncidentFilters } from './filters.js';
import { go, useRoute } from './route.js';
import { ChangePassword, SignIn } from './SignIn.js';

// The ledger's verifier is loaded only when asked for.
const LedgerPage = lazy(() => import('./ledger/LedgerPage.js').then((m) => ({ default: m.LedgerPage })));
const AccountPage = lazy(() => import('./account/AccountPage.js').then((m) => ({ default: m.AccountPage })));
const AdminPage = lazy(() => import('./admin/AdminPage.js').then((m) => ({ default: m.AdminPage })));

/** Signed out, a sign-in form; signed in, the cases one belongs to, each case's pages, and the custody ledger. */
export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const route = useRoute();
  const caseId = 'caseId' in route ? route.caseId : undefined;
  // One set of filters per open case, shared by its incident list, map and timeline.
  const [filters, setFilters] = useState<{ caseId?: string; value: IncidentFilters }>({ value: {} });
  const caseFilters = filters.caseId === caseId ? filters.value : {};

  const refresh = () =>
    api<Session>('GET', '/auth/session').then(setSession, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) setSession(null);
      else throw error;
    });
  useEffect(() => {
    void refresh();
  }, []);

  if (session === undefined) return <p className="loading">Loading…</p>;
  if (session === null) return <SignIn onSignedIn={() => void refresh()} />;
  if (session.user.mustChangePassword) return <ChangePassword onChanged={() => void refresh()} />;
  const signOut = async () => {
    await api('POST', '/auth/logout');
    go({ page: 'cases' });
    setSession(null);
  };
  const role = session.cases.find((c) => c.id === caseId)?.role;
  return (
    <>
      <header className="bar">
        <a className="brand" href="#/">
          Dossier
        </a>
        <a href="#/ledger" aria-current={route.page === 'ledger' && !caseId ? 'page' : undefined}>
          Custody ledger
        </a>
        {session.user.isAdmin && (
          <a href="#/admin" aria-current={route.page === 'admin' ? 'page' : undefined}>
            Administration
          </a>
        )}
        <a className="who" href="#/account" aria-current={route.page === 'account' ? 'page' : undefined} aria-label={`Your account (${session.user.displayName})`}>
          {session.user.displayName}
        </a>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <main>
        {caseId ? (
          <CaseShell route={route as Parameters<typeof CaseShell>[0]['route']} role={role} filters={caseFilters} onFiltersChange={(value) => setFilters({ caseId, value })} />
        ) : route.page === 'ledger' || route.page === 'account' || route.page === 'admin' ? (
          <Suspense fallback={<p className="loading">Loading…</p>}>
            {route.page === 'ledger' && <LedgerPage />}
            {route.page === 'account' && <AccountPage session={session} onChanged={() => void refresh()} />}
            {route.page === 'admin' && <AdminPage />}
          </Suspense>
        ) : (
          <CaseList onOpen={(id) => void refresh().then(() => go({ page: 'overview', caseId: id }))} />
        )}
      </main>
    </>
  );
}
