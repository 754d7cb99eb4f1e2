import type { SimilarItems } from '../../../src/similarity/similar-items.js';
import { api } from '../api.js';
import { utcTime } from '../format/dates.js';
import { translate } from '../i18n/active-locale.js';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import { lookAlikeDistance } from './evidence-words.js';
import { lookAlikeMessages as m } from './look-alikes.messages.js';

/** Bits in a perceptual hash: a look-alike's distance is how many of them differ. */
const HASH_BITS = 64;

const when = (instant: string) => utcTime(instant, { seconds: true });

/**
 * The case's items that look like this one (perceptual hash): every copy is kept as evidence of its own, and
 * which was taken in first can say who had the picture first.
 */
export function LookAlikes({ caseId, evidenceId }: { caseId: string; evidenceId: string }) {
  const t = useT();
  const { value: found, error } = useLoaded(() => api<SimilarItems>('GET', `/evidence/${encodeURIComponent(evidenceId)}/similar`), [evidenceId]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!found || (!found.hashed && found.lookAlikes.length === 0)) return null;
  return (
    <section aria-labelledby="look-alikes-title" className="look-alikes">
      <h3 id="look-alikes-title">{t(m.title)}</h3>
      {found.lookAlikes.length === 0 ? (
        <p className="muted">{t(m.none)}</p>
      ) : (
        <>
          <p>{firstInWords(found)}</p>
          <table>
            <thead>
              <tr>
                <th>{t(m.item)}</th>
                <th>{t(m.looks)}</th>
                <th>{t(m.takenIn)}</th>
              </tr>
            </thead>
            <tbody>
              {found.lookAlikes.map((l) => (
                <tr key={l.evidenceId}>
                  <td>
                    <a href={href({ page: 'evidence-item', caseId: l.cases.includes(caseId) ? caseId : l.cases[0]!, id: l.evidenceId })} dir="auto">
                      {l.originalName}
                    </a>{' '}
                    <code className="hash" dir="ltr">
                      {l.sha256.slice(0, 12)}
                    </code>
                  </td>
                  <td>
                    {lookAlikeDistance(l.distance)}
                    {l.distance !== null && <span className="muted"> {t(m.bitsDiffer, { count: l.distance, total: HASH_BITS })}</span>}
                    {!l.linked && <span className="muted">{t(m.notLinked)}</span>}
                  </td>
                  <td>
                    {when(l.firstIntakeAt)}
                    {l.evidenceId === found.firstTakenIn && <strong> {t(m.first)}</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function firstInWords(found: SimilarItems): string {
  if (found.firstTakenIn === found.evidenceId) return translate(m.thisFirst);
  const first = found.lookAlikes.find((l) => l.evidenceId === found.firstTakenIn);
  return first ? translate(m.takenInFirst, { name: first.originalName, time: when(first.firstIntakeAt) }) : '';
}
