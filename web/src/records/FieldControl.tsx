import { useT } from '../i18n/LanguageProvider.js';
import type { Message } from '../i18n/define-messages.js';
import type { Vocabularies } from '../vocabularies.js';
import type { FormState, FormValue } from './form-values.js';
import { kindByName } from './kinds.js';
import { optionLabel } from './record-words.js';
import { recordsMessages as m } from './records.messages.js';
import { helpOf, type FieldDescriptor } from './schema-fields.js';
import { useRecordOptions } from './use-record-options.js';

export interface ControlContext {
  caseId: string;
  formId: string;
  state: FormState;
  vocabularies: Vocabularies | undefined;
  /** Changing a record rather than creating one. */
  editing: boolean;
  set(path: string, value: FormValue): void;
}

/** What to type into a field read from words: examples the server's reader understands (it reads English and Arabic). */
const WORD_HINTS: Partial<Record<FieldDescriptor['control'], Message>> = {
  count: m.countHint,
  date: m.dateHint,
  edtf: m.edtfHint,
  place: m.placeHint,
  lines: m.linesHint,
  json: m.jsonHint,
};
/** Place names are typed as the gazetteer has them, in either script, whatever the reader's language. */
const PLACE_EXAMPLES = { latin: 'Urum al-Kubra', arabic: 'دوما' };

/** One field of a generated form, labelled, with its description and, for words, what may be typed. */
export function FieldControl({ field, context, required }: { field: FieldDescriptor; context: ControlContext; required: boolean }) {
  const t = useT();
  const id = `${context.formId}-field-${field.path}`;
  const wordHint = WORD_HINTS[field.control];
  const hints = [wordHint && t(wordHint, PLACE_EXAMPLES), helpOf(field.description)].filter((h): h is string => Boolean(h));
  const hint = hints.length === 2 ? t(m.hints, { first: hints[0], second: hints[1] }) : (hints[0] ?? '');
  const hintId = hint ? `${id}-hint` : undefined;
  if (field.control === 'group') return <FieldGroup field={field} context={context} required={required} />;
  if (field.control === 'checkboxes') return <CheckboxGroup field={field} context={context} required={required} hint={hint} />;
  if (field.control === 'checkbox') {
    return (
      <div className="record-field">
        <label className="check">
          <input id={id} type="checkbox" checked={context.state[field.path] === true} onChange={(e) => context.set(field.path, e.target.checked)} aria-describedby={hintId} />
          {field.label}
        </label>
        {hint && <small id={hintId} className="muted hint">{hint}</small>}
      </div>
    );
  }
  const wide = field.control === 'textarea' || field.control === 'json' || field.control === 'references' || field.control === 'lines';
  return (
    <div className={`record-field${wide ? ' wide' : ''}`}>
      <label htmlFor={id}>
        {field.label}
        {required && <RequiredMark />}
      </label>
      <Input field={field} context={context} id={id} required={required} describedBy={hintId} />
      {hint && <small id={hintId} className="muted hint">{hint}</small>}
    </div>
  );
}

/** Seen as a star; heard through the control's own `required`, so the field's name stays its label. */
const RequiredMark = () => (
  <span className="required" aria-hidden="true">
    {' '}*
  </span>
);

function Input({ field, context, id, required, describedBy }: { field: FieldDescriptor; context: ControlContext; id: string; required: boolean; describedBy: string | undefined }) {
  const t = useT();
  const value = context.state[field.path];
  const text = typeof value === 'string' ? value : '';
  const common = { id, name: field.path, required, 'aria-describedby': describedBy };
  const setText = (next: string) => context.set(field.path, next);
  switch (field.control) {
    case 'textarea':
    case 'lines':
    case 'json':
      return <textarea {...common} rows={field.control === 'json' ? 5 : 3} value={text} onChange={(e) => setText(e.target.value)} dir={field.control === 'json' ? 'ltr' : 'auto'} spellCheck={field.control !== 'json'} />;
    case 'integer':
    case 'number':
      return <input {...common} type="number" step={field.control === 'integer' ? 1 : 'any'} min={field.minimum} max={field.maximum} value={text} onChange={(e) => setText(e.target.value)} />;
    case 'day':
      return <input {...common} type="date" value={text} onChange={(e) => setText(e.target.value)} />;
    case 'url':
      return <input {...common} type="url" value={text} onChange={(e) => setText(e.target.value)} dir="ltr" />;
    case 'select':
      return (
        <select {...common} value={text} onChange={(e) => setText(e.target.value)}>
          <option value="">{required ? t(m.choose) : '—'}</option>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {optionLabel(field, context.vocabularies, option)}
            </option>
          ))}
        </select>
      );
    case 'reference':
    case 'references':
      return <RecordSelect common={common} prefix={field.prefix} multiple={field.control === 'references'} value={value} context={context} path={field.path} />;
    case 'record-id': {
      const prefix = kindByName(String(context.state[field.kindFrom ?? ''] ?? ''))?.idPrefix;
      return <RecordSelect common={common} prefix={prefix} multiple={false} value={value} context={context} path={field.path} />;
    }
    default:
      return <input {...common} type="text" maxLength={field.maxLength} value={text} onChange={(e) => setText(e.target.value)} dir="auto" />;
  }
}

interface CommonProps {
  id: string;
  name: string;
  required: boolean;
  'aria-describedby': string | undefined;
}

/** A picker of the case's records of one kind; the id stays shown if it is not among those loaded. */
function RecordSelect({ common, prefix, multiple, value, context, path }: { common: CommonProps; prefix: string | undefined; multiple: boolean; value: FormValue | undefined; context: ControlContext; path: string }) {
  const t = useT();
  const { options, error } = useRecordOptions(context.caseId, prefix);
  const chosen = Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
  const known = options ?? [];
  const all = [...known, ...chosen.filter((id) => !known.some((o) => o.id === id)).map((id) => ({ id, label: id }))];
  if (!prefix) {
    return (
      <select {...common} disabled value="">
        <option value="">{t(m.chooseKindFirst)}</option>
      </select>
    );
  }
  if (multiple) {
    return (
      <>
        <select {...common} multiple size={Math.min(6, Math.max(3, all.length))} value={chosen} onChange={(e) => context.set(path, [...e.target.selectedOptions].map((o) => o.value))}>
          {all.map((o) => (
            <option key={o.id} value={o.id} dir="auto">
              {o.label}
            </option>
          ))}
        </select>
        {error && <span role="alert" className="error">{error}</span>}
      </>
    );
  }
  return (
    <>
      <select {...common} value={chosen[0] ?? ''} onChange={(e) => context.set(path, e.target.value)}>
        <option value="">{options ? (common.required ? t(m.choose) : '—') : t(m.loading)}</option>
        {all.map((o) => (
          <option key={o.id} value={o.id} dir="auto">
            {o.label}
          </option>
        ))}
      </select>
      {error && <span role="alert" className="error">{error}</span>}
    </>
  );
}

function CheckboxGroup({ field, context, required, hint }: { field: FieldDescriptor; context: ControlContext; required: boolean; hint: string }) {
  const chosen = Array.isArray(context.state[field.path]) ? (context.state[field.path] as string[]) : [];
  const toggle = (option: string, on: boolean) => context.set(field.path, on ? [...chosen, option] : chosen.filter((c) => c !== option));
  return (
    <fieldset className="record-field wide terms">
      <legend>
        {field.label}
        {required && <RequiredMark />}
      </legend>
      {hint && <small className="muted hint">{hint}</small>}
      <div className="term-choices">
        {(field.options ?? []).map((option) => (
          <label key={option} className="check">
            <input type="checkbox" name={field.path} value={option} checked={chosen.includes(option)} onChange={(e) => toggle(option, e.target.checked)} />
            {optionLabel(field, context.vocabularies, option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A nested object as a fieldset; a protected part is marked as what it is. */
function FieldGroup({ field, context, required }: { field: FieldDescriptor; context: ControlContext; required: boolean }) {
  const t = useT();
  const legend = field.protected ? t(m.protectedLegend) : field.label;
  const help = field.protected ? undefined : helpOf(field.description);
  return (
    <fieldset className={`record-field wide record-group${field.protected ? ' protected' : ''}`}>
      <legend>
        {legend}
        {required && <RequiredMark />}
      </legend>
      {field.protected && (
        <p className="muted">
          {t(m.protectedNote)}
          {context.editing && ` ${t(m.protectedEditNote)}`}
        </p>
      )}
      {help && <small className="muted hint">{help}</small>}
      <div className="record-fields">
        {(field.children ?? []).map((child) => (
          <FieldControl key={child.path} field={child} context={context} required={required && child.required} />
        ))}
      </div>
    </fieldset>
  );
}
