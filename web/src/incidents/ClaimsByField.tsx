import { href } from '../route.js';
import { termLabel, type Vocabularies } from '../vocabularies.js';
import type { Claim, Finding, IncidentContext } from './incident-file.js';
import { valueText } from './values.js';

const FINDING_WORDS: Record<Finding['status'], string> = {
  agreed: 'Sources agree',
  conflicting: 'Conflict: sources give different values',
  disputed: 'Disputed: asserted and denied',
  denied: 'Denied by the accepted sources',
  unsourced: 'No accepted source yet',
};

/**
 * Every claim made about the incident, grouped by the field it bears on, with the finding drawn from the accepted
 * ones. Conflicts stay visible: they are evidence too, and a court will ask about them.
 */
export function ClaimsByField({ caseId, context, vocabularies }: { caseId: string; context: IncidentContext; vocabularies: Vocabularies | undefined }) {
  const { file } = context;
  const findings = new Map(file.findings.map((f) => [`${f.subject.kind}:${f.subject.id}:${f.subject.field}`, f]));
  const keys = Object.keys(file.claims).sort((a, b) => subjectOrder(a) - subjectOrder(b));
  if (keys.length === 0) return <p className="muted">No claims recorded yet.</p>;
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
              {subjectLabel(key, context, vocabularies)} <span className={`badge ${status}`}>{FINDING_WORDS[status]}</span>
            </h3>
            {finding && finding.value !== undefined && status !== 'unsourced' && (
              <p>
                Shown: <strong dir="auto">{valueText(finding.value)}</strong>
              </p>
            )}
            <ul>
              {claims.map((claim) => (
                <ClaimItem key={claim.id} caseId={caseId} claim={claim} context={context} vocabularies={vocabularies} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function ClaimItem({ caseId, claim, context, vocabularies }: { caseId: string; claim: Claim; context: IncidentContext; vocabularies: Vocabularies | undefined }) {
  const source = claim.sourceId ? context.sources.get(claim.sourceId) : undefined;
  // Admiralty grading: the source's reliability letter with this claim's credibility digit, e.g. "B2".
  const grade = `${source?.reliability ?? '?'}${claim.credibility ?? '?'}`;
  return (
    <li className={`claim ${claim.stance}`}>
      <span className="stance">{termLabel(vocabularies, 'claim_stances', claim.stance)}</span>
      {claim.value !== undefined && (
        <>
          {' '}
          <strong dir="auto">{valueText(claim.value)}</strong>
        </>
      )}
      {' — '}
      <span dir="auto">{source?.name ?? 'no source named'}</span> <abbr title="Admiralty grade: source reliability (A–F) and claim credibility (1–6)">{grade}</abbr>
      {claim.status && claim.status !== 'accepted' && <span className="muted"> ({claim.status})</span>}
      {claim.excerpt && (
        <blockquote dir="auto">
          {claim.excerpt}
          {claim.locator && <cite> {[claim.locator.page && `p. ${claim.locator.page}`, claim.locator.paragraph, claim.locator.timecode].filter(Boolean).join(', ')}</cite>}
        </blockquote>
      )}
      {claim.extraction && (
        <span className="muted from-extraction">
          {' '}
          From <a href={href({ page: 'extraction', caseId, id: claim.extraction.id })}>extraction {claim.extraction.id}</a>, candidate {claim.extraction.candidate + 1}.{' '}
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
          Evidence:{' '}
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

function subjectLabel(key: string, context: IncidentContext, vocabularies: Vocabularies | undefined): string {
  const [kind, id, field] = key.split(':') as [string, string, string];
  const fieldWords = field.replaceAll(/([A-Z])/g, ' $1').toLowerCase();
  switch (kind) {
    case 'incident':
      return `Incident: ${fieldWords}`;
    case 'victim_group': {
      const group = context.file.victimGroups.find((g) => g.id === id);
      return `Victims${group?.description ? ` (${group.description})` : ''}: ${fieldWords}`;
    }
    case 'involvement': {
      const involvement = context.file.involvements.find((i) => i.id === id);
      const names = involvement?.actorIds.map((a) => context.actors.get(a)?.name ?? a).join(involvement.eitherOr ? ' or ' : ' and ');
      return `Attribution to ${names ?? id}${involvement ? ` (${termLabel(vocabularies, 'factual_roles', involvement.factualRole)})` : ''}`;
    }
    case 'act':
      return `Act: ${fieldWords}`;
    default:
      return `${kind.replaceAll('_', ' ')}: ${fieldWords}`;
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
