import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { errorText, type EvidenceRow } from '../api.js';
import { translate } from '../i18n/active-locale.js';
import { useT } from '../i18n/LanguageProvider.js';
import { evidenceMessages as m } from './evidence.messages.js';
import { byteSize, HASH_ALGORITHM } from './evidence-format.js';
import { mutedWhen } from '../sensitivity/muted.js';

/** Larger files are not pulled into the page: they are downloaded, or played as a stream. */
const BLOB_PREVIEW_LIMIT = 64 * 1024 ** 2;
const TEXT_PREVIEW_LIMIT = 256 * 1024;

/** How the bytes shown compare with the hash taken at intake: the same, others (their hash), or not computed here. */
type Check = { same: true } | { same: false; hex: string } | { same: undefined };

type Shown = ({ kind: 'image' | 'pdf'; url: string } | { kind: 'text'; text: string; cut: boolean } | { kind: 'stream'; media: 'video' | 'audio' }) & { check?: Check };

export function previewKind(mediaType: string): 'image' | 'video' | 'audio' | 'pdf' | 'text' | undefined {
  if (mediaType.startsWith('image/')) return 'image';
  if (mediaType.startsWith('video/')) return 'video';
  if (mediaType.startsWith('audio/')) return 'audio';
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType.startsWith('text/') || mediaType === 'application/json') return 'text';
  return undefined;
}

/**
 * A preview of an evidence item, opened only when asked: every read of evidence is logged in the custody ledger,
 * so reads happen when a person wants them, not whenever a page is drawn. The bytes are fetched once and shown
 * from memory; text is shown as text, never as a page, so nothing in a file can run.
 */
export function EvidencePreview({ item, graphic = false }: { item: EvidenceRow; graphic?: boolean }) {
  const t = useT();
  const kind = previewKind(item.mediaType);
  const [shown, setShown] = useState<Shown | undefined>();
  const [error, setError] = useState<string | undefined>();
  const content = `/api/v1/evidence/${encodeURIComponent(item.id)}/content`;
  useEffect(() => () => {
    if (shown && 'url' in shown) URL.revokeObjectURL(shown.url);
  }, [shown]);

  const [opening, setOpening] = useState(false);
  const open = async () => {
    if (opening) return;
    setOpening(true);
    setError(undefined);
    try {
      if (kind === 'video' || kind === 'audio') return setShown({ kind: 'stream', media: kind });
      const response = await fetch(content, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(translate(m.serverAnswered, { status: response.status }));
      if (kind === 'text') {
        const { bytes, cut } = await readAtMost(response, TEXT_PREVIEW_LIMIT);
        const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
        setShown({ kind: 'text', text, cut, ...(cut ? {} : { check: await hashCheck(bytes, item.sha256) }) });
      } else {
        const blob = new Blob([await response.blob()], { type: item.mediaType });
        const check = await hashCheck(new Uint8Array(await blob.arrayBuffer()), item.sha256);
        setShown({ kind: kind === 'pdf' ? 'pdf' : 'image', url: URL.createObjectURL(blob), check });
      }
    } catch (caught) {
      setError(t(m.previewFailed, { reason: errorText(caught) }));
    } finally {
      setOpening(false);
    }
  };

  const tooLarge = kind !== 'video' && kind !== 'audio' && item.size > BLOB_PREVIEW_LIMIT;
  return (
    <section aria-labelledby="preview-title" className="card">
      <h3 id="preview-title">{t(m.preview)}</h3>
      {kind === undefined ? (
        <p className="muted">{t(m.noPreview, { type: item.mediaType })}</p>
      ) : tooLarge ? (
        <p className="muted">{t(m.tooLarge, { size: byteSize(item.size) })}</p>
      ) : shown === undefined ? (
        <>
          <p className="muted">{t(m.readIsLogged)}</p>
          <button type="button" disabled={opening} onClick={() => void open()}>
            {t(m.showPreview)}
          </button>
        </>
      ) : (
        <>
          {shown.check && <CheckLine check={shown.check} />}
          <Shown shown={shown} item={item} content={content} graphic={graphic} />
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}

function CheckLine({ check }: { check: Check }) {
  const t = useT();
  if (check.same === undefined) return <p className="error">{t(m.hashNotChecked, { algorithm: HASH_ALGORITHM, https: 'HTTPS' })}</p>;
  if (check.same) return <p className="ok">{t(m.hashMatches, { algorithm: HASH_ALGORITHM })}</p>;
  return (
    <p className="error">
      <FormattedMessage
        {...m.hashDiffers}
        values={{
          algorithm: HASH_ALGORITHM,
          hex: check.hex,
          hash: (chunks) => (
            <code className="hash" dir="ltr">
              {chunks}
            </code>
          ),
        }}
      />
    </p>
  );
}

function Shown({ shown, item, content, graphic }: { shown: Shown; item: EvidenceRow; content: string; graphic: boolean }) {
  const t = useT();
  switch (shown.kind) {
    case 'image':
      return <img className="preview" src={shown.url} alt={t(m.previewOf, { name: item.originalName })} />;
    case 'pdf':
      return <iframe className="preview pdf" src={shown.url} title={t(m.previewOf, { name: item.originalName })} />;
    case 'text':
      return (
        <>
          <pre className="preview text" dir="auto" tabIndex={0} aria-label={t(m.textOf, { name: item.originalName })}>
            {shown.text}
          </pre>
          {shown.cut && <p className="muted">{t(m.onlyFirst, { size: byteSize(TEXT_PREVIEW_LIMIT) })}</p>}
        </>
      );
    case 'stream':
      return shown.media === 'video' ? (
        // A graphic video starts muted, and never plays by itself (mutedWhen sets the attribute React leaves out).
        <video className="preview" src={content} controls preload="metadata" muted={graphic} ref={mutedWhen(graphic)} aria-label={t(m.videoOf, { name: item.originalName })} />
      ) : (
        <audio src={content} controls preload="metadata" aria-label={t(m.audioOf, { name: item.originalName })} />
      );
  }
}

/** The first `limit` bytes of a response, cancelling the rest so a large file is not downloaded for nothing. */
async function readAtMost(response: Response, limit: number): Promise<{ bytes: Uint8Array<ArrayBuffer>; cut: boolean }> {
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      break;
    }
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes: bytes.subarray(0, Math.min(length, limit)), cut: length > limit };
}

/** The bytes shown are hashed here and compared with the hash taken at intake: what you see is what was held. */
async function hashCheck(bytes: Uint8Array<ArrayBuffer>, sha256: string): Promise<Check> {
  // Browsers compute SHA-256 only on pages served over HTTPS or from this computer.
  if (!globalThis.crypto?.subtle) return { same: undefined };
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex === sha256 ? { same: true } : { same: false, hex };
}
