import { useState } from 'react';
import { api, errorText, type EvidenceRow } from '../api.js';
// A derivative as GET /evidence/{ref}/derivatives answers it.
import type { Derivative as DerivativeRow } from '../../../src/evidence/derivatives.js';
import { byteSize } from './byte-size.js';

export function derivativeUrl(evidenceId: string, sha256: string): string {
  return `/api/v1/evidence/${encodeURIComponent(evidenceId)}/derivatives/${sha256}`;
}

/** 83.4 → "1:23.4" */
function clockTime(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${(seconds - minutes * 60).toFixed(1).padStart(4, '0')}`;
}

/**
 * A video's preview, contact sheet and keyframes: files Dossier made from the original with ffmpeg, to watch
 * in the browser, each said to be a derivative and how it was made, never the evidence. Shown on request, as
 * the evidence preview is: each file shown is audited as a read (the access audit, not the item's custody log).
 */
export function VideoDerivatives({ item, caseId, canWrite }: { item: EvidenceRow; caseId: string; canWrite: boolean }) {
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
      const result = await api<{ status: string; reason?: string; derivatives?: DerivativeRow[] }>('POST', `/cases/${encodeURIComponent(caseId)}/evidence/${encodeURIComponent(item.id)}/derivatives`);
      if (result.status !== 'made') throw new Error(`ffmpeg could not make them: ${result.reason ?? result.status}`);
      setDerivatives(result.derivatives ?? []);
    });
  const preview = derivatives?.find((d) => d.kind === 'preview');
  const sheet = derivatives?.find((d) => d.kind === 'contact-sheet');
  const keyframes = derivatives?.filter((d) => d.kind === 'keyframe') ?? [];
  return (
    <section aria-labelledby="video-derivatives-title" className="card video-derivatives">
      <h3 id="video-derivatives-title">Preview and keyframes (derivatives)</h3>
      <p className="muted">
        Made by Dossier from the original with ffmpeg, to watch in the browser: a derivative, not the evidence. The preview is H.264 at most 720 lines high and only the first
        10 minutes; the original is unchanged. Showing them shows what the item shows: each view is recorded under your name in the access audit.
      </p>
      {derivatives === undefined ? (
        <button type="button" disabled={busy} onClick={() => void load()}>
          Show preview and keyframes
        </button>
      ) : derivatives.length === 0 ? (
        <p className="muted">None made yet (they are made after the upload; a file ffmpeg cannot read gets none).</p>
      ) : (
        <>
          {preview && (
            <figure>
              <video className="preview" src={derivativeUrl(item.id, preview.sha256)} controls preload="metadata" aria-label={`Preview (derivative) of ${item.originalName}`} />
              <Made derivative={preview} />
            </figure>
          )}
          {sheet && (
            <figure>
              <img className="contact-sheet" src={derivativeUrl(item.id, sheet.sha256)} alt={`Contact sheet of ${item.originalName}: keyframes at ${(sheet.tileSeconds ?? []).map(clockTime).join(', ')}`} />
              <figcaption>Contact sheet, left to right, top to bottom: {(sheet.tileSeconds ?? []).map(clockTime).join(' · ')}</figcaption>
              <Made derivative={sheet} />
            </figure>
          )}
          {keyframes.length > 0 && (
            <ol className="keyframes" aria-label="Keyframes">
              {keyframes.map((frame) => (
                <li key={frame.sha256 + frame.frameSeconds}>
                  <img loading="lazy" src={derivativeUrl(item.id, frame.sha256)} alt={`Keyframe at ${clockTime(frame.frameSeconds ?? 0)}`} />
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
          Make them again
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

/** Who made a derivative and how: the tool, the exact steps ({original} is the evidence file), the ledger entry. */
function Made({ derivative }: { derivative: DerivativeRow }) {
  return (
    <details className="derivative-made">
      <summary>
        {derivative.kind === 'keyframe' ? 'Keyframes' : derivative.kind === 'preview' ? 'Preview' : 'Contact sheet'}: a derivative made by {derivative.tool}, {byteSize(derivative.size)}, ledger entry #{derivative.ledgerSeq}
      </summary>
      {derivative.command.map((step, index) => (
        <code key={index} className="command">
          {step.join(' ')}
        </code>
      ))}
    </details>
  );
}
