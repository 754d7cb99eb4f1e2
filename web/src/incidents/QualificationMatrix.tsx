import { FormattedMessage } from 'react-intl';
import { calendarDay } from '../format/dates.js';
import type { Message } from '../i18n/define-messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { Said } from '../i18n/Said.js';
import { elementSummary, otherConflictAdvice, provisionTitle } from '../legal-text.js';
import { href } from '../route.js';
import { termLabel, type Vocabularies } from '../vocabularies.js';
import type { IncidentContext, Qualification } from './incident-file.js';
import { incidentMessages as m } from './incidents.messages.js';

const STATUS_WORDS: Record<string, Message> = { met: m.elementMet, partly: m.elementPartly, unmet: m.elementUnmet, unknown: m.elementUnknown };

/**
 * A legal qualification as a matrix: each element of the crime, what is held on it (claims, evidence) and its
 * status. An element left out of the record is shown as unknown, never as met.
 */
export function QualificationMatrix({ caseId, qualification, context, vocabularies }: { caseId: string; qualification: Qualification; context: IncidentContext; vocabularies: Vocabularies | undefined }) {
  const t = useT();
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
        <FormattedMessage
          {...m.conflictAssumed}
          values={{ conflict: termLabel(vocabularies, 'conflict_types', qualification.conflictType), asserted: asserted ?? t(m.unnamed), s: (chunks) => <span dir="auto">{chunks}</span> }}
        />
      </p>
      {qualification.warnings.map((warning) => (
        <p key={warning.text} className="warning" role="note">
          <Said wording={warning} values={{ advice: provision && otherConflictAdvice(provision), adopted: typeof warning.values.adopted === 'string' ? calendarDay(warning.values.adopted) : undefined }} />
        </p>
      ))}
      <table aria-label={t(m.elementsOf, { citation: qualification.citation })}>
        <thead>
          <tr>
            <th scope="col">{t(m.element)}</th>
            <th scope="col">{t(m.kind)}</th>
            <th scope="col">{t(m.status)}</th>
            <th scope="col">{t(m.heldOnIt)}</th>
          </tr>
        </thead>
        <tbody>
          {elements.map((element) => {
            const finding = findings.get(element.id);
            const status = finding?.status ?? 'unknown';
            const statusWords = STATUS_WORDS[status];
            return (
              <tr key={element.id}>
                <th scope="row">
                  {element.id} <span className="element-summary">{elementSummary(provision, element)}</span>
                </th>
                <td>{element.kind && t(m.elementKind, { kind: element.kind })}</td>
                <td>
                  <span className={`badge element-${status}`}>{statusWords ? t(statusWords) : status}</span>
                </td>
                <td>
                  {finding?.claimIds?.length ? t(m.claimCount, { count: finding.claimIds.length }) : ''}
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
