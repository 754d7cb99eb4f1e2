import { href } from '../route.js';
import type { Loaded } from '../use-loaded.js';
import type { PinnedAnalysis } from './analysis-types.js';

export const ANALYSIS_LABELS: Record<string, string> = { tempo: 'Tempo', sequence: 'Sequence', compare: 'Compare parties', pattern: 'Pattern of conduct', where: 'Where' };

/** The analyses pinned to the case, newest first, each opening its kept result. */
export function PinnedList({ caseId, pins }: { caseId: string; pins: Loaded<PinnedAnalysis[]> }) {
  return (
    <section className="pinned" aria-labelledby="pinned-title">
      <h3 id="pinned-title">Pinned analyses</h3>
      {pins.error && (
        <p role="alert" className="error">
          {pins.error}
        </p>
      )}
      {!pins.error && !pins.value && <p className="loading">Loading…</p>}
      {pins.value?.length === 0 && <p className="muted">Nothing pinned to this case yet.</p>}
      {pins.value && pins.value.length > 0 && (
        <ul aria-label="Pinned analyses">
          {pins.value.map((pin) => (
            <li key={pin.id}>
              <a href={href({ page: 'analysis-pin', caseId, id: pin.id })} dir="auto">
                {pin.title}
              </a>{' '}
              <span className="muted">
                ({ANALYSIS_LABELS[pin.analysis] ?? pin.analysis}; pinned {pin.pinnedAt.slice(0, 16).replace('T', ' ')} by {pin.pinnedBy}; tree size {pin.treeSize})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
