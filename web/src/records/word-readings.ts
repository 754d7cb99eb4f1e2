import { api } from '../api.js';
import type { Reading } from '../incidents/readings.js';
import type { FormState } from './form-values.js';
import { allFields, type FieldDescriptor } from './schema-fields.js';

/**
 * Counts, dates and places are typed in words ("at least 14", "mid-July 2016", "Urum al-Kubra") and read by
 * the server (POST /values/read), which says how it read each one and saves nothing; the values read go into
 * the record's own request. An error names the record's own field, because each word is sent under its path.
 */
export interface WordField {
  path: string;
  label: string;
  control: 'count' | 'date' | 'edtf' | 'place';
  text: string;
}

/** The fields of a form typed in words and not left empty; `only` limits them to some top-level fields. */
export function wordFields(fields: readonly FieldDescriptor[], state: FormState, only?: readonly FieldDescriptor[]): WordField[] {
  const roots = only ?? fields;
  return allFields(roots)
    .filter((f): f is FieldDescriptor & { control: WordField['control'] } => f.control === 'count' || f.control === 'date' || f.control === 'edtf' || f.control === 'place')
    .map((f) => ({ path: f.path, label: f.label, control: f.control, text: String(state[f.path] ?? '').trim() }))
    .filter((f) => f.text !== '');
}

/** The server's name for each control's kind of word: an EDTF string is read as a date, and only its EDTF kept. */
export function readRequest(words: readonly WordField[]): { values: { field: string; kind: 'date' | 'place' | 'count'; text: string }[] } {
  return { values: words.map((w) => ({ field: w.path, kind: w.control === 'edtf' ? 'date' : w.control, text: w.text })) };
}

export interface ValuesRead {
  values: { field: string; value: unknown; reading: Reading }[];
}

/** The values read, by field path, and each reading under the field's label. */
export function valuesFromRead(words: readonly WordField[], read: ValuesRead): { values: Map<string, unknown>; readings: Reading[] } {
  const values = new Map<string, unknown>();
  const readings: Reading[] = [];
  for (const word of words) {
    const found = read.values.find((v) => v.field === word.path);
    if (!found) continue;
    values.set(word.path, word.control === 'edtf' ? (found.value as { edtf: string }).edtf : found.value);
    readings.push({ ...found.reading, field: word.label });
  }
  return { values, readings };
}

export async function readWords(words: readonly WordField[]): Promise<{ values: Map<string, unknown>; readings: Reading[] }> {
  return valuesFromRead(words, await api<ValuesRead>('POST', '/values/read', readRequest(words)));
}
