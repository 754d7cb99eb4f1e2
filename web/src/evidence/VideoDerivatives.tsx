import { useState } from 'react';
import { useIntl } from 'react-intl';
// A derivative as GET /evidence/{ref}/derivatives answers it.
import type { Derivative as DerivativeRow, DerivativesResult } from '../../../src/evidence/derivatives.js';
import { api, errorText, type EvidenceRow } from '../api.js';
import { translate } from '../i18n/active-locale.js';
import { reasonText } from '../i18n/reason-text.js';
import { useT } from '../i18n/LanguageProvider.js';
import { byteSize, clockTime } from './evidence-format.js';
import { mutedWhen } from '../sensitivity/muted.js';
import { videoMessages as m } from './video.messages.js';

/** The tool that makes the derivatives, and what the preview is: names, the same in every language. */
const TOOL = 'ffmpeg';
const PREVIEW = { codec: 'H.264', lines: 720, minutes: 10 };

export function derivativeUrl(evidenceId: string, sha256: string): string {
  return `/api/v1/evidence/${encodeURIComponent(evidenceId)}/derivatives/${sha256}`;
}

/**
 * A video's preview, contact sheet and keyframes: files Dossier made from the original with ffmpeg, to watch
 * in the browser, each said to be a derivative and how it was made, never the evidence. Shown on request, as
 * the evidence preview is: each file shown is audited as a read (the access audit, not the item's custody log).
 */
export function VideoDerivatives({ item, caseId, canWrite, graphic = false }: { item: EvidenceRow; caseId: string; canWrite: boolean; graphic?: boolean }) {
  const t = useT();
  const intl = useIntl();
  const [derivatives, setDerivatives] = useState<DerivativeRow[] | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  if (!item.mediaType.startsWith('video/')) return null;
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  const load = () => run(async () => setDerivatives((await api<{ derivatives: DerivativeRow[] }>('GET', `/evidence/${encodeURIComponent(item.id)}/derivatives`)).derivatives));
  const makeAgain = () =>
    run(async () => {
      const result = await api<DerivativesResult>('POST', `/cases/${encodeURIComponent(caseId)}/evidence/${encodeURIComponent(item.id)}/derivatives`);
      if (result.status !== 'made') throw new Error(translate(m.couldNotMake, { tool: TOOL, reason: reasonsText(result) }));
      setDerivatives(result.derivatives);
    });
  const preview = derivatives?.find((d) => d.kind === 'preview');
  const sheet = derivatives?.find((d) => d.kind === 'contact-sheet');
  const keyframes = derivatives?.filter((d) => d.kind === 'keyframe') ?? [];
  const tileTimes = (sheet?.tileSeconds ?? []).map(clockTime);
  return (
    <section aria-labelledby="video-derivatives-title" className="card video-derivatives">
      <h3 id="video-derivatives-title">{t(m.title)}</h3>
      <p className="muted">{t(m.explain, { tool: TOOL, ...PREVIEW })}</p>
      {derivatives === undefined ? (
        <button type="button" disabled={busy} onClick={() => void load()}>
          {t(m.show)}
        </button>
      ) : derivatives.length === 0 ? (
        <p className="muted">{t(m.noneYet, { tool: TOOL })}</p>
      ) : (
        <>
          {preview && (
            <figure>
              {/* A graphic video starts muted and does not play by itself. */}
              <video className="preview" src={derivativeUrl(item.id, preview.sha256)} controls preload="metadata" muted={graphic} ref={mutedWhen(graphic)} aria-label={t(m.previewOf, { name: item.originalName })} />
              <Made derivative={preview} />
            </figure>
          )}
          {sheet && (
            <figure>
              <img className="contact-sheet" src={derivativeUrl(item.id, sheet.sha256)} alt={t(m.contactSheetOf, { name: item.originalName, times: intl.formatList(tileTimes, { type: 'unit', style: 'short' }) })} />
              <figcaption>{t(m.contactSheetOrder, { times: tileTimes.join(' · ') })}</figcaption>
              <Made derivative={sheet} />
            </figure>
          )}
          {keyframes.length > 0 && (
            <ol className="keyframes" aria-label={t(m.keyframes)}>
              {keyframes.map((frame) => (
                <li key={frame.sha256 + frame.frameSeconds}>
                  <img loading="lazy" src={derivativeUrl(item.id, frame.sha256)} alt={t(m.keyframeAt, { time: clockTime(frame.frameSeconds ?? 0) })} />
                  <span>{clockTime(frame.frameSeconds ?? 0)}</span>
                </li>
              ))}
            </ol>
          )}
          {keyframes[0] && <Made derivative={keyframes[0]} />}
        </>
      )}
      {canWrite && derivatives !== undefined && (
        <button type="button" disabled={busy} onClick={() => void makeAgain()}>
          {t(m.makeAgain)}
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}

/** Why nothing was made, in the reader's language from the server's codes (one reason for each derivative of a video). */
function reasonsText(result: Exclude<DerivativesResult, { status: 'made' }>): string {
  if (!result.reasonWordings?.length) return result.reason;
  return result.reasonWordings.map(reasonText).reduce((first, rest) => translate(m.reasons, { first, rest }));
}

/** Who made a derivative and how: the tool, the exact steps ({original} is the evidence file), the ledger entry. */
function Made({ derivative }: { derivative: DerivativeRow }) {
  const t = useT();
  return (
    <details className="derivative-made">
      <summary>
        {t(m.made, { kind: derivative.kind, tool: derivative.tool, size: byteSize(derivative.size), seq: derivative.ledgerSeq })}
      </summary>
      {derivative.command.map((step, index) => (
        <code key={index} className="command" dir="ltr">
          {step.join(' ')}
        </code>
      ))}
    </details>
  );
}
