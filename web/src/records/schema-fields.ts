import { translate } from '../i18n/active-locale.js';
import type { Message } from '../i18n/define-messages.js';
import { fieldHelp, fieldLabels, HELP_VALUES } from './fields.messages.js';
import { recordsMessages } from './records.messages.js';

/**
 * A kind's create schema (as the API's OpenAPI document gives it, or the TypeBox schema itself) turned into the
 * fields of a form: one schema, many uses. Values the API holds as structures but people say in words (a
 * Count, a date, a place) become text fields the server reads; what is too nested for a form is JSON.
 */
export type Control =
  | 'text'
  | 'url'
  | 'textarea'
  | 'integer'
  | 'number'
  | 'day'
  | 'checkbox'
  | 'select'
  | 'checkboxes'
  | 'lines'
  | 'reference'
  | 'references'
  | 'record-id'
  | 'count'
  | 'date'
  | 'edtf'
  | 'place'
  | 'group'
  | 'json';

export interface FieldDescriptor {
  name: string;
  /** Dotted path from the form's root, e.g. `subject.kind`, `restricted.exactLocation.lat`. */
  path: string;
  label: string;
  required: boolean;
  control: Control;
  description?: string;
  /** Enum terms, for select and checkboxes. */
  options?: string[];
  /** The vocabulary the description names ("vocabulary actor_types"), when it names one. */
  vocabulary?: string;
  /** Id prefix of the records a reference points at (`src`, `inc`, `ev`…). */
  prefix?: string;
  /** For record-id: the path of the sibling field holding the kind of record pointed at. */
  kindFrom?: string;
  children?: FieldDescriptor[];
  /** Sealed by the server, never exported: the form marks it. */
  protected?: boolean;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

export interface JsonSchema {
  type?: string | string[];
  $id?: string;
  enum?: readonly unknown[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  items?: JsonSchema;
  description?: string;
  pattern?: string;
  format?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
}

/** Textareas for prose; inputs for names and short notes. */
const LONG_TEXT = 500;
/** Objects inside objects are forms inside forms; deeper than this, JSON reads better. */
const MAX_DEPTH = 3;

export function formFields(schema: JsonSchema, parentPath = '', depth = 1): FieldDescriptor[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => describeField(name, property, parentPath ? `${parentPath}.${name}` : name, required.has(name), depth));
}

function describeField(name: string, schema: JsonSchema, path: string, required: boolean, depth: number): FieldDescriptor {
  const base: FieldDescriptor = { name, path, label: labelOf(name), required, control: 'json' };
  if (schema.description) base.description = schema.description;
  const vocabulary = vocabularyNamed(schema.description ?? schema.items?.description);
  if (vocabulary) base.vocabulary = vocabulary;
  if (schema.maxLength !== undefined) base.maxLength = schema.maxLength;
  if (schema.minimum !== undefined) base.minimum = schema.minimum;
  if (schema.maximum !== undefined) base.maximum = schema.maximum;
  return { ...base, ...controlOf(name, schema, path, depth) };
}

function controlOf(name: string, schema: JsonSchema, path: string, depth: number): Partial<FieldDescriptor> {
  if (isCount(schema)) return { control: 'count' };
  if (isDateInput(schema)) return { control: 'date' };
  if (isPlace(schema)) return { control: 'place' };
  if (schema.enum) return { control: 'select', options: schema.enum.map(String) };
  const prefix = referencePrefix(schema);
  if (prefix) return { control: 'reference', prefix };
  const type = schema.type;
  if (type === 'string') {
    if (schema.format === 'date') return { control: 'day' };
    if (schema.format === 'uri') return { control: 'url' };
    if (/^EDTF\b/.test(schema.description ?? '')) return { control: 'edtf' };
    return { control: (schema.maxLength ?? 0) > LONG_TEXT ? 'textarea' : 'text' };
  }
  if (type === 'integer') return { control: 'integer' };
  if (type === 'number') return { control: 'number' };
  if (type === 'boolean') return { control: 'checkbox' };
  if (type === 'array' && schema.items) {
    if (schema.items.enum) return { control: 'checkboxes', options: schema.items.enum.map(String) };
    const itemPrefix = referencePrefix(schema.items);
    if (itemPrefix) return { control: 'references', prefix: itemPrefix };
    if (schema.items.type === 'string') return { control: 'lines' };
    return { control: 'json' };
  }
  if (type === 'object' && schema.properties && depth < MAX_DEPTH) {
    const children = formFields(schema, path, depth + 1).map((child) => pointerChild(child, schema, path));
    if (children.some((c) => c.control === 'json')) return { control: 'json' };
    return { control: 'group', children, ...(name === 'restricted' ? { protected: true } : {}) };
  }
  return { control: 'json' };
}

/** `{kind, id}` points at a record of any kind: the id is picked among records of the kind chosen beside it. */
function pointerChild(child: FieldDescriptor, parent: JsonSchema, parentPath: string): FieldDescriptor {
  const kind = parent.properties?.kind;
  if (child.name !== 'id' || !kind?.enum || child.control !== 'text') return child;
  return { ...child, control: 'record-id', kindFrom: `${parentPath}.kind`, label: translate(recordsMessages.record) };
}

const propertyNames = (schema: JsonSchema) => Object.keys(schema.properties ?? {});

export function isCount(schema: JsonSchema): boolean {
  return schema.$id === 'Count' || (schema.type === 'object' && Array.isArray(schema.properties?.qualifier?.enum) && propertyNames(schema).includes('asReported'));
}

export function isDateInput(schema: JsonSchema): boolean {
  return schema.$id === 'UncertainDateInput' || (schema.type === 'object' && (schema.required ?? []).includes('edtf'));
}

export function isPlace(schema: JsonSchema): boolean {
  const names = propertyNames(schema);
  return schema.$id === 'Place' || (schema.type === 'object' && names.includes('precision') && names.includes('geometry'));
}

/** `Reference('src', …)` is a string whose pattern starts with the prefix: `^src_[0-9a-z]{26}$`. */
export function referencePrefix(schema: JsonSchema): string | undefined {
  if (schema.type !== 'string' || !schema.pattern) return undefined;
  return /^\^([a-z]+)_\[0-9a-z\]\{26\}\$$/.exec(schema.pattern)?.[1];
}

function vocabularyNamed(description: string | undefined): string | undefined {
  return description ? /\bvocabulary ([a-z_]+)/i.exec(description)?.[1] : undefined;
}

/** Names the catalogue does not know and that the rule below would word badly. */
const SPECIAL_LABELS: Record<string, string> = { edtf: 'EDTF' };

/**
 * `publishedOn` → "Published on", `actorIds` → "Actors", `sourceId` → "Source": the catalogue's label for a field
 * it knows, in the reader's language; a field it does not know is worded from its name, in English.
 */
export function labelOf(name: string): string {
  if (Object.hasOwn(fieldLabels, name)) return translate(fieldLabels[name as keyof typeof fieldLabels]);
  const special = SPECIAL_LABELS[name];
  if (special) return special;
  const stem = name.endsWith('Ids') ? `${name.slice(0, -3)}s` : name.endsWith('Id') ? name.slice(0, -2) : name;
  const words = stem.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The catalogue's help texts by the English the schema gives, so a description changed since is shown as the server has it. */
const HELP_BY_ENGLISH = new Map<string, Message>(
  Object.values(fieldHelp).map((message) => [message.en.replace(/\{(\w+)\}/g, (_, key: string) => HELP_VALUES[key as keyof typeof HELP_VALUES] ?? `{${key}}`), message]),
);

/** A field's description as help: without the vocabulary's internal name (its options' labels stand for it), in the reader's language when the catalogue knows it. */
export function helpOf(description: string | undefined): string | undefined {
  const text = description?.replace(/\s*\(vocabulary [a-z_]+\)|^vocabulary [a-z_]+$/i, '').trim();
  if (!text) return undefined;
  const message = HELP_BY_ENGLISH.get(text);
  return message ? translate(message, HELP_VALUES) : text;
}

/** Every descriptor of a tree, groups before their children. */
export function allFields(fields: readonly FieldDescriptor[]): FieldDescriptor[] {
  return fields.flatMap((f) => [f, ...allFields(f.children ?? [])]);
}

/** Controls whose text the server reads into a value before the record is saved. */
export const WORD_CONTROLS: readonly Control[] = ['count', 'date', 'edtf', 'place'];
