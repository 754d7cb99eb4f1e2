import { useEffect, useState } from 'react';
import { errorText, type EvidenceRow } from '../api.js';
import { byteSize } from './byte-size.js';

/** Larger files are not pulled into the page: they are downloaded, or played as a stream. */
const BLOB_PREVIEW_LIMIT = 64 * 1024 ** 2;
const TEXT_PREVIEW_LIMIT = 256 * 1024;

type Shown = ({ kind: 'image' | 'pdf'; url: string } | { kind: 'text'; text: string; cut: boolean } | { kind: 'stream'; media: 'video' | 'audio' }) & { check?: string };

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
export function EvidencePreview({ item }: { item: EvidenceRow }) {
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
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
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
      setError(`The preview could not be opened: ${errorText(caught)}`);
    } finally {
      setOpening(false);
    }
  };

  const tooLarge = kind !== 'video' && kind !== 'audio' && item.size > BLOB_PREVIEW_LIMIT;
  return (
    <section aria-labelledby="preview-title" className="card">
      <h3 id="preview-title">Preview</h3>
      {kind === undefined ? (
        <p className="muted">No preview for {item.mediaType}; download the file to open it.</p>
      ) : tooLarge ? (
        <p className="muted">At {byteSize(item.size)} this file is too large to preview in the page; download it.</p>
      ) : shown === undefined ? (
        <>
          <p className="muted">Opening the preview reads the file: the read is logged in the custody ledger under your name.</p>
          <button type="button" disabled={opening} onClick={() => void open()}>
            Show preview
          </button>
        </>
      ) : (
        <>
          {shown.check && <p className={shown.check.startsWith('✓') ? 'ok' : 'error'}>{shown.check}</p>}
          <Shown shown={shown} item={item} content={content} />
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

function Shown({ shown, item, content }: { shown: Shown; item: EvidenceRow; content: string }) {
  switch (shown.kind) {
    case 'image':
      return <img className="preview" src={shown.url} alt={`Preview of ${item.originalName}`} />;
    case 'pdf':
      return <iframe className="preview pdf" src={shown.url} title={`Preview of ${item.originalName}`} />;
    case 'text':
      return (
        <>
          <pre className="preview text" dir="auto" tabIndex={0} aria-label={`Text of ${item.originalName}`}>
            {shown.text}
          </pre>
          {shown.cut && <p className="muted">Only the first {byteSize(TEXT_PREVIEW_LIMIT)} are shown.</p>}
        </>
      );
    case 'stream':
      return shown.media === 'video' ? (
        <video className="preview" src={content} controls preload="metadata" aria-label={`Video ${item.originalName}`} />
      ) : (
        <audio src={content} controls preload="metadata" aria-label={`Audio ${item.originalName}`} />
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
async function hashCheck(bytes: Uint8Array<ArrayBuffer>, sha256: string): Promise<string> {
  if (!globalThis.crypto?.subtle) return 'Not checked: this browser computes SHA-256 only on pages served over HTTPS or from this computer.';
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex === sha256 ? '✓ The bytes shown hash to the SHA-256 taken at intake.' : `✗ The bytes received hash to ${hex}, not to the SHA-256 taken at intake.`;
}
