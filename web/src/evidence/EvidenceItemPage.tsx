import { api, type EvidenceRow } from '../api.js';
import { ItemExtractions } from '../extraction/ItemExtractions.js';
import { CustodyPanel } from '../ledger/CustodyPanel.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import { byteSize } from './byte-size.js';
import { ContentCredentials, type ItemCredentials } from './ContentCredentials.js';
import { EvidencePreview } from './EvidencePreview.js';
import { ItemPlace, type IncidentSite } from './ItemPlace.js';
import { LookAlikes } from './LookAlikes.js';
import { OriginalMetadata, type ItemMetadata } from './OriginalMetadata.js';
import { VideoDerivatives } from './VideoDerivatives.js';

/** One evidence item: what it is, how it came in, a preview on request, and its custody checked in the browser. */
export function EvidenceItemPage({ caseId, evidenceId, canWrite }: { caseId: string; evidenceId: string; canWrite: boolean }) {
  const { value: item, error } = useLoaded(
    () => api<EvidenceRow & { metadata?: ItemMetadata | null; incidentSites?: IncidentSite[]; credentials?: ItemCredentials | null }>('GET', `/evidence/${encodeURIComponent(evidenceId)}`),
    [evidenceId],
  );
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!item) return <p className="loading">Loading…</p>;
  return (
    <article aria-labelledby="evidence-item-title" className="evidence-item">
      <p>
        <a href={href({ page: 'evidence', caseId })}>← All evidence</a>
      </p>
      <h2 id="evidence-item-title" dir="auto">
        {item.originalName}
      </h2>
      <dl className="facts">
        <div>
          <dt>SHA-256</dt>
          <dd>
            <code className="hash">{item.sha256}</code>
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{item.mediaType}</dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd>
            {byteSize(item.size)} <span className="muted">({item.size.toLocaleString('en-GB')} bytes)</span>
          </dd>
        </div>
        <div>
          <dt>Taken in</dt>
          <dd>
            {item.intakeAt.replace('T', ' ').slice(0, 19)} UTC by {item.intakeBy}
          </dd>
        </div>
        {item.source && (
          <div>
            <dt>Source</dt>
            <dd dir="auto">{item.source}</dd>
          </div>
        )}
        {item.note && (
          <div>
            <dt>Note</dt>
            <dd dir="auto">{item.note}</dd>
          </div>
        )}
      </dl>
      <p>
        <a href={`/api/v1/evidence/${encodeURIComponent(item.id)}/content`} download={item.originalName}>
          Download the original
        </a>
      </p>
      <EvidencePreview key={item.id} item={item} />
      <VideoDerivatives key={`derivatives-${item.id}`} item={item} caseId={caseId} canWrite={canWrite} />
      <OriginalMetadata metadata={item.metadata} />
      <ItemPlace gps={item.metadata?.reading.gps} sites={item.incidentSites ?? []} />
      <ContentCredentials credentials={item.credentials} />
      <LookAlikes caseId={caseId} evidenceId={item.id} />
      <ItemExtractions caseId={caseId} evidenceId={item.id} canWrite={canWrite} />
      <CustodyPanel caseId={caseId} evidence={item} />
    </article>
  );
}
