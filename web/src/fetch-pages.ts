import { api } from './api.js';

/** The list endpoints' largest page. */
const PAGE_SIZE = 500;
/** 20 pages of 500: beyond that a browser page is the wrong tool, and the page using this says the list was cut. */
export const MAX_PAGES = 20;
export const MAX_ITEMS = PAGE_SIZE * MAX_PAGES;

export interface AllPages<T> {
  items: T[];
  /** True when more pages remained after MAX_PAGES. */
  capped: boolean;
}

/** Every item of a case's list endpoint, following nextCursor, up to MAX_PAGES pages. */
export async function fetchAllPages<T>(path: string, query: URLSearchParams = new URLSearchParams()): Promise<AllPages<T>> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const params = new URLSearchParams(query);
    params.set('limit', String(PAGE_SIZE));
    if (cursor) params.set('cursor', cursor);
    const result = await api<{ items: T[]; nextCursor?: string }>('GET', `${path}?${params.toString()}`);
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) return { items, capped: false };
  }
  return { items, capped: true };
}
