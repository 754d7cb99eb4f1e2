import { api, type EvidenceRow } from '../api.js';
import type { MetadataMatch } from '../../../src/evidence/metadata-filter.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import type { EvidencePoint } from './IncidentMap.js';

/** The case's items whose own metadata gives a GPS position, when asked for (GET /cases/{id}/evidence?hasGps=true). */
export function useEvidencePoints(caseId: string, shown: boolean): { points?: EvidencePoint[]; error?: string } {
  const { value: points, error } = useLoaded(async () => {
    if (!shown) return undefined;
    const { items } = await api<{ items: (EvidenceRow & { found: MetadataMatch })[] }>('GET', `/cases/${encodeURIComponent(caseId)}/evidence?hasGps=true`);
    return items.flatMap((item) => (item.found.gps ? [{ id: item.id, name: item.originalName, ...item.found.gps, href: href({ page: 'evidence-item', caseId, id: item.id }) }] : []));
  }, [caseId, shown]);
  return { points, error };
}
