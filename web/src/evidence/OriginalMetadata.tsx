import type { MediaMetadata } from '../../../src/evidence/media-metadata.js';
import { utcTime } from '../format/dates.js';
import { useT } from '../i18n/LanguageProvider.js';
import { metres } from './evidence-format.js';
import { editTracesInWords } from './evidence-words.js';
import { metadataMessages as m } from './metadata.messages.js';

export interface ItemMetadata {
  tool: string;
  readAt: string;
  reading: MediaMetadata;
}

/** What the file's own metadata says: when, where, by what, and whether it shows signs of editing. */
export function OriginalMetadata({ metadata }: { metadata: ItemMetadata | null | undefined }) {
  const t = useT();
  if (!metadata) return null;
  const { captured, gps, device, software } = metadata.reading;
  const editTraces = editTracesInWords(metadata.reading);
  return (
    <section aria-labelledby="original-metadata-title" className="original-metadata">
      <h3 id="original-metadata-title">{t(m.originalMetadata)}</h3>
      <dl className="facts">
        <div>
          <dt>{t(m.captured)}</dt>
          <dd>
            {captured ? (
              <>
                <code>{captured.text}</code> ({captured.tag}){' '}
                {captured.zone ? t(m.inZone, { zone: captured.zone, instant: captured.instant ? utcTime(captured.instant, { seconds: true }) : '' }) : t(m.noZone)}
              </>
            ) : (
              t(m.notInFile)
            )}
          </dd>
        </div>
        <div>
          <dt>{t(m.gps)}</dt>
          {/* Coordinates as the file gives them, decimal degrees latitude then longitude, read left to right. */}
          <dd>
            {gps ? (
              <>
                <span dir="ltr">
                  {gps.lat}, {gps.lon}
                </span>
                {gps.altitude !== null && ` (${metres(gps.altitude)})`}
              </>
            ) : (
              t(m.noGps)
            )}
          </dd>
        </div>
        <div>
          <dt>{t(m.deviceTitle)}</dt>
          <dd dir="auto">{device ? [device.make, device.model].filter(Boolean).join(' ') : t(m.notRecorded)}</dd>
        </div>
        <div>
          <dt>{t(m.software)}</dt>
          <dd dir="auto">{software ?? t(m.notRecorded)}</dd>
        </div>
        <div>
          <dt>{t(m.editTracesTitle)}</dt>
          <dd>
            {editTraces.length === 0 ? (
              t(m.noneFound)
            ) : (
              <ul>
                {editTraces.map((trace, index) => (
                  <li key={index} dir="auto">
                    {trace}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <p className="muted">{t(m.readBy, { tool: metadata.tool, time: utcTime(metadata.readAt) })}</p>
    </section>
  );
}
