import { useState, type FormEvent } from 'react';
import { api, type EvidenceRow } from '../api.js';
import { fetchAllPages } from '../fetch-pages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { caseAdminMessages as m } from './case-admin.messages.js';
import { DISCLOSABLE_KINDS, pickableOf, type Pickable } from './disclosable.js';

/** The owners' form: a record or evidence item chosen from the case's lists, or typed by its id. */
export function DisclosureForm({ caseId, onDisclose }: { caseId: string; onDisclose: (objectId: string) => Promise<boolean> }) {
  const t = useT();
  const [kind, setKind] = useState('evidence');
  const [chosen, setChosen] = useState('');
  const [typed, setTyped] = useState('');
  const options = useLoaded(() => pickablesOf(caseId, kind), [caseId, kind]);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const objectId = typed.trim() || chosen;
    if (objectId && (await onDisclose(objectId))) {
      setTyped('');
      setChosen('');
    }
  };
  return (
    <form className="card disclose" aria-labelledby="disclose-title" onSubmit={(e) => void submit(e)}>
      <h3 id="disclose-title">{t(m.discloseTitle)}</h3>
      <p className="muted">{t(m.discloseNote)}</p>
      <label>
        {t(m.kind)}
        <select value={kind} onChange={(e) => (setKind(e.currentTarget.value), setChosen(''))}>
          {DISCLOSABLE_KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {t(k.label)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(m.item)}
        <select value={chosen} onChange={(e) => setChosen(e.currentTarget.value)} disabled={!options.value} aria-describedby={options.error ? 'picker-error' : undefined}>
          <option value="">{options.value ? (options.value.length ? t(m.choose) : t(m.noneInCase)) : t(m.loading)}</option>
          {options.value?.map((item) => (
            <option key={item.id} value={item.id} dir="auto">
              {item.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(m.orItsId)}
        <input value={typed} onChange={(e) => setTyped(e.currentTarget.value)} placeholder={t(m.idPlaceholder, { incident: 'inc_…', evidence: 'ev_…', analysis: 'anl_…' })} autoComplete="off" />
      </label>
      <button type="submit" disabled={!typed.trim() && !chosen}>
        {t(m.disclose)}
      </button>
      {options.error && (
        <p id="picker-error" role="alert" className="error">
          {t(m.itemError, { error: options.error })}
        </p>
      )}
    </form>
  );
}

async function pickablesOf(caseId: string, kind: string): Promise<Pickable[]> {
  const base = `/cases/${encodeURIComponent(caseId)}`;
  if (kind === 'evidence') {
    const { items } = await api<{ items: EvidenceRow[] }>('GET', `${base}/evidence`);
    return items.map((item) => pickableOf({ ...item }));
  }
  if (kind === 'pinned-analyses') {
    const { items } = await api<{ items: { id: string; title: string; analysis: string }[] }>('GET', `${base}/analysis/pins`);
    return items.map((item) => pickableOf({ id: item.id, title: `${item.title} (${item.analysis})` }));
  }
  const { items } = await fetchAllPages<{ id: string } & Record<string, unknown>>(`${base}/${kind}`);
  return items.map(pickableOf);
}
