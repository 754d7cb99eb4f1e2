import { useState } from 'react';
import { describeTotal } from '../../../src/values/count-words.js';
import { href } from '../route.js';
import { termLabel, useVocabularies, type Vocabularies } from '../vocabularies.js';
import { ClaimsByField } from './ClaimsByField.js';
import { EditIncident } from './EditIncident.js';
import { useIncidentContext, type IncidentContext } from './incident-file.js';
import { QualificationMatrix } from './QualificationMatrix.js';
import { dateText, placeText, type DateView, type PlaceView } from './values.js';

/** One incident's whole file: what is recorded, every claim by field, who is said to have done it, and the law. */
export function IncidentPage({ caseId, incidentId, canWrite }: { caseId: string; incidentId: string; canWrite: boolean }) {
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState(false);
  const vocabularies = useVocabularies();
  const { context, error } = useIncidentContext(caseId, incidentId, version);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!context) return <p className="loading">Loading…</p>;
  const { incident } = context.file;
  const cited = citedSources(context);
  return (
    <article aria-labelledby="incident-title" className="incident">
      <p>
        <a href={href({ page: 'incidents', caseId })}>← All incidents</a>
      </p>
      <h2 id="incident-title" dir="auto">
        {incident.title}
      </h2>
      <dl className="facts">
        <div>
          <dt>When</dt>
          <dd>{dateText(incident.date)}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd dir="auto">
            {placeText(incident.place)}
            {incident.place && <span className="muted"> ({termLabel(vocabularies, 'place_precisions', incident.place.precision)}{incident.place.pcodes?.admin2 ? `, ${incident.place.pcodes.admin2}` : ''})</span>}
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{incident.types.map((t) => termLabel(vocabularies, 'incident_types', t)).join(', ')}</dd>
        </div>
        <div>
          <dt>Grade</dt>
          <dd>
            <span className={`badge grade-${incident.grade}`}>{termLabel(vocabularies, 'verification_grades', incident.grade)}</span>
          </dd>
        </div>
        {Object.entries(context.file.figures)
          .filter(([, total]) => total.parts > 0)
          .map(([figure, total]) => (
            <div key={figure}>
              <dt className="capitalise">{figure}</dt>
              <dd>{describeTotal(total)}</dd>
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
          Edit incident
        </button>
      )}

      <section aria-labelledby="claims-title">
        <h2 id="claims-title">Claims by field</h2>
        <ClaimsByField caseId={caseId} context={context} vocabularies={vocabularies} />
      </section>

      <section aria-labelledby="acts-title">
        <h2 id="acts-title">Acts</h2>
        <Acts context={context} vocabularies={vocabularies} />
      </section>

      <section aria-labelledby="attribution-title">
        <h2 id="attribution-title">Involvements</h2>
        <Involvements context={context} vocabularies={vocabularies} />
      </section>

      <section aria-labelledby="law-title">
        <h2 id="law-title">Qualifications</h2>
        {context.file.qualifications.length === 0 ? (
          <p className="muted">Not qualified yet.</p>
        ) : (
          context.file.qualifications.map((q) => <QualificationMatrix key={q.id} caseId={caseId} qualification={q} context={context} vocabularies={vocabularies} />)
        )}
        {context.file.assessments.length > 0 && (
          <>
            <h3>Assessments</h3>
            <ul>
              {context.file.assessments.map((a) => (
                <li key={a.id}>
                  {termLabel(vocabularies, 'verification_grades', a.grade ?? '')} ({a.assessmentType}, {a.assessedOn ?? 'undated'}, {a.assessor ?? 'unnamed'}){a.rationale && <span dir="auto">: {a.rationale}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <table aria-label="Sources cited">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Type</th>
              <th scope="col">Reliability</th>
              <th scope="col">Party to the conflict</th>
              <th scope="col">Claims</th>
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
                <td>{source.partyToConflict}</td>
                <td>{claims}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="evidence-title">
        <h2 id="evidence-title">Evidence</h2>
        <EvidenceLinks caseId={caseId} context={context} />
      </section>
    </article>
  );
}

function Involvements({ context, vocabularies }: { context: IncidentContext; vocabularies: Vocabularies | undefined }) {
  const { involvements } = context.file;
  if (involvements.length === 0) return <p className="muted">No one is named yet.</p>;
  return (
    <table aria-label="Involvements">
      <thead>
        <tr>
          <th scope="col">Act</th>
          <th scope="col">Actor</th>
          <th scope="col">Role</th>
          <th scope="col">Attribution</th>
          <th scope="col">Standard of proof reached</th>
          <th scope="col">Mode of liability</th>
        </tr>
      </thead>
      <tbody>
        {involvements.map((inv) => (
          <tr key={inv.id}>
            <td>{actName(context, vocabularies, inv.actId)}</td>
            <td dir="auto">
              {inv.actorIds.map((id) => context.actors.get(id)?.name ?? id).join(inv.eitherOr ? ' or ' : ' and ')}
              {inv.eitherOr && <span className="muted"> (one of them, not known which)</span>}
              {inv.note && <p className="muted">{inv.note}</p>}
            </td>
            <td>{termLabel(vocabularies, 'factual_roles', inv.factualRole)}</td>
            <td>{termLabel(vocabularies, 'attribution_statuses', inv.attributionStatus)}</td>
            <td>{inv.standardReached ? termLabel(vocabularies, 'standards_of_proof', inv.standardReached) : <span className="muted">not assessed</span>}</td>
            <td>{inv.modeOfLiability ? termLabel(vocabularies, 'modes_of_liability', inv.modeOfLiability) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An act in a few words, numbered in the incident's order, so involvements of different acts are told apart. */
function actName(context: IncidentContext, vocabularies: Vocabularies | undefined, actId: string): string {
  const index = context.file.acts.findIndex((act) => act.id === actId);
  const act = context.file.acts[index];
  if (!act) return actId;
  return `${index + 1}. ${termLabel(vocabularies, 'incident_types', String(act.type))}`;
}

function Acts({ context, vocabularies }: { context: IncidentContext; vocabularies: Vocabularies | undefined }) {
  const { acts } = context.file;
  if (acts.length === 0) return <p className="muted">No act is recorded yet.</p>;
  return (
    <table aria-label="Acts">
      <thead>
        <tr>
          <th scope="col">Act</th>
          <th scope="col">Means</th>
          <th scope="col">When</th>
          <th scope="col">Where</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {acts.map((act) => (
          <tr key={act.id}>
            <td>{actName(context, vocabularies, act.id)}</td>
            <td>{((act.means as string[] | undefined) ?? []).map((m) => termLabel(vocabularies, 'means', m)).join(', ') || '—'}</td>
            <td>{act.date ? dateText(act.date as DateView) : <span className="muted">as the incident</span>}</td>
            <td dir="auto">{act.place ? placeText(act.place as PlaceView) : <span className="muted">as the incident</span>}</td>
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
  const linked = new Set<string>();
  for (const claims of Object.values(context.file.claims)) for (const claim of claims) for (const id of claim.evidenceIds ?? []) linked.add(id);
  for (const q of context.file.qualifications) for (const e of q.elements) for (const id of e.evidenceIds ?? []) linked.add(id);
  const ofSources = new Set<string>();
  for (const { source } of citedSources(context)) for (const id of source.evidenceIds ?? []) if (!linked.has(id)) ofSources.add(id);
  return (
    <>
      {linked.size === 0 ? <p className="muted">No evidence item is linked to this incident's claims yet.</p> : <EvidenceList label="Linked evidence" caseId={caseId} context={context} ids={linked} />}
      {ofSources.size > 0 && (
        <>
          <h3>Held by the sources cited</h3>
          <p className="muted">These items belong to the sources this incident cites; no claim or element of this incident refers to them.</p>
          <EvidenceList label="Evidence of the sources cited" caseId={caseId} context={context} ids={ofSources} />
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
