import { useState, type FormEvent } from 'react';
import { api, type CaseInfo, errorText } from '../api.js';
import { CASE_ROLES, roleLabel } from '../case-admin/roles.js';
import { useLoaded } from '../use-loaded.js';
import { tokenRequest, type ApiToken } from './account-values.js';
import { CopyButton } from './CopyButton.js';

/** A new API token for the cases one belongs to; its secret is shown here once, and never again. */
export function NewTokenForm({ cases, onCreated }: { cases: { id: string; role: string }[]; onCreated: () => void }) {
  const titles = useLoaded(() => api<{ items: CaseInfo[] }>('GET', '/cases').then((r) => new Map(r.items.map((c) => [c.id, c.title]))), []);
  const [error, setError] = useState<string | undefined>();
  const [made, setMade] = useState<{ name: string; secret: string } | undefined>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const request = tokenRequest({
      name: String(data.get('name') ?? ''),
      role: String(data.get('role') ?? ''),
      caseIds: data.getAll('caseIds').map(String),
      expiresInDays: String(data.get('expiresInDays') ?? ''),
    });
    if ('field' in request) {
      setError(`${request.field}: ${request.problem}`);
      return;
    }
    try {
      const created = await api<ApiToken & { secret: string }>('POST', '/auth/tokens', request.body);
      setMade({ name: created.name, secret: created.secret });
      setError(undefined);
      form.reset();
      onCreated();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <form className="card account-form new-token" aria-labelledby="new-token-title" onSubmit={(e) => void submit(e)}>
      <h3 id="new-token-title">New token</h3>
      <label>
        Name
        <input name="name" required maxLength={200} placeholder="nightly ACLED export" dir="auto" />
      </label>
      <label>
        Role
        <select name="role" defaultValue="analyst" aria-describedby="token-role-note">
          {CASE_ROLES.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role)}
            </option>
          ))}
        </select>
      </label>
      <p id="token-role-note" className="muted">
        A token never does more than your own role allows in a case, whatever role it is given.
      </p>
      <fieldset>
        <legend>Cases</legend>
        {cases.length === 0 && <p className="muted">You are not a member of any case: a token needs one.</p>}
        {cases.map((c) => (
          <label key={c.id} className="check">
            <input type="checkbox" name="caseIds" value={c.id} />
            <span dir="auto">{titles.value?.get(c.id) ?? c.id}</span>
            <span className="muted">
              {c.id}, you are {roleLabel(c.role)}
            </span>
          </label>
        ))}
      </fieldset>
      <label>
        Expires after (days; empty for never)
        <input name="expiresInDays" type="number" min={1} max={3650} step={1} inputMode="numeric" />
      </label>
      <button type="submit">Create token</button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{made && `Token “${made.name}” created.`}</p>
      {made && (
        <div className="secret-once">
          <p className="warning">
            The secret of “<span dir="auto">{made.name}</span>” is shown this once: copy it now and keep it like a password. Send it as <code>Authorization: Bearer …</code>.
          </p>
          <label>
            Token secret
            <input readOnly value={made.secret} className="secret" onFocus={(e) => e.currentTarget.select()} />
          </label>
          <CopyButton text={made.secret} what="Token secret" />
          <button type="button" className="secondary" onClick={() => setMade(undefined)}>
            I have kept it
          </button>
        </div>
      )}
    </form>
  );
}
