import { invalidField } from '../common/errors.js';

/** Long enough for a reasoned argument, short enough that a thread stays readable and a revision small. */
export const MAX_COMMENT_LENGTH = 10_000;

/** A comment's words checked: not empty, not longer than the limit. Kept as written (no trimming inside). */
export function checkedBody(body: unknown): string {
  if (typeof body !== 'string' || body.trim() === '') throw invalidField('body', 'is empty: write the comment', body);
  if (body.length > MAX_COMMENT_LENGTH) {
    throw invalidField('body', `is ${body.length.toLocaleString('en-GB')} characters long; a comment holds at most ${MAX_COMMENT_LENGTH.toLocaleString('en-GB')}`, `${body.slice(0, 40)}…`);
  }
  return body.trim();
}

/**
 * `@name` where name is an account name (lowercase letters, digits, dot, dash, underscore). Not after a letter,
 * digit or dot, so an e-mail address (ali@example.org) names nobody; a trailing dot or dash is the sentence's.
 */
const MENTION = /(?<![\p{L}\p{N}._@-])@([A-Za-z0-9][A-Za-z0-9._-]*)/gu;

/** The account names a comment mentions, each once, in order of first mention. */
export function mentionsIn(body: string): string[] {
  const names = [...body.matchAll(MENTION)].map((match) => match[1]!.replace(/[._-]+$/, '').toLowerCase());
  return [...new Set(names.filter((name) => name.length >= 2))];
}

/**
 * `#id` of a record or an evidence item: Dossier's ids are a short prefix and 26 base32 digits (src/common/ids.ts),
 * so a hashtag or an issue number is never taken for one.
 */
const RECORD_LINK = /(?<![\p{L}\p{N}_])#([a-z]{2,5}_[0-9a-hjkmnp-tv-z]{26})(?![\p{L}\p{N}_])/gu;

/** The ids a comment links to, each once, in order of first link. */
export function linksIn(body: string): string[] {
  return [...new Set([...body.matchAll(RECORD_LINK)].map((match) => match[1]!))];
}

/** A piece of a comment as the web renders it: plain text, a mention, or a link to a record. */
export type CommentPart = { text: string } | { mention: string; text: string } | { link: string; text: string };

/**
 * The body cut into text, mentions and links, for a face to render: only mentions of `names` and links to
 * `readable` ids become parts of their own; anything else stays text, exactly as written.
 */
export function commentParts(body: string, names: ReadonlySet<string>, readable: ReadonlySet<string>): CommentPart[] {
  const found = [
    ...[...body.matchAll(MENTION)].map((m) => ({ at: m.index!, text: `@${m[1]!.replace(/[._-]+$/, '')}`, mention: m[1]!.replace(/[._-]+$/, '').toLowerCase() })),
    ...[...body.matchAll(RECORD_LINK)].map((m) => ({ at: m.index!, text: m[0], link: m[1]! })),
  ].sort((a, b) => a.at - b.at);
  const parts: CommentPart[] = [];
  let from = 0;
  for (const piece of found) {
    const known = 'mention' in piece ? names.has(piece.mention!) : readable.has(piece.link!);
    if (!known || piece.at < from) continue;
    if (piece.at > from) parts.push({ text: body.slice(from, piece.at) });
    parts.push('mention' in piece ? { mention: piece.mention!, text: piece.text } : { link: piece.link!, text: piece.text });
    from = piece.at + piece.text.length;
  }
  if (from < body.length) parts.push({ text: body.slice(from) });
  return mergeText(parts);
}

function mergeText(parts: CommentPart[]): CommentPart[] {
  const merged: CommentPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && Object.keys(last).length === 1 && Object.keys(part).length === 1) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
