import { useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { caseAdminMessages as m } from './case-admin.messages.js';
import { ConfirmButton } from './ConfirmButton.js';
import { RoleSelect } from './RoleSelect.js';
import { CASE_ROLES, roleLabel, roleSummary } from './roles.js';
import { usePanelChanges } from './use-panel-changes.js';

interface Member {
  username: string;
  role: string;
  grantedAt: string;
  grantedBy: string;
}

/** The case's team and their roles; owners add people, change roles and remove them. */
export function MembersPanel({ caseId, canManage }: { caseId: string; canManage: boolean }) {
  const t = useT();
  const intl = useIntl();
  const base = `/cases/${encodeURIComponent(caseId)}/members`;
  const { value: members, error: unread, reload } = useLoaded(() => api<{ items: Member[] }>('GET', base).then((r) => r.items), [caseId]);
  const { failed, done, act } = usePanelChanges(reload);
  const error = failed ?? unread;

  const setRole = (username: string, role: string) =>
    act(() => api('PUT', `${base}/${encodeURIComponent(username)}`, { role }), () => t(m.nowRole, { username, role: roleLabel(role) }));
  const remove = (username: string) => act(() => api('DELETE', `${base}/${encodeURIComponent(username)}`), () => t(m.noLongerMember, { username }));
  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const username = String(data.get('username') ?? '').trim();
    void act(() => api('PUT', `${base}/${encodeURIComponent(username)}`, { role: data.get('role') }), () => t(m.nowRole, { username, role: roleLabel(String(data.get('role'))) })).then((ok) => ok && form.reset());
  };

  return (
    <section aria-labelledby="members-title" className="members">
      <h2 id="members-title">{t(m.members)}</h2>
      {members === undefined ? (
        !error && <p className="loading">{t(m.loading)}</p>
      ) : (
        <table aria-label={t(m.membersOfCase)}>
          <thead>
            <tr>
              <th scope="col">{t(m.account)}</th>
              <th scope="col">{t(m.role)}</th>
              <th scope="col">{t(m.since)}</th>
              <th scope="col">{t(m.grantedBy)}</th>
              {canManage && <th scope="col">{t(m.remove)}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.username}>
                <td dir="auto">{member.username}</td>
                <td>{canManage ? <RoleChanger member={member} onChange={(role) => void setRole(member.username, role)} /> : roleLabel(member.role)}</td>
                <td>{intl.formatDate(member.grantedAt, { dateStyle: 'medium' })}</td>
                <td dir="auto">{member.grantedBy}</td>
                {canManage && (
                  <td>
                    <ConfirmButton label={t(m.remove)} question={t(m.removeQuestion, { username: member.username })} confirmLabel={t(m.yesRemove)} onConfirm={() => remove(member.username)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && (
        <form className="card inline" aria-labelledby="add-member-title" onSubmit={add}>
          <h3 id="add-member-title">{t(m.addMemberTitle)}</h3>
          <label>
            {t(m.username)}
            <input name="username" required autoComplete="off" dir="auto" />
          </label>
          <label>
            {t(m.role)}
            <RoleSelect name="role" defaultValue="analyst" />
          </label>
          <button type="submit">{t(m.addMember)}</button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{done}</p>
      <h3 id="roles-title">{t(m.whatEachRole)}</h3>
      <dl className="roles" aria-labelledby="roles-title">
        {CASE_ROLES.map((role) => (
          <div key={role}>
            <dt>{roleLabel(role)}</dt>
            <dd>{roleSummary(role)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A member's role, changed only when "Change" is pressed: a select alone would act on every arrow key. */
function RoleChanger({ member, onChange }: { member: Member; onChange: (role: string) => void }) {
  const t = useT();
  const [role, setRole] = useState(member.role);
  useEffect(() => setRole(member.role), [member.role]);
  return (
    <span className="role-changer">
      <RoleSelect aria-label={t(m.roleOf, { username: member.username })} value={role} onChange={(e) => setRole(e.currentTarget.value)} />
      <button type="button" className="secondary" disabled={role === member.role} onClick={() => onChange(role)} aria-label={t(m.changeRoleOf, { username: member.username })}>
        {t(m.change)}
      </button>
    </span>
  );
}
