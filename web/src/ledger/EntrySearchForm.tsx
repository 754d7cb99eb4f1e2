import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { CUSTODY_ACTIONS, type EntrySearch } from './ledger-api.js';
import { custodyActionMessages, ledgerMessages as m } from './ledger.messages.js';

const EMPTY: EntrySearch = { q: '', action: '', actor: '', evidence: '', record: '' };

/** Finds entries by text, action, actor, evidence hash or record id; the server searches, so every page is covered. */
export function EntrySearchForm({ onSearch }: { onSearch: (search: EntrySearch) => void }) {
  const t = useT();
  const [draft, setDraft] = useState<EntrySearch>(EMPTY);
  const field = (name: keyof EntrySearch) => ({
    name,
    value: draft[name] ?? '',
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, v?.trim()]).filter(([, v]) => v)) as EntrySearch);
  };
  const clear = () => {
    setDraft(EMPTY);
    onSearch({});
  };
  return (
    <form role="search" aria-label={t(m.searchTheLedger)} className="card ledger-search" onSubmit={submit}>
      <label>
        {t(m.text)}
        <input type="search" {...field('q')} maxLength={200} />
      </label>
      <label>
        {t(m.action)}
        <select {...field('action')}>
          <option value="">{t(m.anyAction)}</option>
          {CUSTODY_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(custodyActionMessages[action])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(m.actor)}
        <input {...field('actor')} maxLength={200} />
      </label>
      <label>
        {t(m.evidenceHash)}
        <input {...field('evidence')} pattern="[0-9a-fA-F]{1,64}" title={t(m.evidenceHashHint, { algorithm: 'SHA-256' })} spellCheck={false} dir="ltr" />
      </label>
      <label>
        {t(m.recordId)}
        <input {...field('record')} maxLength={100} spellCheck={false} dir="ltr" />
      </label>
      <div className="actions">
        <button type="submit">{t(m.search)}</button>
        <button type="button" className="secondary" onClick={clear}>
          {t(m.clear)}
        </button>
      </div>
    </form>
  );
}
