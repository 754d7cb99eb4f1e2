import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { api, errorText } from '../api.js';
import { mayInRole } from '../case-admin/roles.js';
import { utcTime } from '../format/dates.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { subjectHref } from './comment-links.js';
import { commentMessages as m } from './comments.messages.js';

type Part = { text: string; mention?: string; name?: string; link?: string; kind?: string };

/** A comment as the server shows it (src/comments/comment-views.ts): its latest words, cut into parts. */
export interface CommentView {
  id: string;
  subject: { kind: string; id: string };
  replyTo: string | null;
  author: string;
  authorName: string | null;
  body: string;
  parts: Part[];
  rev: number;
  edited: boolean;
  createdAt: string;
  updatedAt: string;
}

interface Revision {
  rev: number;
  author: string;
  at: string;
  body: string;
  ledgerSeq: number;
}

/**
 * The discussion of one incident, record or evidence item: the thread with its replies, edits shown as edited
 * with every revision readable, and a form to post. The server's refusal (an empty comment, a mention of
 * someone who may not read this) is shown beside the form that caused it; nothing is posted then.
 */
export function DiscussionPanel({ caseId, subjectId, username, role }: { caseId: string; subjectId: string; username: string | undefined; role: string | undefined }) {
  const t = useT();
  const canComment = mayInRole(role, 'annotations:write');
  const base = `/cases/${encodeURIComponent(caseId)}/comments`;
  const [version, setVersion] = useState(0);
  const loaded = useLoaded(() => api<{ comments: CommentView[] }>('GET', `${base}?subject=${encodeURIComponent(subjectId)}`), [caseId, subjectId, version]);
  const reload = () => setVersion((v) => v + 1);
  const comments = loaded.value?.comments;
  const context: ThreadContext = {
    caseId,
    username,
    canComment,
    repliesTo: (id) => comments?.filter((c) => c.replyTo === id) ?? [],
    post: async (body, replyTo) => {
      await api('POST', base, { subject: subjectId, body, ...(replyTo ? { replyTo } : {}) });
      reload();
    },
    revise: async (id, body) => {
      await api('PUT', `${base}/${encodeURIComponent(id)}`, { body });
      reload();
    },
    revisions: (id) => api<{ items: Revision[] }>('GET', `${base}/${encodeURIComponent(id)}/revisions`).then((answer) => answer.items),
  };
  // A reply whose comment is not in the thread (it cannot be: nothing is deleted) would still be shown at the top.
  const roots = comments?.filter((c) => c.replyTo === null || !comments.some((other) => other.id === c.replyTo)) ?? [];
  return (
    <section aria-labelledby="discussion-title" className="discussion">
      <h2 id="discussion-title">{t(m.discussion)}</h2>
      {loaded.error && (
        <p role="alert" className="error">
          {loaded.error}
        </p>
      )}
      {!comments ? (
        !loaded.error && <p className="loading">{t(m.loading)}</p>
      ) : comments.length === 0 ? (
        <p className="muted">{t(m.noComments)}</p>
      ) : (
        <CommentList comments={roots} context={context} label={t(m.discussion)} />
      )}
      {canComment && <CommentForm label={t(m.comment)} submitLabel={t(m.postComment)} hint onSubmit={(body) => context.post(body)} />}
    </section>
  );
}

interface ThreadContext {
  caseId: string;
  username: string | undefined;
  canComment: boolean;
  repliesTo(id: string): CommentView[];
  post(body: string, replyTo?: string): Promise<void>;
  revise(id: string, body: string): Promise<void>;
  revisions(id: string): Promise<Revision[]>;
}

function CommentList({ comments, context, label }: { comments: CommentView[]; context: ThreadContext; label: string }) {
  return (
    <ol className="comments" aria-label={label}>
      {comments.map((comment) => (
        <li key={comment.id}>
          <CommentItem comment={comment} context={context} />
        </li>
      ))}
    </ol>
  );
}

function CommentItem({ comment, context }: { comment: CommentView; context: ThreadContext }) {
  const t = useT();
  const [open, setOpen] = useState<'reply' | 'edit' | undefined>();
  const replies = context.repliesTo(comment.id);
  const author = comment.authorName ?? comment.author;
  return (
    <article className="comment" aria-label={t(m.byAt, { author, time: utcTime(comment.createdAt) })}>
      <p className="comment-meta muted">
        <bdi>{author}</bdi> · <time dateTime={comment.createdAt}>{utcTime(comment.createdAt)}</time>
        {comment.edited && (
          <>
            {' · '}
            <span className="edited">{t(m.edited)}</span>
          </>
        )}
      </p>
      <div className="comment-body" dir="auto">
        <CommentWords caseId={context.caseId} parts={comment.parts} />
      </div>
      {comment.edited && <RevisionList count={comment.rev} load={() => context.revisions(comment.id)} />}
      {context.canComment && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setOpen(open === 'reply' ? undefined : 'reply')} aria-expanded={open === 'reply'}>
            {t(m.reply)}
          </button>
          {context.username === comment.author && (
            <button type="button" className="secondary" onClick={() => setOpen(open === 'edit' ? undefined : 'edit')} aria-expanded={open === 'edit'}>
              {t(m.edit)}
            </button>
          )}
        </div>
      )}
      {open === 'reply' && (
        <CommentForm label={t(m.yourReply)} submitLabel={t(m.postReply)} onSubmit={(body) => context.post(body, comment.id)} onDone={() => setOpen(undefined)} />
      )}
      {open === 'edit' && (
        <CommentForm label={t(m.newWording)} submitLabel={t(m.saveRevision)} initial={comment.body} onSubmit={(body) => context.revise(comment.id, body)} onDone={() => setOpen(undefined)} />
      )}
      {replies.length > 0 && <CommentList comments={replies} context={context} label={t(m.replies, { author })} />}
    </article>
  );
}

/** The words as written, mentions shown by the member's name, links followed only where the server says the reader may. */
function CommentWords({ caseId, parts }: { caseId: string; parts: Part[] }) {
  const t = useT();
  return (
    <p className="comment-words">
      {parts.map((part, i): ReactNode => {
        if (part.mention) {
          return (
            <span key={i} className="mention" title={t(m.mentioned, { name: part.name ?? part.mention, username: part.mention })}>
              @<bdi>{part.name ?? part.mention}</bdi>
            </span>
          );
        }
        const to = part.link && part.kind ? subjectHref(caseId, part.kind, part.link) : undefined;
        if (to) {
          return (
            <a key={i} href={to} dir="ltr">
              {part.text}
            </a>
          );
        }
        return <span key={i}>{part.text}</span>;
      })}
    </p>
  );
}

function RevisionList({ count, load }: { count: number; load: () => Promise<Revision[]> }) {
  const t = useT();
  const [revisions, setRevisions] = useState<Revision[]>();
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<string>();
  const toggle = async () => {
    if (shown) return setShown(false);
    try {
      setRevisions(await load());
      setShown(true);
      setError(undefined);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <div className="revisions">
      <button type="button" className="link" onClick={() => void toggle()} aria-expanded={shown}>
        {shown ? t(m.hideRevisions) : t(m.showRevisions, { count })}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {shown && revisions && (
        <ol aria-label={t(m.revisions)}>
          {revisions.map((revision) => (
            <li key={revision.rev}>
              <p className="muted">{t(m.revision, { rev: revision.rev, time: utcTime(revision.at) })}</p>
              <p className="comment-words" dir="auto">
                {revision.body}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function CommentForm(props: { label: string; submitLabel: string; initial?: string; hint?: boolean; onSubmit: (body: string) => Promise<void>; onDone?: () => void }) {
  const t = useT();
  const hintId = useId();
  const [body, setBody] = useState(props.initial ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await props.onSubmit(body);
      setBody('');
      props.onDone?.();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="comment-form" onSubmit={(e) => void submit(e)}>
      <label>
        {props.label}
        <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} dir="auto" aria-describedby={props.hint ? hintId : undefined} />
      </label>
      {props.hint && (
        <p id={hintId} className="muted">
          {t(m.hint)}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {props.submitLabel}
        </button>
        {props.onDone && (
          <button type="button" className="secondary" onClick={props.onDone}>
            {t(m.cancel)}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
