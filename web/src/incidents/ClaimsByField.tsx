import { FormattedMessage, useIntl } from 'react-intl';
import type { Message } from '../i18n/define-messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { termLabel, type Vocabularies } from '../vocabularies.js';
import type { Claim, Finding, IncidentContext } from './incident-file.js';
import { incidentMessages as m } from './incidents.messages.js';
import { listText, valueText } from './values.js';

const FINDING_WORDS: Record<Finding['status'], Message> = {
  agreed: m.findingAgreed,
  conflicting: m.findingConflicting,
  disputed: m.findingDisputed,
  denied: m.findingDenied,
  unsourced: m.findingUnsourced,
};

/** The fields whose values are terms of a vocabulary (sources/claimable-fields.ts): shown by their labels. */
const FIELD_VOCABULARIES: Record<string, string> = {
  types: 'incident_types',
  type: 'incident_types',
  means: 'means',
  targets: 'target_objects',
  protectedStatuses: 'victim_protected_statuses',
  factualRole: 'factual_roles',
};

/** A claimed value in words; terms by their labels in the reader's language. */
function claimedValue(key: string, value: unknown, vocabularies: Vocabularies | undefined): string {
  const vocabulary = FIELD_VOCABULARIES[key.split(':')[2] ?? ''];
  if (vocabulary && typeof value === 'string') return termLabel(vocabularies, vocabulary, value);
  if (vocabulary && Array.isArray(value) && value.every((v) => typeof v === 'string')) return listText(value.map((v: string) => termLabel(vocabularies, vocabulary, v)));
  return valueText(value);
}

/**
 * Every claim made about the incident, grouped by the field it bears on, with the finding drawn from the accepted
 * ones. Conflicts stay visible: they are evidence too, and a court will ask about them.
 */
export function ClaimsByField({ caseId, context, vocabularies }: { caseId: string; context: IncidentContext; vocabularies: Vocabularies | undefined }) {
  const t = useT();
  const intl = useIntl();
  const { file } = context;
  const findings = new Map(file.findings.map((f) => [`${f.subject.kind}:${f.subject.id}:${f.subject.field}`, f]));
  const keys = Object.keys(file.claims).sort((a, b) => subjectOrder(a) - subjectOrder(b));
  if (keys.length === 0) return <p className="muted">{t(m.noClaims)}</p>;
  return (
    <div className="claims">
      {keys.map((key) => {
        const claims = file.claims[key]!;
        const finding = findings.get(key);
        const status = finding?.status ?? localStatus(claims);
        const headingId = `field-${key.replaceAll(':', '-')}`;
        return (
          <section key={key} aria-labelledby={headingId} className={`field-claims ${status}`}>
            <h3 id={headingId}>
              {subjectLabel(key, context, vocabularies, t, intl.formatList)} <span className={`badge ${status}`}>{t(FINDING_WORDS[status])}</span>
            </h3>
            {finding && finding.value !== undefined && status !== 'unsourced' && (
              <p>
                <FormattedMessage {...m.shown} values={{ value: claimedValue(key, finding.value, vocabularies), b: (chunks) => <strong dir="auto">{chunks}</strong> }} />
              </p>
            )}
            <ul>
              {claims.map((claim) => (
                <ClaimItem key={claim.id} caseId={caseId} field={key} claim={claim} context={context} vocabularies={vocabularies} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function ClaimItem({ caseId, field, claim, context, vocabularies }: { caseId: string; field: string; claim: Claim; context: IncidentContext; vocabularies: Vocabularies | undefined }) {
  const t = useT();
  const intl = useIntl();
  const source = claim.sourceId ? context.sources.get(claim.sourceId) : undefined;
  // Admiralty grading: the source's reliability letter with this claim's credibility digit, e.g. "B2".
  const grade = `${source?.reliability ?? '?'}${claim.credibility ?? '?'}`;
  return (
    <li className={`claim ${claim.stance}`}>
      <span className="stance">{termLabel(vocabularies, 'claim_stances', claim.stance)}</span>
      {claim.value !== undefined && (
        <>
          {' '}
          <strong dir="auto">{claimedValue(field, claim.value, vocabularies)}</strong>
        </>
      )}
      {' — '}
      <span dir="auto">{source?.name ?? t(m.noSourceNamed)}</span> <abbr title={t(m.admiraltyGrade)}>{grade}</abbr>
      {claim.status && claim.status !== 'accepted' && <span className="muted"> {t(m.claimStatus, { status: claim.status })}</span>}
      {claim.excerpt && (
        <blockquote dir="auto">
          {claim.excerpt}
          {claim.locator && <cite> {intl.formatList([claim.locator.page && t(m.locatorPage, { page: claim.locator.page }), claim.locator.paragraph, claim.locator.timecode].filter((part): part is string => Boolean(part)), { type: 'unit', style: 'short' })}</cite>}
        </blockquote>
      )}
      {claim.extraction && (
        <span className="muted from-extraction">
          {' '}
          <FormattedMessage
            {...m.fromExtraction}
            values={{ id: claim.extraction.id, candidate: claim.extraction.candidate + 1, a: (chunks) => <a href={href({ page: 'extraction', caseId, id: claim.extraction!.id })}>{chunks}</a> }}
          />{' '}
        </span>
      )}
      {claim.note && (
        <span className="muted claim-note" dir="auto">
          {' '}
          {claim.note}{' '}
        </span>
      )}
      {claim.evidenceIds?.length ? (
        <span className="evidence-links">
          {t(m.evidenceLinks)}{' '}
          {claim.evidenceIds.map((id) => (
            <a key={id} href={href({ page: 'evidence-item', caseId, id })}>
              {context.evidence.get(id)?.originalName ?? id}
            </a>
          ))}
        </span>
      ) : null}
    </li>
  );
}

const ORDER = ['incident', 'act', 'victim_group', 'involvement'];
function subjectOrder(key: string): number {
  const index = ORDER.indexOf(key.split(':')[0]!);
  return index === -1 ? ORDER.length : index;
}

type Translate = ReturnType<typeof useT>;
type FormatList = (items: readonly string[], options: { type: 'conjunction' | 'disjunction' }) => string;

function subjectLabel(key: string, context: IncidentContext, vocabularies: Vocabularies | undefined, t: Translate, formatList: FormatList): string {
  const [kind, id, fieldId] = key.split(':') as [string, string, string];
  const field = t(m.fieldName, { field: fieldId, words: fieldId.replaceAll(/([A-Z])/g, ' $1').toLowerCase() });
  switch (kind) {
    case 'incident':
      return t(m.subjectIncident, { field });
    case 'victim_group': {
      const group = context.file.victimGroups.find((g) => g.id === id);
      return group?.description ? t(m.subjectVictimGroup, { group: group.description, field }) : t(m.subjectVictims, { field });
    }
    case 'involvement': {
      const involvement = context.file.involvements.find((i) => i.id === id);
      if (!involvement) return t(m.subjectAttribution, { names: id });
      // Either-or: one of them did it, not known which.
      const names = formatList(
        involvement.actorIds.map((a) => context.actors.get(a)?.name ?? a),
        { type: involvement.eitherOr ? 'disjunction' : 'conjunction' },
      );
      return t(m.subjectAttributionRole, { names, role: termLabel(vocabularies, 'factual_roles', involvement.factualRole) });
    }
    case 'act':
      return t(m.subjectAct, { field });
    default:
      return t(m.subjectOther, { kind: kind.replaceAll('_', ' '), field });
  }
}

/** For fields the server draws no finding for: accepted claims for and against make a dispute. */
function localStatus(claims: Claim[]): Finding['status'] {
  const accepted = claims.filter((c) => c.status === 'accepted');
  const denies = accepted.some((c) => c.stance === 'denies');
  const supports = accepted.some((c) => c.stance !== 'denies' && c.stance !== 'unable_to_assess' && c.stance !== 'speculates');
  if (denies && supports) return 'disputed';
  if (denies) return 'denied';
  return supports ? 'agreed' : 'unsourced';
}
