import { useEffect, useState } from 'react';

/**
 * Where the app is, kept in the URL's fragment: links can be shared and bookmarked, the back button works, and
 * the server needs no route of its own (the fragment never reaches it).
 */
export type CasePage = 'overview' | 'incidents' | 'incident' | 'evidence' | 'evidence-item' | 'map' | 'timeline' | 'ledger';
export type Route = { page: 'cases' } | { page: 'ledger' } | { page: CasePage; caseId: string; id?: string };

const CASE_PAGES: Record<string, CasePage> = { incidents: 'incidents', evidence: 'evidence', map: 'map', timeline: 'timeline', ledger: 'ledger' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'ledger') return { page: 'ledger' };
  if (parts[0] !== 'cases' || !parts[1]) return { page: 'cases' };
  const caseId = parts[1];
  const section = parts[2];
  if (!section) return { page: 'overview', caseId };
  const page = CASE_PAGES[section];
  if (!page) return { page: 'overview', caseId };
  if (parts[3] && page === 'incidents') return { page: 'incident', caseId, id: parts[3] };
  if (parts[3] && page === 'evidence') return { page: 'evidence-item', caseId, id: parts[3] };
  return { page, caseId };
}

export function href(route: Route): string {
  if (route.page === 'cases') return '#/';
  if (route.page === 'ledger' && !('caseId' in route)) return '#/ledger';
  const { caseId, id } = route as { caseId: string; id?: string };
  const base = `#/cases/${encodeURIComponent(caseId)}`;
  switch (route.page) {
    case 'overview':
      return base;
    case 'incident':
      return `${base}/incidents/${encodeURIComponent(id ?? '')}`;
    case 'evidence-item':
      return `${base}/evidence/${encodeURIComponent(id ?? '')}`;
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
