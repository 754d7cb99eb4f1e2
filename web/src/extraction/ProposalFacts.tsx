import type { ReactNode } from 'react';
import { href } from '../route.js';
import { termLabel, type Vocabularies } from '../vocabularies.js';
import type { PlaceChoice, Proposal } from './extraction-types.js';

const FIGURES = [
  ['killed', 'Killed'],
  ['injured', 'Injured'],
  ['displaced', 'Displaced'],
] as const;

/** A proposal as an analyst reads it: each field in the source's words, with what the reading made of them. */
export function ProposalFacts({ caseId, proposal, vocabularies }: { caseId: string; proposal: Proposal; vocabularies: Vocabularies | undefined }) {
  const { place } = proposal;
  return (
    <dl className="proposal">
      <Fact term="Type">{proposal.type ? termLabel(vocabularies, 'incident_types', proposal.type) : <span className="muted">none read</span>}</Fact>
      <Fact term="Date">{proposal.date ? `${proposal.date.text} (${proposal.date.edtf})` : <span className="muted">none read</span>}</Fact>
      <Fact term="Place">
        {!place ? (
          <span className="muted">none read</span>
        ) : place.chosen ? (
          placeWords(place.chosen)
        ) : (
          <>
            “{place.text}” may be any of:
            <ul className="place-choices" aria-label={`Places “${place.text}” may be`}>
              {place.choices.map((choice) => (
                <li key={choice.pcode ?? choice.namedArea ?? choice.name}>{placeWords(choice)}</li>
              ))}
            </ul>
          </>
        )}
      </Fact>
      {FIGURES.map(([field, words]) => proposal[field] && <Fact key={field} term={words}>{proposal[field].text}</Fact>)}
      {proposal.means.length > 0 && <Fact term="Means">{proposal.means.map((m) => termLabel(vocabularies, 'means', m)).join(', ')}</Fact>}
      {proposal.targets.length > 0 && <Fact term="Targets">{proposal.targets.map((t) => termLabel(vocabularies, 'target_objects', t)).join(', ')}</Fact>}
      {proposal.actor && (
        <Fact term="Alleged perpetrator">
          {proposal.actor.text} <span className="muted">{proposal.actor.actorId ? '(an actor of the case)' : '(only a kind of actor named)'}</span>
        </Fact>
      )}
      {proposal.standardWords.length > 0 && <Fact term="Standard of proof">{proposal.standardWords.map((w) => `“${w}”`).join(', ')}</Fact>}
      {proposal.matches.length > 0 && (
        <Fact term="May corroborate">
          {proposal.matches.map((match) => (
            <a key={match.id} href={href({ page: 'incident', caseId, id: match.id })} className="match">
              {match.title}
            </a>
          ))}
        </Fact>
      )}
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd dir="auto">{children}</dd>
    </div>
  );
}

function placeWords(place: PlaceChoice): string {
  const code = place.pcode ?? place.namedArea;
  return code ? `${place.name} (${code})` : place.name;
}
