import { useEffect, useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';
import { ConfirmButton } from './ConfirmButton.js';
import { CASE_ROLES, roleLabel, roleSummary } from './roles.js';

interface Member {
  username: string;
  role: string;
  grantedAt: string;
  grantedBy: string;
}

/** The case's team and their roles; owners add people, change roles and remove them. */
export function MembersPanel({ caseId, canManage }: { caseId: string; canManage: boolean }) {
  const base = `/cases/${encodeURIComponent(caseId)}/members`;
  const [members, setMembers] = useState<Member[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const load = () => api<{ items: Member[] }>('GET', base).then((r) => setMembers(r.items), (e: unknown) => setError(errorText(e)));
  useEffect(() => {
    void load();
  }, [caseId]);

  const act = async (change: () => Promise<unknown>, said: string) => {
    setDone(undefined);
    try {
      await change();
      setError(undefined);
      setDone(said);
      await load();
      return true;
    } catch (caught) {
      setError(errorText(caught));
      return false;
    }
  };
  const setRole = (username: string, role: string) =>
    act(() => api('PUT', `${base}/${encodeURIComponent(username)}`, { role }), `${username} is now ${roleLabel(role)} in this case.`);
  const remove = (username: string) => act(() => api('DELETE', `${base}/${encodeURIComponent(username)}`), `${username} is no longer a member of this case.`);
  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const username = String(data.get('username') ?? '').trim();
    void act(() => api('PUT', `${base}/${encodeURIComponent(username)}`, { role: data.get('role') }), `${username} is now ${roleLabel(String(data.get('role')))} in this case.`).then((ok) => ok && form.reset());
  };

  return (
    <section aria-labelledby="members-title" className="members">
      <h2 id="members-title">Members</h2>
      {members === undefined ? (
        !error && <p className="loading">Loading…</p>
      ) : (
        <table aria-label="Members of the case">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Role</th>
              <th scope="col">Since</th>
              <th scope="col">Granted by</th>
              {canManage && <th scope="col">Remove</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.username}>
                <td dir="auto">{m.username}</td>
                <td>{canManage ? <RoleChanger member={m} onChange={(role) => void setRole(m.username, role)} /> : roleLabel(m.role)}</td>
                <td>{m.grantedAt.slice(0, 10)}</td>
                <td dir="auto">{m.grantedBy}</td>
                {canManage && (
                  <td>
                    <ConfirmButton label="Remove" question={`Remove ${m.username} from this case?`} confirmLabel="Yes, remove" onConfirm={() => remove(m.username)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && (
        <form className="card inline" aria-labelledby="add-member-title" onSubmit={add}>
          <h3 id="add-member-title">Add a member</h3>
          <label>
            Username
            <input name="username" required autoComplete="off" dir="auto" />
          </label>
          <label>
            Role
            <select name="role" defaultValue="analyst">
              {CASE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleLabel(role)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Add member</button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{done}</p>
      <h3 id="roles-title">What each role may do</h3>
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
  const [role, setRole] = useState(member.role);
  useEffect(() => setRole(member.role), [member.role]);
  return (
    <span className="role-changer">
      <select aria-label={`Role of ${member.username}`} value={role} onChange={(e) => setRole(e.currentTarget.value)}>
        {CASE_ROLES.map((r) => (
          <option key={r} value={r}>
            {roleLabel(r)}
          </option>
        ))}
      </select>
      <button type="button" className="secondary" disabled={role === member.role} onClick={() => onChange(role)} aria-label={`Change the role of ${member.username}`}>
        Change
      </button>
    </span>
  );
}
