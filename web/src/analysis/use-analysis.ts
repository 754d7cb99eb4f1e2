import { api } from '../api.js';
import { activeLocale } from '../i18n/active-locale.js';
import { fetchAllPages } from '../fetch-pages.js';
import type { TimelineContextEvent } from '../timeline/context-markers.js';
import { type Loaded, useLoaded } from '../use-loaded.js';
import { analysisPath, type AnalysisParams } from './analysis-query.js';
import type { AnalysisName, AnalysisResult, PinnedAnalysis } from './analysis-types.js';

/** The result for the question the page asks now; an answer to an earlier question is dropped. */
export function useAnalysis<T extends AnalysisResult>(caseId: string, analysis: AnalysisName, params: AnalysisParams): Loaded<T> & { path: string } {
  const path = analysisPath(caseId, analysis, params);
  return { ...useLoaded(() => api<T>('GET', path), [path]), path };
}

/** The case's context events: the anchors tempo can compare around, and the markers on its chart. */
export function useContextEvents(caseId: string): Loaded<TimelineContextEvent[]> {
  return useLoaded(() => fetchAllPages<TimelineContextEvent>(`/cases/${encodeURIComponent(caseId)}/context-events`).then((all) => all.items), [caseId]);
}

export interface ActorChoice {
  id: string;
  name: string;
}

export function useActors(caseId: string): Loaded<ActorChoice[]> {
  return useLoaded(
    () => fetchAllPages<ActorChoice>(`/cases/${encodeURIComponent(caseId)}/actors`).then((all) => [...all.items].sort((a, b) => a.name.localeCompare(b.name, activeLocale()))),
    [caseId],
  );
}

/** The analyses pinned to the case, newest first; `version` changes after a pin, to list it. */
export function usePins(caseId: string, version: number): Loaded<PinnedAnalysis[]> {
  return useLoaded(() => api<{ items: PinnedAnalysis[] }>('GET', `/cases/${encodeURIComponent(caseId)}/analysis/pins`).then((list) => list.items), [caseId, version]);
}
