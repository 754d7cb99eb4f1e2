import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from './route.js';

describe('routes in the address fragment', () => {
  const routes: Route[] = [
    { page: 'cases' },
    { page: 'ledger' },
    { page: 'overview', caseId: 'aleppo-2016' },
    { page: 'incidents', caseId: 'aleppo-2016' },
    { page: 'queue', caseId: 'aleppo-2016' },
    { page: 'incident', caseId: 'aleppo-2016', id: 'inc_01abc' },
    { page: 'evidence-item', caseId: 'aleppo-2016', id: 'ev_01xyz' },
    { page: 'extraction', caseId: 'aleppo-2016', id: 'ext_01abc' },
    { page: 'map', caseId: 'aleppo-2016' },
    { page: 'timeline', caseId: 'aleppo-2016' },
    { page: 'ledger', caseId: 'aleppo-2016' },
    { page: 'records', caseId: 'aleppo-2016' },
    { page: 'records', caseId: 'aleppo-2016', kind: 'sources' },
    { page: 'record', caseId: 'aleppo-2016', kind: 'sources', id: 'src_01' },
    { page: 'members', caseId: 'aleppo-2016' },
    { page: 'exchange', caseId: 'aleppo-2016' },
    { page: 'analysis', caseId: 'aleppo-2016' },
    { page: 'analysis', caseId: 'aleppo-2016', kind: 'sequence' },
    { page: 'analysis-pin', caseId: 'aleppo-2016', id: 'anl_01' },
    { page: 'account' },
    { page: 'admin' },
    { page: 'invite', token: 'Zx9_-abcDEF0123456789abcdefghijklmnopqrstu' },
  ];
  it.each(routes)('reads back what it writes: %o', (route) => {
    expect(parseRoute(href(route))).toEqual(route);
  });

  it('keeps ids with characters that need escaping intact', () => {
    const route: Route = { page: 'incident', caseId: 'حلب 2016', id: 'inc/1?x' };
    expect(href(route)).not.toMatch(/ |\?/);
    expect(parseRoute(href(route))).toEqual(route);
  });

  it('opens the list of cases for an unknown or mangled address, never throwing', () => {
    expect(parseRoute('')).toEqual({ page: 'cases' });
    expect(parseRoute('#/nowhere')).toEqual({ page: 'cases' });
    expect(parseRoute('#/cases/%E0%A4%A')).toEqual({ page: 'cases' });
    expect(parseRoute('#/cases/c1/unknown-section')).toEqual({ page: 'overview', caseId: 'c1' });
    expect(parseRoute('#/cases/c1/extractions')).toEqual({ page: 'overview', caseId: 'c1' });
    expect(parseRoute('#/invite')).toEqual({ page: 'cases' });
  });
});
