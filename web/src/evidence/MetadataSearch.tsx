import { useId, useState, type FormEvent } from 'react';

export type { MetadataFilter as MetadataFilterRead, MetadataMatch as MetadataFound } from '../../../src/evidence/metadata-filter.js';
export { filterInWords } from '../../../src/evidence/metadata-filter.js';

const FIELDS = ['near', 'withinKm', 'takenFrom', 'takenTo', 'device'] as const;

/** Find a case's items by what their own metadata says: where (GPS) and when (the device's clock) they were taken. */
export function MetadataSearch({ active, onSearch }: { active: boolean; onSearch(query: string): void }) {
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
    <form className="card metadata-search" onSubmit={submit} aria-label="Find items by their own metadata">
      <fieldset>
        <legend>Find by original metadata</legend>
        <label htmlFor={`${id}-near`}>Taken near</label>
        <input id={`${id}-near`} value={values.near} onChange={set('near')} placeholder="Arbin, C2321 or 33.54,36.37" />
        <label htmlFor={`${id}-km`}>within km</label>
        <input id={`${id}-km`} value={values.withinKm} onChange={set('withinKm')} inputMode="decimal" placeholder="5" size={5} />
        <label htmlFor={`${id}-from`}>from</label>
        <input id={`${id}-from`} value={values.takenFrom} onChange={set('takenFrom')} placeholder="2017-01-01" size={10} />
        <label htmlFor={`${id}-to`}>to</label>
        <input id={`${id}-to`} value={values.takenTo} onChange={set('takenTo')} placeholder="2017-03-31" size={10} />
        <label htmlFor={`${id}-device`}>device</label>
        <input id={`${id}-device`} value={values.device} onChange={set('device')} placeholder="Samsung" size={12} />
        <label htmlFor={`${id}-edited`}>edit traces</label>
        <select id={`${id}-edited`} value={values.edited} onChange={set('edited')}>
          <option value="">either</option>
          <option value="true">some</option>
          <option value="false">none</option>
        </select>
        <button type="submit">Find</button>
        {active && (
          <button type="button" onClick={clear}>
            Show every item
          </button>
        )}
      </fieldset>
      <p className="muted">Dates are the device’s clock as written in the file; positions its GPS tag. Both can be forged or missing.</p>
    </form>
  );
}
