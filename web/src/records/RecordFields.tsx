import { href } from '../route.js';
import { useVocabularies, type Vocabularies } from '../vocabularies.js';
import { EVIDENCE_PREFIX, kindByName, kindByPrefix, type RecordView } from './kinds.js';
import { fieldWords } from './record-words.js';
import { labelOf, type FieldDescriptor } from './schema-fields.js';
import { useRecordOptions } from './use-record-options.js';

/** Stamps shown in the page's heading and history, not among the record's own fields. */
const STAMPS = new Set(['id', 'kind', 'caseId', 'rev', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'hasRestricted']);

/** Every field a record holds, in the order its schema gives them, then what the server derives (an incident, a citation). */
export function RecordFields({ caseId, record, fields }: { caseId: string; record: RecordView; fields: readonly FieldDescriptor[] }) {
  const vocabularies = useVocabularies();
  const shown = fields.filter((f) => !f.protected && record[f.name] !== undefined);
  const derived = Object.keys(record).filter((name) => !STAMPS.has(name) && !fields.some((f) => f.name === name));
  return (
    <dl className="facts record-facts">
      {shown.map((field) => (
        <div key={field.name} className={field.control === 'textarea' || field.control === 'json' ? 'wide' : undefined}>
          <dt>{field.label}</dt>
          <dd>
            <FieldValue caseId={caseId} field={field} value={record[field.name]} vocabularies={vocabularies} />
          </dd>
        </div>
      ))}
      {derived.map((name) => (
        <div key={name}>
          <dt>{labelOf(name)}</dt>
          <dd>
            <FieldValue caseId={caseId} field={referenceGuess(name, record[name])} value={record[name]} vocabularies={vocabularies} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A derived `incidentId` is a reference like any other: its prefix says to what. */
function referenceGuess(name: string, value: unknown): FieldDescriptor | undefined {
  const prefix = typeof value === 'string' ? /^([a-z]+)_[0-9a-z]{26}$/.exec(value)?.[1] : undefined;
  return prefix && kindByPrefix(prefix) ? { name, path: name, label: labelOf(name), required: false, control: 'reference', prefix } : undefined;
}

function FieldValue({ caseId, field, value, vocabularies }: { caseId: string; field: FieldDescriptor | undefined; value: unknown; vocabularies: Vocabularies | undefined }) {
  if (field?.control === 'reference' && typeof value === 'string') return <RecordLink caseId={caseId} id={value} />;
  if (field?.control === 'references' && Array.isArray(value)) {
    return (
      <ul className="links">
        {value.map((id) => (
          <li key={String(id)}>
            <RecordLink caseId={caseId} id={String(id)} />
          </li>
        ))}
      </ul>
    );
  }
  if (field?.control === 'group' && typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    const kind = typeof object.kind === 'string' ? kindByName(object.kind) : undefined;
    if (kind && typeof object.id === 'string') {
      return (
        <>
          <RecordLink caseId={caseId} id={object.id} prefix={kind.idPrefix} />
          {typeof object.field === 'string' && <span> · {object.field}</span>}
        </>
      );
    }
    return (
      <dl className="nested">
        {(field.children ?? [])
          .filter((child) => object[child.name] !== undefined)
          .map((child) => (
            <div key={child.name}>
              <dt>{child.label}</dt>
              <dd>
                <FieldValue caseId={caseId} field={child} value={object[child.name]} vocabularies={vocabularies} />
              </dd>
            </div>
          ))}
      </dl>
    );
  }
  if (isStructure(value) && (!field || field.control === 'json')) return <Structure caseId={caseId} value={value} />;
  const words = fieldWords(field, value, vocabularies);
  return <span dir="auto" className={field?.control === 'textarea' ? 'prose' : undefined}>{words}</span>;
}

/** Lists and objects other than the value types the app words (a count, a date, a place). */
function isStructure(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => typeof item === 'object' || isId(item));
  const v = value as Record<string, unknown>;
  return v.qualifier === undefined && v.edtf === undefined && v.precision === undefined;
}

const isId = (value: unknown): value is string => typeof value === 'string' && /^[a-z]+_[0-9a-z]{26}$/.test(value);

/** What the form takes as JSON (a qualification's elements, an actor's postings), shown as lists of fields, ids as links. */
function Structure({ caseId, value }: { caseId: string; value: unknown }) {
  if (isId(value)) return <RecordLink caseId={caseId} id={value} />;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span>—</span>;
    return (
      <ul className="links">
        {value.map((item, i) => (
          <li key={i}>
            <Structure caseId={caseId} value={item} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object' && value !== null) {
    return (
      <dl className="nested">
        {Object.entries(value).map(([key, inner]) => (
          <div key={key}>
            <dt>{labelOf(key)}</dt>
            <dd>
              <Structure caseId={caseId} value={inner} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <span dir="auto">{fieldWords(undefined, value, undefined)}</span>;
}

/** A link to a record by its title when the case's records of that kind are at hand, else by its id. */
export function RecordLink({ caseId, id, prefix }: { caseId: string; id: string; prefix?: string }) {
  const ownPrefix = prefix ?? /^([a-z]+)_/.exec(id)?.[1];
  const { options } = useRecordOptions(caseId, ownPrefix);
  const label = options?.find((o) => o.id === id)?.label ?? id;
  const kind = ownPrefix ? kindByPrefix(ownPrefix) : undefined;
  const target =
    ownPrefix === EVIDENCE_PREFIX
      ? href({ page: 'evidence-item', caseId, id })
      : kind?.name === 'incident'
        ? href({ page: 'incident', caseId, id })
        : kind
          ? href({ page: 'record', caseId, kind: kind.plural, id })
          : undefined;
  if (!target) return <code>{id}</code>;
  return (
    <a href={target} dir="auto">
      {label}
    </a>
  );
}
