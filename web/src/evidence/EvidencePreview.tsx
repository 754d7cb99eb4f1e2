import { useEffect, useState } from 'react';
import type { EvidenceRow } from '../api.js';
import { byteSize } from './byte-size.js';

/** Larger files are not pulled into the page: they are downloaded, or played as a stream. */
const BLOB_PREVIEW_LIMIT = 64 * 1024 ** 2;
const TEXT_PREVIEW_LIMIT = 256 * 1024;

type Shown = { kind: 'image' | 'pdf'; url: string } | { kind: 'text'; text: string; cut: boolean } | { kind: 'stream'; media: 'video' | 'audio' };

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

  const open = async () => {
    setError(undefined);
    try {
      if (kind === 'video' || kind === 'audio') return setShown({ kind: 'stream', media: kind });
      const response = await fetch(content, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      if (kind === 'text') {
        const bytes = new Uint8Array(await response.arrayBuffer());
        const cut = bytes.length > TEXT_PREVIEW_LIMIT;
        setShown({ kind: 'text', text: new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, TEXT_PREVIEW_LIMIT)), cut });
      } else {
        const blob = new Blob([await response.arrayBuffer()], { type: item.mediaType });
        setShown({ kind: kind === 'pdf' ? 'pdf' : 'image', url: URL.createObjectURL(blob) });
      }
    } catch (caught) {
      setError(`The preview could not be opened: ${caught instanceof Error ? caught.message : String(caught)}`);
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
          <button type="button" onClick={() => void open()}>
            Show preview
          </button>
        </>
      ) : (
        <Shown shown={shown} item={item} content={content} />
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
