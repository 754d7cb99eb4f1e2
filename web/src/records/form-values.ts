import { ApiError } from '../api.js';
import { translate } from '../i18n/active-locale.js';
import { recordsMessages as m } from './records.messages.js';
import type { FieldDescriptor } from './schema-fields.js';

/** What a form holds, by field path: text for most controls, true/false for a checkbox, ids or terms for lists. */
export type FormValue = string | boolean | string[];
export type FormState = Record<string, FormValue>;
/** Values the server read from words (a Count, a date, a place), by field path. */
export type ReadValues = ReadonlyMap<string, unknown>;

/** A value the form cannot send, named by its field like the server's own refusals. */
function fieldError(path: string, message: string): ApiError {
  return new ApiError(400, 'VALIDATION_FAILED', message, path);
}

/** The form's starting state: empty for a new record, the record's values (in words) for an edit. */
export function initialState(fields: readonly FieldDescriptor[], record?: Record<string, unknown>): FormState {
  const state: FormState = {};
  for (const field of fields) {
    const value = record?.[field.name];
    if (field.control === 'group') {
      // A protected part is never shown in a form: reading it is a logged act of its own.
      Object.assign(state, initialState(field.children ?? [], field.protected ? undefined : (value as Record<string, unknown> | undefined)));
    } else {
      state[field.path] = stateOf(field, value);
    }
  }
  return state;
}

function stateOf(field: FieldDescriptor, value: unknown): FormValue {
  switch (field.control) {
    case 'checkbox':
      return value === true;
    case 'checkboxes':
    case 'references':
      return Array.isArray(value) ? value.map(String) : [];
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'count':
      return value ? countWords(value as CountValue) : '';
    case 'date': {
      const date = value as { edtf?: string; asReported?: string } | undefined;
      return date?.asReported ?? date?.edtf ?? '';
    }
    case 'place': {
      const place = value as { asReported?: string; names?: { en?: string; ar?: string } } | undefined;
      return place?.asReported ?? place?.names?.en ?? place?.names?.ar ?? '';
    }
    case 'json':
      return value === undefined ? '' : JSON.stringify(value, null, 2);
    default:
      return value === undefined || value === null ? '' : String(value);
  }
}

interface CountValue {
  qualifier: string;
  min?: number;
  best?: number;
  max?: number;
  vague?: string;
  asReported?: string;
}

/**
 * A count in words the server reads back to the same count: "at least 14", "14-20", "dozens". These are the
 * reader's words, put into a field to be read again, not a text for the eye: they stay in the English it reads.
 */
export function countWords(count: CountValue): string {
  if (count.asReported) return count.asReported;
  switch (count.qualifier) {
    case 'exact':
      return String(count.best ?? count.min ?? '');
    case 'at_least':
      return `at least ${count.min}`;
    case 'at_most':
      return `at most ${count.max}`;
    case 'approx':
      return `about ${count.best}`;
    case 'range':
      return `${count.min}-${count.max}`;
    case 'vague':
      return count.vague ?? '';
    default:
      return 'unknown';
  }
}

/** The value a field sends, or undefined when it is left empty. */
export function fieldValue(field: FieldDescriptor, state: FormState, read: ReadValues): unknown {
  const raw = state[field.path];
  switch (field.control) {
    case 'group': {
      const entries = (field.children ?? []).map((child) => [child.name, fieldValue(child, state, read)] as const).filter(([, v]) => v !== undefined);
      return entries.length ? Object.fromEntries(entries) : undefined;
    }
    case 'checkbox':
      return raw === true ? true : undefined;
    case 'checkboxes':
    case 'references':
      return Array.isArray(raw) && raw.length ? raw : undefined;
    case 'lines': {
      const lines = String(raw ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
      return lines.length ? lines : undefined;
    }
    case 'count':
    case 'date':
    case 'place':
    case 'edtf':
      if (String(raw ?? '').trim() === '') return undefined;
      if (!read.has(field.path)) throw fieldError(field.path, translate(m.notRead));
      return read.get(field.path);
    case 'integer':
    case 'number':
      return numberOf(field, String(raw ?? '').trim());
    case 'json':
      return jsonOf(field, String(raw ?? '').trim());
    default: {
      const text = String(raw ?? '').trim();
      return text === '' ? undefined : text;
    }
  }
}

function numberOf(field: FieldDescriptor, text: string): number | undefined {
  if (text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || (field.control === 'integer' && !Number.isInteger(value))) {
    throw fieldError(field.path, translate(field.control === 'integer' ? m.notWholeNumber : m.notNumber, { text }));
  }
  return value;
}

function jsonOf(field: FieldDescriptor, text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw fieldError(field.path, translate(m.notJson));
  }
}

/** The body of a create request: every field given a value, none of the empty ones. */
export function createBody(fields: readonly FieldDescriptor[], state: FormState, read: ReadValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = fieldValue(field, state, read);
    if (value !== undefined) body[field.name] = value;
  }
  return body;
}

/** The part of the form's state that belongs to one field (a group's is its children's). */
function stateKey(field: FieldDescriptor, state: FormState): string {
  return JSON.stringify(Object.entries(state).filter(([path]) => path === field.path || path.startsWith(`${field.path}.`)));
}

/** The top-level fields whose state differs from where the form started. */
export function changedFields(fields: readonly FieldDescriptor[], initial: FormState, state: FormState): FieldDescriptor[] {
  return fields.filter((field) => stateKey(field, initial) !== stateKey(field, state));
}

/**
 * The body of a PATCH: only the fields changed, a cleared field as null (which removes it). Unchanged
 * fields are not sent, so a colleague's change to another field is never overwritten.
 */
export function patchBody(fields: readonly FieldDescriptor[], initial: FormState, state: FormState, read: ReadValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of changedFields(fields, initial, state)) body[field.name] = fieldValue(field, state, read) ?? null;
  return body;
}
