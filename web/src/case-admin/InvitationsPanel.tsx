import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { CopyButton } from '../account/CopyButton.js';
import { api, errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import { ConfirmButton } from './ConfirmButton.js';
import { invitationsMessages as m } from './invitations.messages.js';
import { RoleSelect } from './RoleSelect.js';
import { roleLabel } from './roles.js';

interface Invitation {
  id: string;
  role: string;
  hint?: string;
  createdAt: string;
  createdBy: string;
  expiresAt: string;
}

/** The server's limits on an invitation's life (src/access/invitations.ts). */
const DEFAULT_DAYS = 7;
const MAX_DAYS = 30;

/** The address a link opens: this app, at the invitation page; the token stays in the fragment, out of server logs. */
export function invitationLink(token: string): string {
  return `${window.location.origin}${window.location.pathname}${href({ page: 'invite', token })}`;
}

/** Owners invite people by link: make one (shown once, with a copy button), see those pending, revoke them. */
export function InvitationsPanel({ caseId }: { caseId: string }) {
  const t = useT();
  const intl = useIntl();
  const base = `/cases/${encodeURIComponent(caseId)}/invitations`;
  const { value: pending, error: unread, reload } = useLoaded(() => api<{ items: Invitation[] }>('GET', base).then((r) => r.items), [caseId]);
  const [made, setMade] = useState<{ role: string; link: string } | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const error = failed ?? unread;

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const hint = String(data.get('hint') ?? '').trim();
    setDone(undefined);
    try {
      const created = await api<Invitation & { token: string }>('POST', base, { role: data.get('role'), expiresInDays: Number(data.get('expiresInDays')), ...(hint ? { hint } : {}) });
      setMade({ role: created.role, link: invitationLink(created.token) });
      setFailed(undefined);
      setDone(t(m.created, { role: roleLabel(created.role) }));
      await reload();
    } catch (caught) {
      setFailed(errorText(caught));
    }
  };
  const revoke = async (invitation: Invitation) => {
    try {
      await api('DELETE', `${base}/${encodeURIComponent(invitation.id)}`);
      setFailed(undefined);
      setDone(t(m.revoked));
      await reload();
    } catch (caught) {
      setFailed(errorText(caught));
    }
  };
  const when = (at: string) => intl.formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-labelledby="invitations-title" className="invitations">
      <h2 id="invitations-title">{t(m.title)}</h2>
      <p>{t(m.note)}</p>
      <form className="card inline" aria-labelledby="new-invitation-title" onSubmit={(e) => void create(e)}>
        <h3 id="new-invitation-title">{t(m.newTitle)}</h3>
        <label>
          {t(m.role)}
          <RoleSelect name="role" defaultValue="analyst" />
        </label>
        <label>
          {t(m.expiresInDays, { max: MAX_DAYS })}
          <input name="expiresInDays" type="number" min={1} max={MAX_DAYS} step={1} defaultValue={DEFAULT_DAYS} required />
        </label>
        <label>
          {t(m.hint)}
          <input name="hint" autoComplete="off" dir="auto" maxLength={254} />
        </label>
        <button type="submit">{t(m.create)}</button>
      </form>
      <p role="status">{done}</p>
      {made && (
        <div className="secret-once invitation-link">
          <p className="warning">{t(m.linkOnce)}</p>
          <label>
            {t(m.link)}
            <input readOnly value={made.link} className="secret" dir="ltr" onFocus={(e) => e.currentTarget.select()} />
          </label>
          <div className="actions">
            <CopyButton text={made.link} what="invitationLink" />
            <button type="button" className="secondary" onClick={() => setMade(undefined)}>
              {t(m.keptIt)}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <h3 id="pending-invitations-title">{t(m.pending)}</h3>
      {pending === undefined ? (
        !error && <p className="loading">{t(m.loading)}</p>
      ) : pending.length === 0 ? (
        <p className="muted">{t(m.none)}</p>
      ) : (
        <table aria-label={t(m.invitationsOfCase)}>
          <thead>
            <tr>
              <th scope="col">{t(m.role)}</th>
              <th scope="col">{t(m.forWhom)}</th>
              <th scope="col">{t(m.expires)}</th>
              <th scope="col">{t(m.createdBy)}</th>
              <th scope="col">{t(m.revoke)}</th>
            </tr>
          </thead>
          <tbody>
            {pending.map((invitation) => (
              <tr key={invitation.id}>
                <td>{roleLabel(invitation.role)}</td>
                <td dir="auto">{invitation.hint ?? t(m.anyone)}</td>
                <td>{when(invitation.expiresAt)}</td>
                <td dir="auto">{invitation.createdBy}</td>
                <td>
                  <ConfirmButton label={t(m.revoke)} question={t(m.revokeQuestion, { role: roleLabel(invitation.role) })} confirmLabel={t(m.yesRevoke)} onConfirm={() => revoke(invitation)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
