/**
 * The parts of a capture that run inside the page, as plain script text: functions compiled here would carry
 * the compiler's helpers into the page, where they do not exist. What a captured page says about itself:
 * title, canonical URL, author, publication time, Open Graph and Twitter card tags, and links to the media it
 * shows, kept as the page states them.
 */
import type { Page } from 'playwright-core';

export interface PageMetadata {
  title: string;
  canonicalUrl: string | null;
  author: string | null;
  publishedTime: string | null;
  language: string | null;
  description: string | null;
  openGraph: Record<string, string>;
  media: Array<{ kind: 'image' | 'video' | 'audio'; url: string }>;
}

const MAX_MEDIA = 200;

const READ_METADATA = `(() => {
  const meta = (selector) => document.querySelector(selector)?.content?.trim() || null;
  const openGraph = {};
  for (const element of document.querySelectorAll('meta[property^="og:"], meta[property^="article:"], meta[name^="twitter:"]')) {
    const key = element.getAttribute('property') ?? element.getAttribute('name');
    if (key && element.content && !(key in openGraph)) openGraph[key] = element.content.trim();
  }
  const media = [];
  const seen = new Set();
  const add = (kind, url) => {
    if (!url || url.startsWith('data:') || seen.has(url) || media.length >= ${MAX_MEDIA}) return;
    seen.add(url);
    media.push({ kind, url });
  };
  add('image', openGraph['og:image']);
  add('video', openGraph['og:video'] ?? openGraph['og:video:url']);
  for (const video of document.querySelectorAll('video')) {
    add('video', video.currentSrc || video.src);
    for (const source of video.querySelectorAll('source')) add('video', source.src);
  }
  for (const audio of document.querySelectorAll('audio')) add('audio', audio.currentSrc || audio.src);
  for (const image of document.images) add('image', image.currentSrc || image.src);
  return {
    title: document.title,
    canonicalUrl: document.querySelector('link[rel="canonical"]')?.href ?? null,
    author: meta('meta[name="author"]') ?? meta('meta[property="article:author"]'),
    publishedTime: meta('meta[property="article:published_time"]') ?? meta('meta[itemprop="datePublished"]') ?? meta('meta[name="date"]')
      ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    language: document.documentElement.lang || null,
    description: meta('meta[name="description"]') ?? meta('meta[property="og:description"]'),
    openGraph,
    media,
  };
})()`;

export function readPageMetadata(page: Page): Promise<PageMetadata> {
  return page.evaluate(READ_METADATA) as Promise<PageMetadata>;
}

/** Scrolls one screen down; true once the bottom is reached. */
export function scrollOneScreen(page: Page): Promise<boolean> {
  return page.evaluate('window.scrollBy(0, window.innerHeight), window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2') as Promise<boolean>;
}

export async function scrollToTop(page: Page): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
}

/** The text a reader sees, as the browser lays it out. */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate("document.body ? document.body.innerText : ''") as Promise<string>;
}
