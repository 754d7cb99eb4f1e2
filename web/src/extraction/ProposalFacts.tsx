import type { ReactNode } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { listWords } from '../records/record-words.js';
import { href } from '../route.js';
import { termLabel, type Vocabularies } from '../vocabularies.js';
import { extractionMessages as m } from './extraction.messages.js';
import type { PlaceChoice, Proposal } from './extraction-types.js';

const FIGURES = [
  ['killed', m.killed],
  ['injured', m.injured],
  ['displaced', m.displaced],
] as const;

/** A proposal as an analyst reads it: each field in the source's words, with what the reading made of them. */
export function ProposalFacts({ caseId, proposal, vocabularies }: { caseId: string; proposal: Proposal; vocabularies: Vocabularies | undefined }) {
  const t = useT();
  const { place } = proposal;
  const noneRead = <span className="muted">{t(m.noneRead)}</span>;
  return (
    <dl className="proposal">
      <Fact term={t(m.type)}>{proposal.type ? termLabel(vocabularies, 'incident_types', proposal.type) : noneRead}</Fact>
      <Fact term={t(m.date)}>{proposal.date ? `${proposal.date.text} (${proposal.date.edtf})` : noneRead}</Fact>
      <Fact term={t(m.place)}>
        {!place ? (
          noneRead
        ) : place.chosen ? (
          placeWords(place.chosen)
        ) : (
          <>
            {t(m.mayBeAnyOf, { text: place.text })}
            <ul className="place-choices" aria-label={t(m.placesMayBe, { text: place.text })}>
              {place.choices.map((choice) => (
                <li key={choice.pcode ?? choice.namedArea ?? choice.name}>{placeWords(choice)}</li>
              ))}
            </ul>
          </>
        )}
      </Fact>
      {FIGURES.map(([field, words]) => proposal[field] && <Fact key={field} term={t(words)}>{proposal[field].text}</Fact>)}
      {proposal.means.length > 0 && <Fact term={t(m.means)}>{listWords(proposal.means.map((means) => termLabel(vocabularies, 'means', means)))}</Fact>}
      {proposal.targets.length > 0 && <Fact term={t(m.targets)}>{listWords(proposal.targets.map((target) => termLabel(vocabularies, 'target_objects', target)))}</Fact>}
      {proposal.actor && (
        <Fact term={t(m.allegedPerpetrator)}>
          {proposal.actor.text} <span className="muted">{t(proposal.actor.actorId ? m.anActorOfTheCase : m.onlyAKindOfActor)}</span>
        </Fact>
      )}
      {proposal.standardWords.length > 0 && <Fact term={t(m.standardOfProof)}>{listWords(proposal.standardWords.map((w) => t(m.quoted, { text: w })))}</Fact>}
      {proposal.matches.length > 0 && (
        <Fact term={t(m.mayCorroborate)}>
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
