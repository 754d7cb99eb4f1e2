import { elementSummary, provisionTitle } from '../legal-text.js';
import { href } from '../route.js';
import { termLabel, type Vocabularies } from '../vocabularies.js';
import type { IncidentContext, Qualification } from './incident-file.js';

const STATUS_WORDS: Record<string, string> = { met: 'Met', partly: 'Partly met', unmet: 'Not met', unknown: 'Unknown' };

/**
 * A legal qualification as a matrix: each element of the crime, what is held on it (claims, evidence) and its
 * status. An element left out of the record is shown as unknown, never as met.
 */
export function QualificationMatrix({ caseId, qualification, context, vocabularies }: { caseId: string; qualification: Qualification; context: IncidentContext; vocabularies: Vocabularies | undefined }) {
  const provision = context.provisions.get(qualification.provision);
  const findings = new Map(qualification.elements.map((e) => [e.elementId, e]));
  const elements = provision?.elements ?? qualification.elements.map((e) => ({ id: e.elementId, kind: '', summary: '' }));
  const asserted = qualification.assertedBy.sourceId ? context.sources.get(qualification.assertedBy.sourceId)?.name : qualification.assertedBy.analyst;
  const titleId = `qualification-${qualification.id}`;
  return (
    <section aria-labelledby={titleId} className="card qualification">
      <h3 id={titleId}>
        {qualification.citation}
        {provision && <span className="muted"> — {provisionTitle(provision)}</span>}
      </h3>
      <p className="muted">
        Assuming a {termLabel(vocabularies, 'conflict_types', qualification.conflictType).toLowerCase()} armed conflict; put forward by <span dir="auto">{asserted ?? 'unnamed'}</span>.
      </p>
      {qualification.warnings.map((warning) => (
        <p key={warning} className="warning" role="note">
          {warning}
        </p>
      ))}
      <table aria-label={`Elements of ${qualification.citation}`}>
        <thead>
          <tr>
            <th scope="col">Element</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col">Held on it</th>
          </tr>
        </thead>
        <tbody>
          {elements.map((element) => {
            const finding = findings.get(element.id);
            const status = finding?.status ?? 'unknown';
            return (
              <tr key={element.id}>
                <th scope="row">
                  {element.id} <span className="element-summary">{elementSummary(provision, element)}</span>
                </th>
                <td>{element.kind}</td>
                <td>
                  <span className={`badge element-${status}`}>{STATUS_WORDS[status] ?? status}</span>
                </td>
                <td>
                  {finding?.claimIds?.length ? `${finding.claimIds.length} claim${finding.claimIds.length > 1 ? 's' : ''}` : ''}
                  {finding?.evidenceIds?.map((id) => (
                    <a key={id} href={href({ page: 'evidence-item', caseId, id })}>
                      {' '}
                      {context.evidence.get(id)?.originalName ?? id}
                    </a>
                  ))}
                  {finding?.note && <p dir="auto">{finding.note}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
