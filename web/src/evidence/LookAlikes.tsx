import type { SimilarItems } from '../../../src/similarity/similar-items.js';
import { distanceInWords } from '../../../src/similarity/look-alike-distance.js';
import { api } from '../api.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';

const when = (instant: string) => `${instant.replace('T', ' ').slice(0, 19)} UTC`;

/**
 * The case's items that look like this one (perceptual hash): every copy is kept as evidence of its own, and
 * which was taken in first can say who had the picture first.
 */
export function LookAlikes({ caseId, evidenceId }: { caseId: string; evidenceId: string }) {
  const { value: found, error } = useLoaded(() => api<SimilarItems>('GET', `/evidence/${encodeURIComponent(evidenceId)}/similar`), [evidenceId]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!found || (!found.hashed && found.lookAlikes.length === 0)) return null;
  return (
    <section aria-labelledby="look-alikes-title" className="look-alikes">
      <h3 id="look-alikes-title">Look-alikes</h3>
      {found.lookAlikes.length === 0 ? (
        <p className="muted">No other item of the case looks like this one.</p>
      ) : (
        <>
          <p>{firstInWords(found)}</p>
          <table>
            <thead>
              <tr>
                <th>Item</th>
                <th>Looks</th>
                <th>Taken in</th>
              </tr>
            </thead>
            <tbody>
              {found.lookAlikes.map((l) => (
                <tr key={l.evidenceId}>
                  <td>
                    <a href={href({ page: 'evidence-item', caseId: l.cases.includes(caseId) ? caseId : l.cases[0]!, id: l.evidenceId })} dir="auto">
                      {l.originalName}
                    </a>{' '}
                    <code className="hash">{l.sha256.slice(0, 12)}</code>
                  </td>
                  <td>
                    {distanceInWords(l.distance)}
                    {l.distance !== null && <span className="muted"> ({l.distance} of 64 bits differ)</span>}
                    {!l.linked && <span className="muted">, not linked</span>}
                  </td>
                  <td>
                    {when(l.firstIntakeAt)}
                    {l.evidenceId === found.firstTakenIn && <strong> · first</strong>}
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
  if (found.firstTakenIn === found.evidenceId) return 'This item was taken in first; the others came later.';
  const first = found.lookAlikes.find((l) => l.evidenceId === found.firstTakenIn);
  return first ? `Taken in first: ${first.originalName}, ${when(first.firstIntakeAt)}.` : '';
}
