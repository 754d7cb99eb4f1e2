import { useState, type FormEvent } from 'react';
import { CUSTODY_ACTIONS, type EntrySearch } from './ledger-api.js';

const EMPTY: EntrySearch = { q: '', action: '', actor: '', evidence: '', record: '' };

/** Finds entries by text, action, actor, evidence hash or record id; the server searches, so every page is covered. */
export function EntrySearchForm({ onSearch }: { onSearch: (search: EntrySearch) => void }) {
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
    <form role="search" aria-label="Search the ledger" className="card ledger-search" onSubmit={submit}>
      <label>
        Text
        <input type="search" {...field('q')} maxLength={200} />
      </label>
      <label>
        Action
        <select {...field('action')}>
          <option value="">Any</option>
          {CUSTODY_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>
      </label>
      <label>
        Actor
        <input {...field('actor')} maxLength={200} />
      </label>
      <label>
        Evidence hash
        <input {...field('evidence')} pattern="[0-9a-fA-F]{1,64}" title="the SHA-256 of the file, or its first hex digits" spellCheck={false} />
      </label>
      <label>
        Record id
        <input {...field('record')} maxLength={100} spellCheck={false} />
      </label>
      <div className="actions">
        <button type="submit">Search</button>
        <button type="button" className="secondary" onClick={clear}>
          Clear
        </button>
      </div>
    </form>
  );
}
