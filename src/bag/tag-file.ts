import { TextDecoder } from 'node:util';
import type { Findings } from './findings.js';
import { DossierError } from '../common/errors.js';

/** One `Label: value` element of a tag file such as bag-info.txt, continuation lines folded in. */
export interface TagField {
  label: string;
  value: string;
  line: number;
}

/** Splits on LF, CR or CRLF (RFC 8493 §2.1); a final line terminator does not make an empty last line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function startsWithUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => bytes[i] === b);
}

function encodingKey(encoding: string): string {
  return encoding.trim().toLowerCase().replace(/[-_\s]/g, '');
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  const swapped = Buffer.alloc(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bigEndian ? bytes[i + 1]! : bytes[i]!;
    swapped[i + 1] = bigEndian ? bytes[i]! : bytes[i + 1]!;
  }
  return swapped.toString('utf16le');
}

function decodeDeclaredUtf16(bytes: Uint8Array, key: string): string {
  if (bytes.length % 2 !== 0) throw new DossierError('BAG_INVALID', 'odd number of bytes for UTF-16', { encoding: 'UTF-16' });
  if (key === 'utf16le') return decodeUtf16(bytes, false);
  if (key === 'utf16be') return decodeUtf16(bytes, true);
  // Plain "UTF-16": the byte-order mark decides; without one, big-endian (RFC 2781 §4.3).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), true);
  return decodeUtf16(bytes, true);
}

/**
 * Decodes a tag file in the bag's declared Tag-File-Character-Encoding. Returns null (and records an
 * error naming the file) when the bytes are not valid in that encoding or the encoding is unknown.
 */
export function decodeTagFile(
  bytes: Uint8Array,
  encoding: string,
  file: string,
  findings: Findings,
): string | null {
  const key = encodingKey(encoding);
  try {
    if (key === 'utf8') {
      if (startsWithUtf8Bom(bytes)) {
        findings.warn('BYTE_ORDER_MARK', `${file} starts with a UTF-8 byte-order mark`, file);
        bytes = bytes.subarray(3);
      }
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    if (key === 'iso88591' || key === 'latin1') return Buffer.from(bytes).toString('latin1');
    if (key === 'usascii' || key === 'ascii') {
      if (bytes.some((b) => b > 0x7f)) throw new DossierError('BAG_INVALID', 'byte above 0x7F', { encoding: 'US-ASCII' });
      return Buffer.from(bytes).toString('latin1');
    }
    if (key.startsWith('utf16')) return decodeDeclaredUtf16(bytes, key);
  } catch (cause) {
    findings.error(
      'TAG_FILE_ENCODING',
      `${file} is not valid ${encoding}: ${(cause as Error).message}`,
      file,
    );
    return null;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding.trim(), { fatal: true });
  } catch {
    findings.error('UNSUPPORTED_ENCODING', `${file}: tag file encoding "${encoding}" is not supported`, file);
    return null;
  }
  try {
    return decoder.decode(bytes);
  } catch (cause) {
    findings.error('TAG_FILE_ENCODING', `${file} is not valid ${encoding}: ${(cause as Error).message}`, file);
    return null;
  }
}

/**
 * Parses `Label: value` elements (bag-info.txt, package-info.txt). A line that starts with a space or
 * tab continues the previous value. RFC 8493 forbids whitespace around labels; older versions saw it in
 * the wild, so `strict` decides whether such a label is an error or a warning.
 */
export function parseTagFields(text: string, file: string, strict: boolean, findings: Findings): TagField[] {
  const fields: TagField[] = [];
  splitLines(text).forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') {
      findings.warn('BLANK_TAG_LINE', `${file} line ${lineNumber} is blank`, file);
      return;
    }
    const previous = fields[fields.length - 1];
    if (/^[ \t]/.test(line)) {
      if (previous === undefined) {
        findings.error('MALFORMED_TAG_LINE', `${file} line ${lineNumber} continues a value but no label precedes it`, file);
      } else {
        previous.value = `${previous.value} ${line.trim()}`;
      }
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      findings.error('MALFORMED_TAG_LINE', `${file} line ${lineNumber} is not "Label: value": ${JSON.stringify(line)}`, file);
      return;
    }
    const rawLabel = line.slice(0, colon);
    const label = rawLabel.trim();
    if (label !== rawLabel) {
      const message = `${file} line ${lineNumber}: label ${JSON.stringify(rawLabel)} has whitespace around it`;
      if (strict) findings.error('LABEL_WHITESPACE', message, file);
      else findings.warn('LABEL_WHITESPACE', message, file);
    }
    fields.push({ label, value: line.slice(colon + 1).replace(/^[ \t]+/, ''), line: lineNumber });
  });
  return fields;
}

export interface BagDeclaration {
  version: string;
  encoding: string;
}

export const SUPPORTED_VERSIONS = ['0.93', '0.94', '0.95', '0.96', '0.97', '1.0'] as const;

function declarationLine(
  line: string | undefined,
  label: string,
  lineNumber: number,
  findings: Findings,
): string | null {
  const prefix = `${label}: `;
  if (line === undefined) {
    findings.error('BAGIT_TXT_MALFORMED', `bagit.txt has no line ${lineNumber}: "${label}" is missing`, 'bagit.txt');
    return null;
  }
  if (!line.startsWith(prefix)) {
    findings.error(
      'BAGIT_TXT_MALFORMED',
      `bagit.txt line ${lineNumber} must be exactly "${prefix}<value>", found ${JSON.stringify(line)}`,
      'bagit.txt',
    );
    return null;
  }
  return line.slice(prefix.length);
}

/**
 * Reads bagit.txt (RFC 8493 §2.1.1): UTF-8 without a byte-order mark, exactly two lines, version then
 * encoding, each "Label: value" with one space. Returns null when the bag cannot be read at all.
 */
export function parseBagitTxt(bytes: Uint8Array, findings: Findings): BagDeclaration | null {
  if (startsWithUtf8Bom(bytes)) {
    findings.error('BOM_IN_BAGIT_TXT', 'bagit.txt starts with a byte-order mark, which RFC 8493 forbids', 'bagit.txt');
    bytes = bytes.subarray(3);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    findings.error('TAG_FILE_ENCODING', 'bagit.txt is not valid UTF-8', 'bagit.txt');
    return null;
  }
  const lines = splitLines(text);
  if (lines.length > 2) {
    findings.error('BAGIT_TXT_MALFORMED', `bagit.txt must have exactly two lines, it has ${lines.length}`, 'bagit.txt');
  }
  const declaredVersion = declarationLine(lines[0], 'BagIt-Version', 1, findings);
  const version = declaredVersion?.trim() ?? null;
  if (declaredVersion !== null && version !== declaredVersion) {
    // Reported, then read as trimmed so the rest of the bag is still checked and reported on.
    findings.error('BAGIT_TXT_MALFORMED', `bagit.txt: BagIt-Version ${JSON.stringify(declaredVersion)} has stray whitespace`, 'bagit.txt');
  }
  const encoding = declarationLine(lines[1], 'Tag-File-Character-Encoding', 2, findings);
  if (version !== null && !/^\d+\.\d+$/.test(version)) {
    findings.error('INVALID_VERSION', `bagit.txt: BagIt-Version ${JSON.stringify(version)} is not "M.N"`, 'bagit.txt');
    return null;
  }
  if (version !== null && !(SUPPORTED_VERSIONS as readonly string[]).includes(version)) {
    findings.error('UNSUPPORTED_VERSION', `bagit.txt: BagIt-Version ${version} is not one this verifier knows`, 'bagit.txt');
    return null;
  }
  if (version === null || encoding === null) return null;
  if (encoding.trim() === '') {
    findings.error('BAGIT_TXT_MALFORMED', 'bagit.txt: Tag-File-Character-Encoding is empty', 'bagit.txt');
    return null;
  }
  return { version, encoding };
}

/** Compares BagIt versions such as "0.97" and "1.0" numerically. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [minMajor = 0, minMinor = 0] = minimum.split('.').map(Number);
  return major > minMajor || (major === minMajor && minor >= minMinor);
}
