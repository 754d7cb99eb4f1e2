import { useEffect, useState } from 'react';
import { api, ApiError, type Session } from './api.js';
import { CaseList } from './CaseList.js';
import { CaseOverview } from './CaseOverview.js';
import { ChangePassword, SignIn } from './SignIn.js';

/** Signed out, a sign-in form; signed in, the cases one belongs to, and a case's overview. */
export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [openCase, setOpenCase] = useState<string | undefined>(undefined);

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
    setOpenCase(undefined);
    setSession(null);
  };
  return (
    <>
      <header className="bar">
        <button type="button" className="brand" onClick={() => setOpenCase(undefined)}>
          Dossier
        </button>
        <span className="who">{session.user.displayName}</span>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <main>{openCase ? <CaseOverview caseId={openCase} role={session.cases.find((c) => c.id === openCase)?.role} /> : <CaseList onOpen={(id) => void refresh().then(() => setOpenCase(id))} />}</main>
    </>
  );
}
