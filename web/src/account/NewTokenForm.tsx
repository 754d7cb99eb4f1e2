import { useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { api, type CaseInfo, errorText } from '../api.js';
import { CASE_ROLES, roleLabel } from '../case-admin/roles.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { accountMessages as m } from './account.messages.js';
import { tokenRequest, type ApiToken } from './account-values.js';
import { CopyButton } from './CopyButton.js';

/** The HTTP header a script sends a token in: protocol words, the same in every language. */
const BEARER_HEADER = 'Authorization: Bearer …';

/** A new API token for the cases one belongs to; its secret is shown here once, and never again. */
export function NewTokenForm({ cases, onCreated }: { cases: { id: string; role: string }[]; onCreated: () => void }) {
  const t = useT();
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
      setError(request.problem);
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
      <h3 id="new-token-title">{t(m.newToken)}</h3>
      <label>
        {t(m.name)}
        <input name="name" required maxLength={200} placeholder={t(m.tokenNamePlaceholder)} dir="auto" />
      </label>
      <label>
        {t(m.role)}
        <select name="role" defaultValue="analyst" aria-describedby="token-role-note">
          {CASE_ROLES.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role)}
            </option>
          ))}
        </select>
      </label>
      <p id="token-role-note" className="muted">
        {t(m.roleNote)}
      </p>
      <fieldset>
        <legend>{t(m.cases)}</legend>
        {cases.length === 0 && <p className="muted">{t(m.noCase)}</p>}
        {cases.map((c) => (
          <label key={c.id} className="check">
            <input type="checkbox" name="caseIds" value={c.id} />
            <span dir="auto">{titles.value?.get(c.id) ?? c.id}</span>
            <span className="muted">
              {t(m.caseRole, { id: c.id, role: roleLabel(c.role) })}
            </span>
          </label>
        ))}
      </fieldset>
      <label>
        {t(m.expiresAfter)}
        <input name="expiresInDays" type="number" min={1} max={3650} step={1} inputMode="numeric" />
      </label>
      <button type="submit">{t(m.createToken)}</button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{made && t(m.tokenCreated, { name: made.name })}</p>
      {made && (
        <div className="secret-once">
          <p className="warning">
            <FormattedMessage {...m.secretOnce} values={{ name: <span dir="auto">{made.name}</span>, header: <code dir="ltr">{BEARER_HEADER}</code> }} />
          </p>
          <label>
            {t(m.tokenSecret)}
            <input readOnly value={made.secret} className="secret" dir="ltr" onFocus={(e) => e.currentTarget.select()} />
          </label>
          <CopyButton text={made.secret} what="tokenSecret" />
          <button type="button" className="secondary" onClick={() => setMade(undefined)}>
            {t(m.keptIt)}
          </button>
        </div>
      )}
    </form>
  );
}
