import { api, ApiError } from '../api.js';
import type { Reading } from '../incidents/readings.js';
import type { FormState } from './form-values.js';
import { allFields, type FieldDescriptor } from './schema-fields.js';

/**
 * Counts, dates and places are typed in words ("at least 14", "mid-July 2016", "Urum al-Kubra") and read by
 * the server's one reader of words, the incident entry reader (POST …/incidents/entry/read), which reads one
 * date, one place and five figures at a time without saving anything. Each record field is given one of those
 * slots; the values read go into the record's own request.
 */
const FIGURE_SLOTS = ['killed', 'injured', 'missing', 'detained', 'displaced'] as const;
type Slot = 'date' | 'place' | (typeof FIGURE_SLOTS)[number];

export interface WordField {
  path: string;
  label: string;
  control: 'count' | 'date' | 'edtf' | 'place';
  text: string;
}

export interface ReadingBatch {
  /** The entry reader's body: a title and a type it requires but which are not read. */
  body: { title: string; types: string[]; date?: string; place?: string; figures?: Record<string, string> };
  slots: { path: string; label: string; control: WordField['control']; slot: Slot }[];
}

/** The fields of a form typed in words and not left empty; `only` limits them to some top-level fields. */
export function wordFields(fields: readonly FieldDescriptor[], state: FormState, only?: readonly FieldDescriptor[]): WordField[] {
  const roots = only ?? fields;
  return allFields(roots)
    .filter((f): f is FieldDescriptor & { control: WordField['control'] } => f.control === 'count' || f.control === 'date' || f.control === 'edtf' || f.control === 'place')
    .map((f) => ({ path: f.path, label: f.label, control: f.control, text: String(state[f.path] ?? '').trim() }))
    .filter((f) => f.text !== '');
}

/** As few entry reads as the slots allow: one date, one place and five figures per read. */
export function planReadings(words: readonly WordField[]): ReadingBatch[] {
  const batches: ReadingBatch[] = [];
  for (const word of words) {
    const wanted = word.control === 'place' ? ['place' as const] : word.control === 'count' ? FIGURE_SLOTS : ['date' as const];
    let placed = false;
    for (const batch of batches) {
      const free = wanted.find((slot) => !batch.slots.some((s) => s.slot === slot));
      if (free) {
        addToBatch(batch, word, free);
        placed = true;
        break;
      }
    }
    if (!placed) {
      const batch: ReadingBatch = { body: { title: 'reading', types: ['reading'] }, slots: [] };
      addToBatch(batch, word, wanted[0]!);
      batches.push(batch);
    }
  }
  return batches;
}

function addToBatch(batch: ReadingBatch, word: WordField, slot: Slot): void {
  batch.slots.push({ path: word.path, label: word.label, control: word.control, slot });
  if (slot === 'date') batch.body.date = word.text;
  else if (slot === 'place') batch.body.place = word.text;
  else batch.body.figures = { ...batch.body.figures, [slot]: word.text };
}

export interface EntryReading {
  readings: Reading[];
  incident: { date?: { edtf: string }; place?: unknown };
  figures: Record<string, unknown>;
}

/** The values one read gave each field, and how each was read, named by the record's own fields. */
export function valuesFromReading(batch: ReadingBatch, result: EntryReading): { values: Map<string, unknown>; readings: Reading[] } {
  const values = new Map<string, unknown>();
  const readings: Reading[] = [];
  for (const { path, label, control, slot } of batch.slots) {
    const value = slot === 'date' ? result.incident.date : slot === 'place' ? result.incident.place : result.figures[slot];
    values.set(path, control === 'edtf' ? (value as { edtf: string } | undefined)?.edtf : value);
    const reading = result.readings.find((r) => r.field === slot);
    if (reading) readings.push({ ...reading, field: label });
  }
  return { values, readings };
}

/** Reads every field typed in words through the server; a refusal names the record's field, not the slot. */
export async function readWords(caseId: string, words: readonly WordField[]): Promise<{ values: Map<string, unknown>; readings: Reading[] }> {
  const values = new Map<string, unknown>();
  const readings: Reading[] = [];
  for (const batch of planReadings(words)) {
    let result: EntryReading;
    try {
      result = await api<EntryReading>('POST', `/cases/${encodeURIComponent(caseId)}/incidents/entry/read`, batch.body);
    } catch (caught) {
      throw renamedError(caught, batch);
    }
    const read = valuesFromReading(batch, result);
    read.values.forEach((value, path) => values.set(path, value));
    readings.push(...read.readings);
  }
  return { values, readings };
}

function renamedError(caught: unknown, batch: ReadingBatch): unknown {
  if (!(caught instanceof ApiError) || !caught.field) return caught;
  const slot = batch.slots.find((s) => caught.field === s.slot || caught.field?.startsWith(`${s.slot}.`));
  return slot ? new ApiError(caught.status, caught.code, caught.message, slot.path) : caught;
}
