import { useEffect, useState } from 'react';
import { api, errorText, type EvidenceRow } from '../api.js';
import type { MetadataMatch } from '../../../src/evidence/metadata-filter.js';
import { href } from '../route.js';
import type { EvidencePoint } from './IncidentMap.js';

/** The case's items whose own metadata gives a GPS position, when asked for (GET /cases/{id}/evidence?hasGps=true). */
export function useEvidencePoints(caseId: string, shown: boolean): { points?: EvidencePoint[]; error?: string } {
  const [answer, setAnswer] = useState<{ points?: EvidencePoint[]; error?: string }>({});
  useEffect(() => {
    if (!shown) return setAnswer({});
    let stale = false;
    api<{ items: (EvidenceRow & { found: MetadataMatch })[] }>('GET', `/cases/${encodeURIComponent(caseId)}/evidence?hasGps=true`).then(
      ({ items }) =>
        !stale &&
        setAnswer({
          points: items.flatMap((item) => (item.found.gps ? [{ id: item.id, name: item.originalName, ...item.found.gps, href: href({ page: 'evidence-item', caseId, id: item.id }) }] : [])),
        }),
      (error: unknown) => !stale && setAnswer({ error: errorText(error) }),
    );
    return () => {
      stale = true;
    };
  }, [caseId, shown]);
  return answer;
}
