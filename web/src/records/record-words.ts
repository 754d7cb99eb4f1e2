import { countText, dateText, placeText, valueText, type CountView, type DateView, type PlaceView } from '../incidents/values.js';
import { activeIntl, activeLocale, translate } from '../i18n/active-locale.js';
import { termLabel, type Vocabularies } from '../vocabularies.js';
import { optionWords } from './fields.messages.js';
import { kindByName, kindLabel, type KindInfo, type RecordView } from './kinds.js';
import { recordsMessages as m } from './records.messages.js';
import type { FieldDescriptor } from './schema-fields.js';

/**
 * The vocabulary that labels a field's terms: the one its description names, else one whose terms are exactly
 * the field's and whose name shares a word with the field's (`reliability` → source_reliability, `grade` →
 * verification_grades). Terms alone are not enough: yes/no/unknown is a party to the conflict in one field and
 * a border crossed in another.
 */
export function vocabularyFor(field: FieldDescriptor, vocabularies: Vocabularies | undefined): string | undefined {
  if (field.vocabulary && (vocabularies?.[field.vocabulary] || !vocabularies)) return field.vocabulary;
  const options = field.options;
  if (!options || !vocabularies) return undefined;
  const wanted = [...options].sort().join('\n');
  const fieldStems = stems(field.name.replace(/([a-z])([A-Z])/g, '$1_$2'));
  return Object.keys(vocabularies).find(
    (name) => vocabularies[name]!.terms.map((t) => t.id).sort().join('\n') === wanted && stems(name).some((stem) => fieldStems.includes(stem)),
  );
}

/** Words by their first five letters, so "grade" meets "grades" and "standard" meets "standards". */
const stems = (name: string) => name.toLowerCase().split('_').filter((w) => w.length > 2).map((w) => w.slice(0, 5));

/** A term in words: through its vocabulary, else the kind of record it names, else the catalogue's words for the field's terms. */
export function optionLabel(field: FieldDescriptor, vocabularies: Vocabularies | undefined, id: string): string {
  const kind = field.name === 'kind' ? kindByName(id) : undefined;
  if (kind) return kindLabel(kind);
  const vocabulary = vocabularyFor(field, vocabularies);
  const key = `${field.name}.${id}`;
  if (!vocabulary && Object.hasOwn(optionWords, key)) return translate(optionWords[key as keyof typeof optionWords]);
  return termLabel(vocabularies, vocabulary ?? '', id);
}

/** Words listed ("a, b, c"), or given as alternatives ("a or b"), as the reader's language lists them. */
export function listWords(words: readonly string[], type: 'unit' | 'disjunction' = 'unit'): string {
  return activeIntl().formatList(words, { type, style: type === 'unit' ? 'short' : 'long' });
}

/** A field's value in words: terms by their labels, counts, dates and places as the rest of the app words them. */
export function fieldWords(field: FieldDescriptor | undefined, value: unknown, vocabularies: Vocabularies | undefined, nameOf?: (id: string) => string | undefined): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (nameOf && field?.control === 'reference' && typeof value === 'string') return nameOf(value) ?? value;
  if (field?.control === 'references' && Array.isArray(value)) return listWords(referenceNames(value, nameOf ?? (() => undefined)));
  if (field?.control === 'select' && typeof value === 'string') return optionLabel(field, vocabularies, value);
  if (field?.control === 'checkboxes' && Array.isArray(value)) return listWords(value.map((v) => optionLabel(field, vocabularies, String(v))));
  if (field?.control === 'count') return countText(value as CountView);
  if (field?.control === 'date') return dateText(value as DateView);
  if (field?.control === 'place') return placeText(value as PlaceView);
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'number') return activeIntl().formatNumber(value);
  const pointer = pointerWords(value);
  return pointer ?? valueText(value);
}

const referenceNames = (ids: readonly unknown[], nameOf: (id: string) => string | undefined) => ids.map((id) => nameOf(String(id)) ?? String(id));

export const yesNo = (value: boolean): string => translate(value ? m.yes : m.no);

/** `{kind: 'incident', id, field: 'occurred'}` → "incident · occurred". */
function pointerWords(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { kind, field } = value as { kind?: unknown; id?: unknown; field?: unknown };
  if (typeof kind !== 'string' || !kindByName(kind)) return undefined;
  return [kindLabel(kindByName(kind)!), typeof field === 'string' ? field : undefined].filter(Boolean).join(' · ');
}

const TITLE_LENGTH = 140;

/**
 * How a record is named in a list or a picker: its title fields in words, shortened, or its id. Records it
 * points at are named by `nameOf` when the caller has them at hand, else by id.
 */
export function recordTitle(
  kind: KindInfo,
  record: RecordView,
  fields: readonly FieldDescriptor[],
  vocabularies: Vocabularies | undefined,
  nameOf?: (id: string) => string | undefined,
): string {
  const parts = kind.titleFields
    .filter((name) => record[name] !== undefined && record[name] !== null && record[name] !== '')
    .map((name) => {
      const field = fields.find((f) => f.name === name);
      const value = record[name];
      // An either-or names its actors as alternatives: "Syrian Air Force or Russian Aerospace Forces".
      if (field?.control === 'references' && record.eitherOr === true && Array.isArray(value)) return listWords(referenceNames(value, nameOf ?? (() => undefined)), 'disjunction');
      const words = fieldWords(field, value, vocabularies, nameOf);
      if (field?.control === 'count') return translate(m.countPart, { label: field.label.toLocaleLowerCase(activeLocale()), count: words });
      return words;
    });
  const title = parts.join(' · ');
  if (title === '') return record.id;
  return title.length > TITLE_LENGTH ? `${title.slice(0, TITLE_LENGTH - 1)}…` : title;
}
