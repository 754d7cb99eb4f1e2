import { useEffect, useState } from 'react';
import { errorText } from '../api.js';
import { type AllPages, fetchAllPages } from '../fetch-pages.js';
import type { TimelineContextEvent } from './context-markers.js';
import { type IncidentGroup, type InvolvementLink, partyGroups } from './incident-groups.js';
import type { TimelineIncident } from './incident-timeline.js';

export interface TimelineRecords {
  incidents: AllPages<TimelineIncident>;
  events: AllPages<TimelineContextEvent>;
}

export interface PartyLookup {
  groups: Map<string, IncidentGroup>;
  capped: boolean;
}

type Loaded<T> = { value?: T; error?: string };

/** The incidents the filters select (query: the list endpoint's query string) and the case's context events. */
export function useTimelineRecords(caseId: string, query: string): Loaded<TimelineRecords> {
  const [state, setState] = useState<Loaded<TimelineRecords> & { for?: string }>({});
  const wanted = `${caseId}?${query}`;
  useEffect(() => {
    let current = true;
    const base = `/cases/${encodeURIComponent(caseId)}`;
    Promise.all([fetchAllPages<TimelineIncident>(`${base}/incidents`, new URLSearchParams(query)), fetchAllPages<TimelineContextEvent>(`${base}/context-events`)]).then(
      ([incidents, events]) => current && setState({ value: { incidents, events }, for: wanted }),
      (error: unknown) => current && setState({ error: errorText(error), for: wanted }),
    );
    return () => {
      current = false;
    };
  }, [caseId, query, wanted]);
  // Until the new answer arrives, nothing rather than the previous filters' chart under the new controls.
  return state.for === wanted ? state : {};
}

/**
 * Who is named in each incident: all the case's involvements and actors, fetched only once grouping by party
 * is asked for (two more lists to page through).
 */
export function usePartyLookup(caseId: string, wanted: boolean): Loaded<PartyLookup> {
  const [state, setState] = useState<Loaded<PartyLookup> & { for?: string }>({});
  useEffect(() => {
    if (!wanted || state.for === caseId) return;
    let current = true;
    const base = `/cases/${encodeURIComponent(caseId)}`;
    Promise.all([fetchAllPages<InvolvementLink>(`${base}/involvements`), fetchAllPages<{ id: string; name: string }>(`${base}/actors`)]).then(
      ([involvements, actors]) => {
        const names = new Map(actors.items.map((actor) => [actor.id, actor.name]));
        if (current) setState({ value: { groups: partyGroups(involvements.items, names), capped: involvements.capped || actors.capped }, for: caseId });
      },
      (error: unknown) => current && setState({ error: errorText(error), for: caseId }),
    );
    return () => {
      current = false;
    };
  }, [caseId, wanted, state.for]);
  return state.for === caseId ? state : {};
}
