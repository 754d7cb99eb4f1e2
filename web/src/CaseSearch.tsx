import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { api, ApiError, errorText } from './api.js';
import { caseMessages as m } from './case.messages.js';
import { subjectHref } from './comments/comment-links.js';
import { commentMessages } from './comments/comments.messages.js';
import type { CommentView } from './comments/DiscussionPanel.js';
import { useT } from './i18n/LanguageProvider.js';
import { href } from './route.js';

interface Hit {
  id: string;
  kind: string;
  title: string;
}

/** Text found in evidence: a captured or archived page, a PDF page, an image read by OCR. */
interface TextHit {
  evidenceId: string;
  originalName: string | null;
  origin: string;
  locator: string;
  snippet: string;
}

/** A comment whose words matched, with what it is about (only subjects the reader may read). */
interface CommentHit {
  comment: CommentView;
  subject: { kind: string; id: string; title: string };
}

/** Full text over the case's incidents, claims' excerpts and sources, and the text found in its evidence, in English or Arabic. */
export function CaseSearch({ caseId }: { caseId: string }) {
  const t = useT();
  const intl = useIntl();
  const [hits, setHits] = useState<Hit[] | undefined>();
  const [byKind, setByKind] = useState<Record<string, number>>({});
  // A search in a very large case counts and ranks only its first matches found, and says so.
  const [bounds, setBounds] = useState<{ countsComplete?: boolean; rankedAmong?: number }>({});
  const [textHits, setTextHits] = useState<TextHit[]>([]);
  const [commentHits, setCommentHits] = useState<CommentHit[]>([]);
  const [error, setError] = useState<string | undefined>();
  const search = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    if (!q) return;
    try {
      const base = `/cases/${encodeURIComponent(caseId)}`;
      // Evidence text is for those who may read the case's evidence; the records' search stands without it.
      const [result, inEvidence, inComments] = await Promise.all([
        api<{ hits: Hit[]; byKind: Record<string, number>; countsComplete?: boolean; rankedAmong?: number }>('GET', `${base}/search?q=${encodeURIComponent(q)}&limit=20`),
        api<{ hits: TextHit[] }>('GET', `${base}/evidence/search?q=${encodeURIComponent(q)}&limit=20`).catch((caught: unknown) => {
          if (caught instanceof ApiError && (caught.status === 403 || caught.status === 404)) return { hits: [] };
          throw caught;
        }),
        // The team's discussion: a comment's words find it and what it is about.
        api<{ hits: CommentHit[] }>('GET', `${base}/comments/search?q=${encodeURIComponent(q)}&limit=20`).catch((caught: unknown) => {
          if (caught instanceof ApiError && (caught.status === 403 || caught.status === 404)) return { hits: [] };
          throw caught;
        }),
      ]);
      setHits(result.hits);
      setByKind(result.byKind);
      setBounds({ countsComplete: result.countsComplete, rankedAmong: result.rankedAmong });
      setTextHits(inEvidence.hits);
      setCommentHits(inComments.hits);
      setError(undefined);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title">{t(m.search)}</h2>
      <form role="search" className="inline-search" onSubmit={(e) => void search(e)}>
        <label>
          {t(m.searchThisCase)}
          <input name="q" type="search" dir="auto" placeholder={t(m.searchExample)} />
        </label>
        <button type="submit">{t(m.searchButton)}</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {hits && (
        <div aria-live="polite">
          <p className="muted">
            {hits.length === 0 && textHits.length === 0 && commentHits.length === 0
              ? t(m.nothingFound)
              : intl.formatList(
                  [
                    ...Object.entries(byKind).map(([kind, count]) => t(bounds.countsComplete === false ? m.hitsOfKindAtLeast : m.hitsOfKind, { kind, count })),
                    ...(textHits.length > 0 ? [t(m.inEvidence, { count: textHits.length })] : []),
                    ...(commentHits.length > 0 ? [t(commentMessages.inDiscussions, { count: commentHits.length })] : []),
                  ],
                  { type: 'unit', style: 'short' },
                )}
          </p>
          {bounds.rankedAmong !== undefined && (
            <p className="muted">{t(m.rankedAmong, { count: bounds.rankedAmong })}</p>
          )}
          <ul className="hits" aria-label={t(m.searchResults)}>
            {hits.map((hit) => (
              <li key={hit.id}>
                <span className="kind">{t(m.kindName, { kind: hit.kind })}</span>{' '}
                {hit.kind === 'incident' ? (
                  <a href={href({ page: 'incident', caseId, id: hit.id })} dir="auto">
                    {hit.title}
                  </a>
                ) : (
                  <span dir="auto">{hit.title}</span>
                )}
              </li>
            ))}
          </ul>
          {commentHits.length > 0 && (
            <ul className="hits" aria-label={t(commentMessages.foundInDiscussions)}>
              {commentHits.map(({ comment, subject }) => (
                <li key={comment.id}>
                  <span className="kind">{subject.kind === 'evidence' ? t(commentMessages.evidenceItem) : t(m.kindName, { kind: subject.kind })}</span>{' '}
                  <a href={subjectHref(caseId, subject.kind, subject.id)} dir="auto">
                    {subject.title}
                  </a>
                  <div className="snippet" dir="auto">
                    <bdi>{comment.authorName ?? comment.author}</bdi>: {comment.body.length > 240 ? `${comment.body.slice(0, 240)}…` : comment.body}
                  </div>
                </li>
              ))}
            </ul>
          )}
          {textHits.length > 0 && (
            <ul className="hits" aria-label={t(m.foundInEvidence)}>
              {textHits.map((hit) => (
                <li key={`${hit.evidenceId} ${hit.locator}`}>
                  <span className="kind">{t(m.origin, { origin: hit.origin.replaceAll('-', '_') })}</span>{' '}
                  <a href={href({ page: 'evidence-item', caseId, id: hit.evidenceId })} dir="auto">
                    {hit.originalName ?? hit.evidenceId}
                  </a>{' '}
                  <span className="muted" dir="ltr">
                    {hit.locator}
                  </span>
                  <div className="snippet" dir="auto">
                    {hit.snippet}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
