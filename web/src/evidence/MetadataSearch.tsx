import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { metadataMessages as m } from './metadata.messages.js';

export type { MetadataFilter as MetadataFilterRead, MetadataMatch as MetadataFound } from '../../../src/evidence/metadata-filter.js';

const FIELDS = ['near', 'withinKm', 'takenFrom', 'takenTo', 'device'] as const;

/** Find a case's items by what their own metadata says: where (GPS) and when (the device's clock) they were taken. */
export function MetadataSearch({ active, onSearch }: { active: boolean; onSearch(query: string): void }) {
  const t = useT();
  const id = useId();
  const [values, setValues] = useState<Record<(typeof FIELDS)[number] | 'edited', string>>({ near: '', withinKm: '', takenFrom: '', takenTo: '', device: '', edited: '' });
  const set = (field: keyof typeof values) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [field, value] of Object.entries(values)) if (value.trim()) query.set(field, value.trim());
    onSearch(query.toString());
  };
  const clear = () => {
    setValues({ near: '', withinKm: '', takenFrom: '', takenTo: '', device: '', edited: '' });
    onSearch('');
  };
  return (
    <form className="card metadata-search" onSubmit={submit} aria-label={t(m.searchForm)}>
      <fieldset>
        <legend>{t(m.searchLegend)}</legend>
        <label htmlFor={`${id}-near`}>{t(m.takenNear)}</label>
        <input id={`${id}-near`} value={values.near} onChange={set('near')} placeholder={t(m.nearExample)} />
        <label htmlFor={`${id}-km`}>{t(m.withinKm)}</label>
        <input id={`${id}-km`} value={values.withinKm} onChange={set('withinKm')} inputMode="decimal" placeholder="5" size={5} />
        <label htmlFor={`${id}-from`}>{t(m.from)}</label>
        <input id={`${id}-from`} value={values.takenFrom} onChange={set('takenFrom')} placeholder="2017-01-01" size={10} />
        <label htmlFor={`${id}-to`}>{t(m.to)}</label>
        <input id={`${id}-to`} value={values.takenTo} onChange={set('takenTo')} placeholder="2017-03-31" size={10} />
        <label htmlFor={`${id}-device`}>{t(m.device)}</label>
        <input id={`${id}-device`} value={values.device} onChange={set('device')} placeholder={t(m.deviceExample)} size={12} />
        <label htmlFor={`${id}-edited`}>{t(m.editTraces)}</label>
        <select id={`${id}-edited`} value={values.edited} onChange={set('edited')}>
          <option value="">{t(m.either)}</option>
          <option value="true">{t(m.some)}</option>
          <option value="false">{t(m.none)}</option>
        </select>
        <button type="submit">{t(m.find)}</button>
        {active && (
          <button type="button" onClick={clear}>
            {t(m.showEveryItem)}
          </button>
        )}
      </fieldset>
      <p className="muted">{t(m.searchCaveat)}</p>
    </form>
  );
}
