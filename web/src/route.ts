import { useEffect, useState } from 'react';

/**
 * Where the app is, kept in the URL's fragment: links can be shared and bookmarked, the back button works, and
 * the server needs no route of its own (the fragment never reaches it).
 */
export type CasePage = 'overview' | 'incidents' | 'incident' | 'evidence' | 'evidence-item' | 'map' | 'timeline' | 'ledger' | 'records' | 'record' | 'members' | 'exchange' | 'analysis' | 'analysis-pin' | 'extraction' | 'queue' | 'activity';
/** Pages outside any case: the list of cases, the whole ledger, one's own account and notifications, the administrator's page. */
export type GlobalPage = 'cases' | 'ledger' | 'account' | 'admin' | 'notifications';
/** An invitation link (#/invite/<token>): the token lives in the fragment, which never reaches the server's logs. */
export type InviteRoute = { page: 'invite'; token: string };
export type Route = { page: GlobalPage } | InviteRoute | { page: CasePage; caseId: string; id?: string; kind?: string };

const CASE_PAGES: Record<string, CasePage> = {
  incidents: 'incidents',
  queue: 'queue',
  evidence: 'evidence',
  map: 'map',
  timeline: 'timeline',
  ledger: 'ledger',
  records: 'records',
  members: 'members',
  exchange: 'exchange',
  analysis: 'analysis',
  activity: 'activity',
};
const GLOBAL_PAGES: Record<string, GlobalPage> = { ledger: 'ledger', account: 'account', admin: 'admin', notifications: 'notifications' };

export function parseRoute(hash: string): Route {
  let parts: string[];
  try {
    parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    // A mangled address (a stray "%") opens the list of cases rather than a blank page.
    return { page: 'cases' };
  }
  if (parts[0] === 'invite' && parts[1]) return { page: 'invite', token: parts[1] };
  const global = GLOBAL_PAGES[parts[0] ?? ''];
  if (global) return { page: global };
  if (parts[0] !== 'cases' || !parts[1]) return { page: 'cases' };
  const caseId = parts[1];
  const section = parts[2];
  if (!section) return { page: 'overview', caseId };
  // An extraction's review queue: #/cases/c/extractions/ext_… (no list page: each item lists its own).
  if (section === 'extractions' && parts[3]) return { page: 'extraction', caseId, id: parts[3] };
  const page = CASE_PAGES[section];
  if (!page) return { page: 'overview', caseId };
  if (parts[3] && page === 'incidents') return { page: 'incident', caseId, id: parts[3] };
  if (parts[3] && page === 'evidence') return { page: 'evidence-item', caseId, id: parts[3] };
  // Records of every kind: #/cases/c/records/sources lists sources, #/cases/c/records/sources/src_… opens one.
  if (parts[3] && parts[4] && page === 'records') return { page: 'record', caseId, kind: parts[3], id: parts[4] };
  if (parts[3] && page === 'records') return { page: 'records', caseId, kind: parts[3] };
  // Analyses: #/cases/c/analysis/sequence opens a view, #/cases/c/analysis/pins/anl_… a pinned result.
  if (parts[3] === 'pins' && parts[4] && page === 'analysis') return { page: 'analysis-pin', caseId, id: parts[4] };
  if (parts[3] && page === 'analysis') return { page: 'analysis', caseId, kind: parts[3] };
  return { page, caseId };
}

export function href(route: Route): string {
  if (route.page === 'cases') return '#/';
  if (route.page === 'invite') return `#/invite/${encodeURIComponent(route.token)}`;
  if (!('caseId' in route)) return `#/${route.page}`;
  const { caseId, id, kind } = route;
  const base = `#/cases/${encodeURIComponent(caseId)}`;
  switch (route.page) {
    case 'overview':
      return base;
    case 'incident':
      return `${base}/incidents/${encodeURIComponent(id ?? '')}`;
    case 'evidence-item':
      return `${base}/evidence/${encodeURIComponent(id ?? '')}`;
    case 'extraction':
      return `${base}/extractions/${encodeURIComponent(id ?? '')}`;
    case 'records':
      return kind ? `${base}/records/${encodeURIComponent(kind)}` : `${base}/records`;
    case 'analysis':
      return kind ? `${base}/analysis/${encodeURIComponent(kind)}` : `${base}/analysis`;
    case 'analysis-pin':
      return `${base}/analysis/pins/${encodeURIComponent(id ?? '')}`;
    case 'record':
      return `${base}/records/${encodeURIComponent(kind ?? '')}/${encodeURIComponent(id ?? '')}`;
    default:
      return `${base}/${route.page}`;
  }
}

export function go(route: Route): void {
  window.location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
