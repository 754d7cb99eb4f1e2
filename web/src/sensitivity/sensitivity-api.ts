import { api } from '../api.js';
import { useLoaded } from '../use-loaded.js';
import { termLabel, useVocabularies } from '../vocabularies.js';

/** What the server says of today's graphic items (src/sensitivity/care.ts). */
export interface Exposure {
  day: string;
  graphicToday: number;
  dailyLimit: number | null;
  remind: boolean;
}

export interface CareSettings {
  blur: 'always' | 'graphic' | 'never';
  dailyLimit: number | null;
}

export const GRAPHIC = 'graphic_violence';
/** Told to the reminder whenever a click-through changes today's count. */
export const EXPOSURE_EVENT = 'dossier-exposure';

/** A click-through: recorded by the server, which then sends this reader the plain pictures. */
export async function revealItem(caseId: string, evidenceId: string): Promise<Exposure> {
  const { exposure } = await api<{ exposure: Exposure }>('POST', `/cases/${encodeURIComponent(caseId)}/evidence/${encodeURIComponent(evidenceId)}/reveal`);
  window.dispatchEvent(new CustomEvent<Exposure>(EXPOSURE_EVENT, { detail: exposure }));
  return exposure;
}

export interface CaseLabels {
  builtIn: string[];
  own: Array<{ code: string; name: string; retired: boolean }>;
}

/** A case's labels, each with its name in the reader's language (the built-in ones) or as its owners named it. */
export function useCaseLabels(caseId: string): { names: (code: string) => string; usable: string[] } {
  const vocabularies = useVocabularies();
  // Without them (not yet, or unreadable) the built-in names still serve.
  const { value: labels } = useLoaded(() => api<CaseLabels>('GET', `/cases/${encodeURIComponent(caseId)}/labels`), [caseId]);
  const own = new Map((labels?.own ?? []).map((label) => [label.code, label.name]));
  return {
    names: (code) => own.get(code) ?? termLabel(vocabularies, 'sensitivity_labels', code),
    usable: [...(labels?.builtIn ?? []), ...(labels?.own ?? []).filter((label) => !label.retired).map((label) => label.code)],
  };
}
