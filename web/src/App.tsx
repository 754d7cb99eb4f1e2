import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { appMessages as m } from './app.messages.js';
import { api, ApiError, type Session } from './api.js';
import { CaseList } from './CaseList.js';
import { CaseShell } from './CaseShell.js';
import type { IncidentFilters } from './filters.js';
import { go, href, useRoute } from './route.js';
import { LanguagePicker } from './i18n/LanguagePicker.js';
import { LanguageProvider, useT } from './i18n/LanguageProvider.js';
import { languageChosenHere, rememberLanguageHere } from './i18n/chosen-language.js';
import type { Locale, Numerals } from './i18n/locales.js';
import { Bell } from './notifications/Bell.js';
import { ChangePassword, SignIn } from './SignIn.js';

// The ledger's verifier is loaded only when asked for.
const LedgerPage = lazy(() => import('./ledger/LedgerPage.js').then((m) => ({ default: m.LedgerPage })));
const AccountPage = lazy(() => import('./account/AccountPage.js').then((m) => ({ default: m.AccountPage })));
const NotificationsPage = lazy(() => import('./notifications/NotificationsPage.js').then((m) => ({ default: m.NotificationsPage })));
const AdminPage = lazy(() => import('./admin/AdminPage.js').then((m) => ({ default: m.AdminPage })));
const InvitationPage = lazy(() => import('./account/InvitationPage.js').then((m) => ({ default: m.InvitationPage })));

/**
 * Signed out, a sign-in form in the browser's language; signed in, the cases one belongs to, each case's pages,
 * and the custody ledger, in the language the account chose.
 */
export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [signedOutLocale, setSignedOutLocale] = useState<Locale>(languageChosenHere);
  const locale = session?.user.language ?? signedOutLocale;
  const numerals = session?.user.numerals;
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

  const choose = async (chosen: Locale, digits: Numerals | undefined) => {
    rememberLanguageHere(chosen);
    setSignedOutLocale(chosen);
    if (session) setSession(await api<Session>('PUT', '/auth/preferences', { language: chosen, numerals: digits ?? null }));
  };
  // Signing out, the sign-in page speaks the language last chosen in this browser (the account page keeps it too).
  const signedInOrOut = (next: Session | null) => {
    if (next === null) setSignedOutLocale(languageChosenHere());
    setSession(next);
  };
  const picker = <LanguagePicker locale={locale} numerals={numerals} onChange={(l, n) => void choose(l, n)} />;

  return (
    <LanguageProvider locale={locale} numerals={numerals}>
      {session === undefined ? (
        <main>
          <Loading />
        </main>
      ) : route.page === 'invite' ? (
        // Signed in or not: the link makes an account or joins with this one, then opens the case.
        <main>
          <Suspense fallback={<Loading />}>
            <InvitationPage token={route.token} session={session} onJoined={(id) => void refresh().then(() => go({ page: 'overview', caseId: id }))} languagePicker={picker} />
          </Suspense>
        </main>
      ) : session === null ? (
        <main>
          <SignIn onSignedIn={() => void refresh()} languagePicker={picker} />
        </main>
      ) : session.user.mustChangePassword ? (
        <main>
          <ChangePassword onChanged={() => void refresh()} />
        </main>
      ) : (
        <SignedIn session={session} setSession={signedInOrOut} refresh={refresh} route={route} caseId={caseId} filters={caseFilters} setFilters={setFilters} languagePicker={picker} />
      )}
    </LanguageProvider>
  );
}

function Loading() {
  const t = useT();
  return <p className="loading">{t(m.loading)}</p>;
}

function SignedIn({
  session,
  setSession,
  refresh,
  route,
  caseId,
  filters,
  setFilters,
  languagePicker,
}: {
  session: Session;
  setSession: (session: Session | null) => void;
  refresh: () => Promise<void>;
  route: ReturnType<typeof useRoute>;
  caseId: string | undefined;
  filters: IncidentFilters;
  setFilters: (filters: { caseId?: string; value: IncidentFilters }) => void;
  languagePicker: ReactNode;
}) {
  const t = useT();
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
          {t(m.custodyLedger)}
        </a>
        {session.user.isAdmin && (
          <a href="#/admin" aria-current={route.page === 'admin' ? 'page' : undefined}>
            {t(m.administration)}
          </a>
        )}
        <a className="who" href="#/account" aria-current={route.page === 'account' ? 'page' : undefined} aria-label={t(m.yourAccount, { name: session.user.displayName })}>
          <bdi>{session.user.displayName}</bdi>
        </a>
        <Bell current={route.page === 'notifications'} routeKey={href(route)} />
        <button type="button" onClick={() => void signOut()}>
          {t(m.signOut)}
        </button>
        {languagePicker}
      </header>
      <main>
        {caseId ? (
          <CaseShell route={route as Parameters<typeof CaseShell>[0]['route']} role={role} username={session.user.username} filters={filters} onFiltersChange={(value) => setFilters({ caseId, value })} />
        ) : route.page === 'ledger' || route.page === 'account' || route.page === 'admin' || route.page === 'notifications' ? (
          <Suspense fallback={<Loading />}>
            {route.page === 'ledger' && <LedgerPage />}
            {route.page === 'account' && <AccountPage session={session} onChanged={() => void refresh()} />}
            {route.page === 'admin' && <AdminPage />}
            {route.page === 'notifications' && <NotificationsPage />}
          </Suspense>
        ) : (
          <CaseList onOpen={(id) => void refresh().then(() => go({ page: 'overview', caseId: id }))} />
        )}
      </main>
    </>
  );
}
