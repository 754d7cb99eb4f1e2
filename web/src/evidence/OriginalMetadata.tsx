import type { MediaMetadata } from '../../../src/evidence/media-metadata.js';

export interface ItemMetadata {
  tool: string;
  readAt: string;
  reading: MediaMetadata;
}

/** What the file's own metadata says: when, where, by what, and whether it shows signs of editing. */
export function OriginalMetadata({ metadata }: { metadata: ItemMetadata | null | undefined }) {
  if (!metadata) return null;
  const { captured, gps, device, software, editTraces } = metadata.reading;
  return (
    <section aria-labelledby="original-metadata-title" className="original-metadata">
      <h3 id="original-metadata-title">Original metadata</h3>
      <dl className="facts">
        <div>
          <dt>Captured</dt>
          <dd>
            {captured ? (
              <>
                <code>{captured.text}</code> ({captured.tag}){' '}
                {captured.zone ? `zone ${captured.zone}: ${captured.instant?.replace('T', ' ').slice(0, 19)} UTC` : 'no zone: the local time where it was taken, not converted'}
              </>
            ) : (
              'not recorded in the file'
            )}
          </dd>
        </div>
        <div>
          <dt>GPS</dt>
          <dd>{gps ? `${gps.lat}, ${gps.lon}${gps.altitude !== null ? ` (${gps.altitude} m)` : ''}` : 'none'}</dd>
        </div>
        <div>
          <dt>Device</dt>
          <dd dir="auto">{device ? [device.make, device.model].filter(Boolean).join(' ') : 'not recorded'}</dd>
        </div>
        <div>
          <dt>Software</dt>
          <dd dir="auto">{software ?? 'not recorded'}</dd>
        </div>
        <div>
          <dt>Edit traces</dt>
          <dd>
            {editTraces.length === 0 ? (
              'none found'
            ) : (
              <ul>
                {editTraces.map((trace) => (
                  <li key={trace} dir="auto">
                    {trace}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <p className="muted">
        Read by {metadata.tool}, {metadata.readAt.replace('T', ' ').slice(0, 16)} UTC. Metadata can be forged: it is a lead to check, not proof.
      </p>
    </section>
  );
}
