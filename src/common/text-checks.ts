/**
 * Checks that text is what it claims to be, shared by every way text enters Dossier (CSV imports, JSON
 * bodies, the CLI's options, canonical JSON). Nothing here alters text behind anyone's back: callers either
 * refuse what these functions find, or repair it and say how much they repaired.
 *
 * Pure functions over strings and bytes, with no Node-only import, so the web app could use them too.
 */

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** What is wrong with some bytes read as UTF-8: the first bad byte, and how many sequences a decoder replaces. */
export interface Utf8Scan {
  /** Offset of the first byte that does not begin or continue a well-formed UTF-8 character. */
  firstInvalid: number | undefined;
  /** Ill-formed sequences, each of which a WHATWG decoder turns into one U+FFFD ("maximal subparts"). */
  invalidSequences: number;
}

/** Scans bytes against the Unicode table of well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid: number | undefined;
  let invalidSequences = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const end = wellFormedEnd(bytes, i);
    if (end > 0) {
      i = end;
      continue;
    }
    firstInvalid ??= i;
    invalidSequences += 1;
    i = -end;
  }
  return { firstInvalid, invalidSequences };
}

/**
 * Where the character starting at `start` ends when it is well formed; otherwise minus the end of its
 * maximal ill-formed subpart (at least one byte), which is where decoding resumes.
 */
function wellFormedEnd(bytes: Uint8Array, start: number): number {
  const lead = bytes[start]!;
  let continuation: number;
  let lower = 0x80;
  let upper = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) continuation = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    continuation = 2;
    if (lead === 0xe0) lower = 0xa0; // overlong
    if (lead === 0xed) upper = 0x9f; // surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    continuation = 3;
    if (lead === 0xf0) lower = 0x90; // overlong
    if (lead === 0xf4) upper = 0x8f; // above U+10FFFF
  } else return -(start + 1);
  let at = start + 1;
  for (let k = 0; k < continuation; k++, at++) {
    const byte = bytes[at];
    if (byte === undefined || byte < lower || byte > upper) return -at;
    lower = 0x80;
    upper = 0xbf;
  }
  return at;
}

export type StrictUtf8 = { text: string } | { invalidAt: number; byte: number };

/** The text, or where the bytes stop being UTF-8. A byte-order mark is kept as U+FEFF: callers decide. */
export function decodeUtf8Strict(bytes: Uint8Array): StrictUtf8 {
  try {
    return { text: strictDecoder.decode(bytes) };
  } catch {
    const invalidAt = scanUtf8(bytes).firstInvalid ?? 0;
    return { invalidAt, byte: bytes[invalidAt] ?? 0 };
  }
}

/** The text with each ill-formed sequence replaced by U+FFFD, and how many were replaced. */
export function decodeUtf8Lossy(bytes: Uint8Array): { text: string; replaced: number } {
  try {
    return { text: strictDecoder.decode(bytes), replaced: 0 };
  } catch {
    return { text: lossyDecoder.decode(bytes), replaced: scanUtf8(bytes).invalidSequences };
  }
}

/** "the byte 0xE9 at offset 12 (of the field) is not part of a well-formed UTF-8 character", for messages. */
export function describeInvalidUtf8(invalid: { invalidAt: number; byte: number }, within?: string): string {
  const byte = `0x${invalid.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return `the byte ${byte} at offset ${invalid.invalidAt}${within ? ` of ${within}` : ''} is not part of a well-formed UTF-8 character`;
}

/**
 * C0 controls other than tab, line feed and carriage return, and DEL: invisible, meaningless in a record,
 * and NUL cannot even be stored in PostgreSQL text.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Removes control characters (see CONTROL_CHARACTER) and says how many there were. */
export function stripControlCharacters(text: string): { text: string; removed: number } {
  if (!CONTROL_CHARACTER.test(text)) return { text, removed: 0 };
  let removed = 0;
  const stripped = text.replace(CONTROL_CHARACTERS, () => {
    removed += 1;
    return '';
  });
  return { text: stripped, removed };
}

export function loneSurrogateProblem(text: string): string | undefined {
  const found = LONE_SURROGATE.exec(text);
  if (!found) return undefined;
  return `contains a lone surrogate (${codePoint(found[0])}) at character ${characterNumber(text, found.index)}: text must be well-formed Unicode`;
}

export function controlCharacterProblem(text: string): string | undefined {
  const found = CONTROL_CHARACTER.exec(text);
  if (!found) return undefined;
  return `contains a control character (${codePoint(found[0])}) at character ${characterNumber(text, found.index)}: only tab, line feed and carriage return are allowed`;
}

/** What is wrong with a piece of text taken in from outside, or undefined when nothing is. */
export function textProblem(text: string): string | undefined {
  return loneSurrogateProblem(text) ?? controlCharacterProblem(text);
}

export interface FieldProblem {
  /** The field's path as the API names fields (`victims.killed.min`, `tags[2]`), '' for the value itself. */
  path: string;
  problem: string;
}

/**
 * Walks a parsed value (objects, arrays, strings) and returns the first string or object key `check` finds
 * fault with, naming it by its path. A faulty key is reported at the object that holds it. The walk keeps
 * its own stack, so a body nested a hundred thousand deep is walked, not a stack overflow.
 */
export function findTextProblem(value: unknown, check: (text: string) => string | undefined = textProblem): FieldProblem | undefined {
  const pending: Step[] = [{ value, parent: undefined, segment: undefined }];
  while (pending.length > 0) {
    const step = pending.pop()!;
    const current = step.value;
    if (typeof current === 'string') {
      const problem = check(current);
      if (problem !== undefined) return { path: pathOf(step), problem };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    const children: Step[] = [];
    if (Array.isArray(current)) current.forEach((child: unknown, i) => children.push({ value: child, parent: step, segment: i }));
    else {
      for (const [key, child] of Object.entries(current)) {
        const keyProblem = check(key);
        if (keyProblem !== undefined) return { path: pathOf(step), problem: `has a field name (${JSON.stringify(key)}) that ${keyProblem}` };
        children.push({ value: child, parent: step, segment: key });
      }
    }
    // Last child first onto the stack, so fields are met in the order they were written.
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
  }
  return undefined;
}

interface Step {
  value: unknown;
  parent: Step | undefined;
  /** The key or index under which `value` sits in its parent; undefined for the value walked. */
  segment: string | number | undefined;
}

/** `victims.killed.min`, `tags[2]`, `[1].b`: built only for the step at fault. */
function pathOf(step: Step): string {
  const segments: (string | number)[] = [];
  for (let at: Step | undefined = step; at?.segment !== undefined; at = at.parent) segments.push(at.segment);
  return segments
    .reverse()
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join('');
}

function codePoint(character: string): string {
  return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** 1-based position in characters (code points), as a person counting along the text would find it. */
function characterNumber(text: string, index: number): number {
  let count = 0;
  for (const _ of text.slice(0, index)) count += 1;
  return count + 1;
}
