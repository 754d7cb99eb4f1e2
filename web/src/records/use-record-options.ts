import { api, type EvidenceRow } from '../api.js';
import { fetchAllPages } from '../fetch-pages.js';
import { activeLocale, translate } from '../i18n/active-locale.js';
import { useLoaded } from '../use-loaded.js';
import { useVocabularies } from '../vocabularies.js';
import { loadCreateSchema } from './api-schemas.js';
import { EVIDENCE_PREFIX, kindByPrefix, type KindInfo, type RecordView } from './kinds.js';
import { recordTitle } from './record-words.js';
import { recordsMessages } from './records.messages.js';
import { formFields, type FieldDescriptor } from './schema-fields.js';

export interface RecordOption {
  id: string;
  label: string;
}

interface Loaded {
  items: RecordView[];
  fields: FieldDescriptor[];
  capped: boolean;
  /** The records its titles name (an act's incidents, an involvement's actors). */
  named?: Loaded;
}

/** One load per case and kind for the page's life; a save forgets the kind so the next picker sees it. */
const cache = new Map<string, Promise<Loaded>>();

function loadRecords(caseId: string, prefix: string): Promise<Loaded> {
  // The fields' labels are in the reader's language: another language loads them again.
  const key = `${caseId}|${prefix}|${activeLocale()}`;
  let loading = cache.get(key);
  if (!loading) {
    loading = fetchRecords(caseId, prefix);
    loading.catch(() => cache.delete(key));
    cache.set(key, loading);
  }
  return loading;
}

async function fetchRecords(caseId: string, prefix: string): Promise<Loaded> {
  const base = `/cases/${encodeURIComponent(caseId)}`;
  if (prefix === EVIDENCE_PREFIX) {
    const { items } = await api<{ items: EvidenceRow[] }>('GET', `${base}/evidence`);
    return { items: items.map((e) => ({ id: e.id, name: e.originalName }) as unknown as RecordView), fields: [], capped: false };
  }
  const kind = kindByPrefix(prefix);
  if (!kind) throw new Error(translate(recordsMessages.noKindForPrefix, { prefix }));
  const [{ items, capped }, schema] = await Promise.all([fetchAllPages<RecordView>(`${base}/${kind.plural}`), loadCreateSchema(kind.plural)]);
  const fields = formFields(schema);
  const namedPrefix = titleReferencePrefix(kind, fields);
  const named = namedPrefix && namedPrefix !== prefix ? await loadRecords(caseId, namedPrefix) : undefined;
  return { items, fields, capped, ...(named ? { named } : {}) };
}

/** The prefix of the records a kind's title names, if its title names any. */
export function titleReferencePrefix(kind: KindInfo, fields: readonly FieldDescriptor[]): string | undefined {
  return fields.find((f) => kind.titleFields.includes(f.name) && (f.control === 'reference' || f.control === 'references'))?.prefix;
}

function labelsOf(prefix: string, loaded: Loaded, vocabularies: ReturnType<typeof useVocabularies>): RecordOption[] {
  const kind = kindByPrefix(prefix);
  const namePrefix = kind && titleReferencePrefix(kind, loaded.fields);
  const names = loaded.named && namePrefix ? new Map(labelsOf(namePrefix, loaded.named, vocabularies).map((o) => [o.id, o.label])) : undefined;
  return loaded.items.map((item) => ({ id: item.id, label: kind ? recordTitle(kind, item, loaded.fields, vocabularies, names && ((id) => names.get(id))) : String(item.name ?? item.id) }));
}

export function forgetRecords(caseId: string, prefix: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${caseId}|${prefix}|`)) cache.delete(key);
}

/** The records of one kind in a case (or its evidence items), named for a picker or a link. */
export function useRecordOptions(caseId: string, prefix: string | undefined): { options?: RecordOption[]; capped?: boolean; error?: string } {
  const vocabularies = useVocabularies();
  // Nothing to load without a kind: an empty answer, so the picker shows no options rather than waiting.
  const state = useLoaded<Loaded | undefined>(() => (prefix ? loadRecords(caseId, prefix) : Promise.resolve(undefined)), [caseId, prefix]);
  if (state.error) return { error: state.error };
  if (!state.value || !prefix) return {};
  return { options: labelsOf(prefix, state.value, vocabularies), capped: state.value.capped };
}

/** Names for the records a kind's titles point at, once they are loaded; ids until then. */
export function useTitleNames(caseId: string, kind: KindInfo, fields: readonly FieldDescriptor[]): (id: string) => string | undefined {
  const { options } = useRecordOptions(caseId, titleReferencePrefix(kind, fields));
  const names = new Map((options ?? []).map((o) => [o.id, o.label]));
  return (id) => names.get(id);
}
