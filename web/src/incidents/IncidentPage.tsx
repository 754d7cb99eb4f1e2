import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { appMessages } from '../app.messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { termLabel, useVocabularies, type Vocabularies } from '../vocabularies.js';
import { ClaimsByField } from './ClaimsByField.js';
import { EditIncident } from './EditIncident.js';
import { useIncidentContext, type IncidentContext } from './incident-file.js';
import { incidentMessages as m } from './incidents.messages.js';
import { valueMessages } from './values.messages.js';
import { FollowButton } from '../notifications/FollowButton.js';
import { WorkflowPanel } from '../workflow/WorkflowPanel.js';
import { DiscussionPanel } from '../comments/DiscussionPanel.js';
import { LabelsPanel } from '../sensitivity/LabelsPanel.js';
import { useCaseLabels } from '../sensitivity/sensitivity-api.js';
import '../sensitivity/sensitivity.css';
import { QualificationMatrix } from './QualificationMatrix.js';
import { dateText, figureLabel, figureTotalText, listText, placeText, type DateView, type PlaceView } from './values.js';

/** One incident's whole file: what is recorded, every claim by field, who is said to have done it, and the law. */
export function IncidentPage({ caseId, incidentId, canWrite, role, username }: { caseId: string; incidentId: string; canWrite: boolean; role: string | undefined; username?: string }) {
  const t = useT();
  const intl = useIntl();
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState(false);
  const vocabularies = useVocabularies();
  const { names, usable } = useCaseLabels(caseId);
  const { context, error } = useIncidentContext(caseId, incidentId, version);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!context) return <p className="loading">{t(appMessages.loading)}</p>;
  const { incident } = context.file;
  const cited = citedSources(context);
  return (
    <article aria-labelledby="incident-title" className="incident">
      <p>
        <a href={href({ page: 'incidents', caseId })}>{t(m.allIncidents)}</a>
      </p>
      <h2 id="incident-title" dir="auto">
        {incident.title}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t(m.when)}</dt>
          <dd>{dateText(incident.date)}</dd>
        </div>
        <div>
          <dt>{t(m.where)}</dt>
          <dd dir="auto">
            {placeText(incident.place, vocabularies)}
            {incident.place && (
              <span className="muted">
                {' '}
                {incident.place.pcodes?.admin2
                  ? t(m.placeDetailPcode, { precision: termLabel(vocabularies, 'place_precisions', incident.place.precision), pcode: incident.place.pcodes.admin2 })
                  : t(m.placeDetail, { precision: termLabel(vocabularies, 'place_precisions', incident.place.precision) })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t(m.type)}</dt>
          <dd>{listText(incident.types.map((type) => termLabel(vocabularies, 'incident_types', type)))}</dd>
        </div>
        <div>
          <dt>{t(m.grade)}</dt>
          <dd>
            <span className={`badge grade-${incident.grade}`}>{termLabel(vocabularies, 'verification_grades', incident.grade)}</span>
          </dd>
        </div>
        {Object.entries(context.file.figures)
          .filter(([, total]) => total.parts > 0)
          .map(([figure, total]) => (
            <div key={figure}>
              <dt className="capitalise">{figureLabel(figure)}</dt>
              <dd>{figureTotalText(figure, total)}</dd>
            </div>
          ))}
      </dl>
      {incident.narrative && (
        <p className="narrative" dir="auto">
          {incident.narrative}
        </p>
      )}
      {editing ? (
        <EditIncident
          caseId={caseId}
          incident={incident}
          canWrite={canWrite}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setVersion((v) => v + 1);
          }}
        />
      ) : (
        <button type="button" className="secondary" onClick={() => setEditing(true)}>
          {t(m.editIncident)}
        </button>
      )}

      <WorkflowPanel caseId={caseId} incidentId={incidentId} role={role} />
      <FollowButton caseId={caseId} incidentId={incidentId} />
      {/* annotations:write labels: every role but external counsel's. */}
      <LabelsPanel caseId={caseId} kind="incidents" id={incidentId} name={incident.title} canLabel={role !== undefined && role !== 'external_counsel'} names={names} usable={usable} />

      <section aria-labelledby="claims-title">
        <h2 id="claims-title">{t(m.claimsByField)}</h2>
        <ClaimsByField caseId={caseId} context={context} vocabularies={vocabularies} />
      </section>

      <section aria-labelledby="acts-title">
        <h2 id="acts-title">{t(m.acts)}</h2>
        <Acts context={context} vocabularies={vocabularies} />
      </section>

      <section aria-labelledby="attribution-title">
        <h2 id="attribution-title">{t(m.involvements)}</h2>
        <Involvements context={context} vocabularies={vocabularies} />
      </section>

      <section aria-labelledby="law-title">
        <h2 id="law-title">{t(m.qualifications)}</h2>
        {context.file.qualifications.length === 0 ? (
          <p className="muted">{t(m.notQualified)}</p>
        ) : (
          context.file.qualifications.map((q) => <QualificationMatrix key={q.id} caseId={caseId} qualification={q} context={context} vocabularies={vocabularies} />)
        )}
        {context.file.assessments.length > 0 && (
          <>
            <h3>{t(m.assessments)}</h3>
            <ul>
              {context.file.assessments.map((a) => (
                <li key={a.id}>
                  {/* Names and rationales keep their own direction inside the line (a Latin name in Arabic, say). */}
                  <FormattedMessage
                    {...m.assessment}
                    values={{
                      grade: termLabel(vocabularies, 'verification_grades', a.grade ?? ''),
                      type: a.assessmentType,
                      date: a.assessedOn ? dayText(intl.formatDate, a.assessedOn) : t(valueMessages.undated),
                      assessor: <bdi>{a.assessor ?? t(m.unnamed)}</bdi>,
                    }}
                  />
                  {a.rationale && (
                    <>
                      : <bdi>{a.rationale}</bdi>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t(m.sources)}</h2>
        <table aria-label={t(m.sourcesCited)}>
          <thead>
            <tr>
              <th scope="col">{t(m.source)}</th>
              <th scope="col">{t(m.type)}</th>
              <th scope="col">{t(m.reliability)}</th>
              <th scope="col">{t(m.partyToConflict)}</th>
              <th scope="col">{t(m.claims)}</th>
            </tr>
          </thead>
          <tbody>
            {cited.map(({ source, claims }) => (
              <tr key={source.id}>
                <td dir="auto">{source.name}</td>
                <td>{termLabel(vocabularies, 'source_types', source.sourceType)}</td>
                <td>
                  <abbr title={termLabel(vocabularies, 'source_reliability', source.reliability)}>{source.reliability}</abbr>
                </td>
                <td>{t(m.partyAnswer, { answer: source.partyToConflict })}</td>
                <td>{intl.formatNumber(claims)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t(m.evidence)}</h2>
        <EvidenceLinks caseId={caseId} context={context} />
      </section>

      <DiscussionPanel caseId={caseId} subjectId={incidentId} username={username} role={role} />
    </article>
  );
}

function Involvements({ context, vocabularies }: { context: IncidentContext; vocabularies: Vocabularies | undefined }) {
  const t = useT();
  const intl = useIntl();
  const { involvements } = context.file;
  if (involvements.length === 0) return <p className="muted">{t(m.noOneNamed)}</p>;
  return (
    <table aria-label={t(m.involvements)}>
      <thead>
        <tr>
          <th scope="col">{t(m.act)}</th>
          <th scope="col">{t(m.actor)}</th>
          <th scope="col">{t(m.role)}</th>
          <th scope="col">{t(m.attribution)}</th>
          <th scope="col">{t(m.standardReached)}</th>
          <th scope="col">{t(m.modeOfLiability)}</th>
        </tr>
      </thead>
      <tbody>
        {involvements.map((inv) => (
          <tr key={inv.id}>
            <td>{actName(context, vocabularies, inv.actId, t)}</td>
            <td dir="auto">
              {intl.formatList(
                inv.actorIds.map((id) => context.actors.get(id)?.name ?? id),
                { type: inv.eitherOr ? 'disjunction' : 'conjunction' },
              )}
              {inv.eitherOr && <span className="muted"> {t(m.oneOfThem)}</span>}
              {inv.note && <p className="muted">{inv.note}</p>}
            </td>
            <td>{termLabel(vocabularies, 'factual_roles', inv.factualRole)}</td>
            <td>{termLabel(vocabularies, 'attribution_statuses', inv.attributionStatus)}</td>
            <td>{inv.standardReached ? termLabel(vocabularies, 'standards_of_proof', inv.standardReached) : <span className="muted">{t(m.notAssessed)}</span>}</td>
            <td>{inv.modeOfLiability ? termLabel(vocabularies, 'modes_of_liability', inv.modeOfLiability) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An act in a few words, numbered in the incident's order, so involvements of different acts are told apart. */
function actName(context: IncidentContext, vocabularies: Vocabularies | undefined, actId: string, t: ReturnType<typeof useT>): string {
  const index = context.file.acts.findIndex((act) => act.id === actId);
  const act = context.file.acts[index];
  if (!act) return actId;
  return t(m.actName, { number: index + 1, type: termLabel(vocabularies, 'incident_types', String(act.type)) });
}

function Acts({ context, vocabularies }: { context: IncidentContext; vocabularies: Vocabularies | undefined }) {
  const t = useT();
  const { acts } = context.file;
  if (acts.length === 0) return <p className="muted">{t(m.noAct)}</p>;
  return (
    <table aria-label={t(m.acts)}>
      <thead>
        <tr>
          <th scope="col">{t(m.act)}</th>
          <th scope="col">{t(m.means)}</th>
          <th scope="col">{t(m.when)}</th>
          <th scope="col">{t(m.where)}</th>
          <th scope="col">{t(m.description)}</th>
        </tr>
      </thead>
      <tbody>
        {acts.map((act) => (
          <tr key={act.id}>
            <td>{actName(context, vocabularies, act.id, t)}</td>
            <td>{listText(((act.means as string[] | undefined) ?? []).map((means) => termLabel(vocabularies, 'means', means))) || '—'}</td>
            <td>{act.date ? dateText(act.date as DateView) : <span className="muted">{t(m.asTheIncident)}</span>}</td>
            <td dir="auto">{act.place ? placeText(act.place as PlaceView, vocabularies) : <span className="muted">{t(m.asTheIncident)}</span>}</td>
            <td dir="auto">{String(act.description ?? '')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The evidence of this incident: items its claims and its legal elements cite. Items the cited sources hold
 * but that nothing here cites are listed apart, said to be the source's, not shown as this incident's.
 */
function EvidenceLinks({ caseId, context }: { caseId: string; context: IncidentContext }) {
  const t = useT();
  const linked = new Set<string>();
  for (const claims of Object.values(context.file.claims)) for (const claim of claims) for (const id of claim.evidenceIds ?? []) linked.add(id);
  for (const q of context.file.qualifications) for (const e of q.elements) for (const id of e.evidenceIds ?? []) linked.add(id);
  const ofSources = new Set<string>();
  for (const { source } of citedSources(context)) for (const id of source.evidenceIds ?? []) if (!linked.has(id)) ofSources.add(id);
  return (
    <>
      {linked.size === 0 ? <p className="muted">{t(m.noEvidenceLinked)}</p> : <EvidenceList label={t(m.linkedEvidence)} caseId={caseId} context={context} ids={linked} />}
      {ofSources.size > 0 && (
        <>
          <h3>{t(m.heldBySources)}</h3>
          <p className="muted">{t(m.heldBySourcesNote)}</p>
          <EvidenceList label={t(m.evidenceOfSources)} caseId={caseId} context={context} ids={ofSources} />
        </>
      )}
    </>
  );
}

function EvidenceList({ label, caseId, context, ids }: { label: string; caseId: string; context: IncidentContext; ids: Set<string> }) {
  return (
    <ul aria-label={label}>
      {[...ids].map((id) => {
        const item = context.evidence.get(id);
        return (
          <li key={id}>
            <a href={href({ page: 'evidence-item', caseId, id })} dir="auto">
              {item?.originalName ?? id}
            </a>{' '}
            {item && <code className="hash">{item.sha256}</code>}
          </li>
        );
      })}
    </ul>
  );
}

function citedSources(context: IncidentContext) {
  const counts = new Map<string, number>();
  for (const claims of Object.values(context.file.claims)) for (const claim of claims) if (claim.sourceId) counts.set(claim.sourceId, (counts.get(claim.sourceId) ?? 0) + 1);
  return [...counts].flatMap(([id, claims]) => {
    const source = context.sources.get(id);
    return source ? [{ source, claims }] : [];
  });
}

/** A day the API gives as YYYY-MM-DD, in the reader's words; anything else as it came. */
function dayText(formatDate: ReturnType<typeof useIntl>['formatDate'], day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(`${day}T00:00:00Z`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : day;
}
