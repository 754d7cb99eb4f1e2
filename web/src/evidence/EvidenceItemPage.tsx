import { useState } from 'react';
import { api, type EvidenceRow } from '../api.js';
import { DiscussionPanel } from '../comments/DiscussionPanel.js';
import { ItemExtractions } from '../extraction/ItemExtractions.js';
import { utcTime } from '../format/dates.js';
import { useT } from '../i18n/LanguageProvider.js';
import { CustodyPanel } from '../ledger/CustodyPanel.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import { ContentCredentials, type ItemCredentials } from './ContentCredentials.js';
import { evidenceMessages as m } from './evidence.messages.js';
import { byteSize, HASH_ALGORITHM } from './evidence-format.js';
import { EvidencePreview } from './EvidencePreview.js';
import { ItemPlace, type IncidentSite } from './ItemPlace.js';
import { LookAlikes } from './LookAlikes.js';
import { OriginalMetadata, type ItemMetadata } from './OriginalMetadata.js';
import { WorkflowPanel } from '../workflow/WorkflowPanel.js';
import { VideoDerivatives } from './VideoDerivatives.js';
import { GraphicGate } from '../sensitivity/GraphicGate.js';
import { LabelsPanel, type SubjectLabels } from '../sensitivity/LabelsPanel.js';
import { GRAPHIC, useCaseLabels } from '../sensitivity/sensitivity-api.js';

/** One evidence item: what it is, how it came in, a preview on request, and its custody checked in the browser. */
export function EvidenceItemPage({ caseId, evidenceId, canWrite, canLabel, role, username }: { caseId: string; evidenceId: string; canWrite: boolean; canLabel: boolean; role?: string; username?: string }) {
  const t = useT();
  const { names, usable } = useCaseLabels(caseId);
  /** Its labels, read by the labels panel: the preview waits for them, to know whether to stay closed. */
  const [labels, setLabels] = useState<SubjectLabels | undefined>();
  const { value: item, error } = useLoaded(
    () => api<EvidenceRow & { metadata?: ItemMetadata | null; incidentSites?: IncidentSite[]; credentials?: ItemCredentials | null }>('GET', `/evidence/${encodeURIComponent(evidenceId)}`),
    [evidenceId],
  );
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!item) return <p className="loading">{t(m.loading)}</p>;
  return (
    <article aria-labelledby="evidence-item-title" className="evidence-item">
      <p>
        <a href={href({ page: 'evidence', caseId })}>{t(m.allEvidence)}</a>
      </p>
      <h2 id="evidence-item-title" dir="auto">
        {item.originalName}
      </h2>
      <dl className="facts">
        <div>
          <dt>{HASH_ALGORITHM}</dt>
          <dd>
            <code className="hash" dir="ltr">{item.sha256}</code>
          </dd>
        </div>
        <div>
          <dt>{t(m.type)}</dt>
          <dd>{item.mediaType}</dd>
        </div>
        <div>
          <dt>{t(m.size)}</dt>
          <dd>
            {byteSize(item.size)} <span className="muted">{t(m.exactBytes, { count: item.size })}</span>
          </dd>
        </div>
        <div>
          <dt>{t(m.takenIn)}</dt>
          <dd>
            {t(m.takenInBy, { time: utcTime(item.intakeAt, { seconds: true }), user: item.intakeBy })}
          </dd>
        </div>
        {item.source && (
          <div>
            <dt>{t(m.source)}</dt>
            <dd dir="auto">{item.source}</dd>
          </div>
        )}
        {item.note && (
          <div>
            <dt>{t(m.note)}</dt>
            <dd dir="auto">{item.note}</dd>
          </div>
        )}
      </dl>
      <p>
        <a href={`/api/v1/evidence/${encodeURIComponent(item.id)}/content`} download={item.originalName}>
          {t(m.downloadOriginal)}
        </a>
      </p>
      <WorkflowPanel caseId={caseId} evidenceId={item.id} role={role} />
      <LabelsPanel caseId={caseId} kind="evidence" id={item.id} name={item.originalName} canLabel={canLabel} names={names} usable={usable} onChanged={setLabels} />
      {labels && (
        <GraphicGate caseId={caseId} evidenceId={item.id} name={item.originalName} blurred={labels.blurred === true} labels={labels.labels} names={names}>
          <EvidencePreview key={item.id} item={item} graphic={labels.labels.includes(GRAPHIC)} />
          <VideoDerivatives key={`derivatives-${item.id}`} item={item} caseId={caseId} canWrite={canWrite} graphic={labels.labels.includes(GRAPHIC)} />
        </GraphicGate>
      )}
      <OriginalMetadata metadata={item.metadata} />
      <ItemPlace gps={item.metadata?.reading.gps} sites={item.incidentSites ?? []} />
      <ContentCredentials credentials={item.credentials} />
      <LookAlikes caseId={caseId} evidenceId={item.id} />
      <ItemExtractions caseId={caseId} evidenceId={item.id} canWrite={canWrite} />
      <CustodyPanel caseId={caseId} evidence={item} />
      <DiscussionPanel caseId={caseId} subjectId={item.id} username={username} role={role} />
    </article>
  );
}
