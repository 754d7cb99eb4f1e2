import { DossierError } from '../common/errors.js';

/** The parameters of a Content-Type header (RFC 9110 §8.3.1), names lowercased, quoted values unquoted. */
export function contentTypeParameters(header: string | undefined): Map<string, string> {
  const parameters = new Map<string, string>();
  const pattern = /;\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*)/g;
  for (const [, name, value] of (header ?? '').matchAll(pattern)) {
    const unquoted = value!.startsWith('"') ? value!.slice(1, -1).replace(/\\(.)/g, '$1') : value!;
    if (!parameters.has(name!.toLowerCase())) parameters.set(name!.toLowerCase(), unquoted);
  }
  return parameters;
}

/**
 * Text bodies are read as UTF-8 and nothing else: a body declared in another charset would be read wrongly
 * without a word, so it is refused, naming the header.
 */
export function requireUtf8Charset(header: string | undefined): void {
  const charset = contentTypeParameters(header).get('charset');
  if (charset === undefined || /^utf-?8$/i.test(charset.trim())) return;
  const problem = `declares charset "${charset}": send the body as UTF-8 (charset=utf-8, or no charset)`;
  throw new DossierError('UNSUPPORTED_MEDIA_TYPE', `content-type: ${problem}`, { field: 'content-type', in: 'headers', problem });
}

/** A multipart body can only be read with the boundary its Content-Type names (RFC 2046 §5.1.1: 1 to 70 characters). */
export function requireMultipartBoundary(header: string | undefined): void {
  const boundary = contentTypeParameters(header).get('boundary');
  if (boundary !== undefined && boundary.length >= 1 && boundary.length <= 70) return;
  const problem = boundary === undefined ? 'multipart/form-data without a boundary parameter (multipart/form-data; boundary=...)' : 'the multipart boundary must be 1 to 70 characters long';
  throw new DossierError('VALIDATION_FAILED', `content-type: ${problem}`, { field: 'content-type', in: 'headers', problem });
}
