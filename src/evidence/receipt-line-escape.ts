/**
 * Writes any string as one printable line and reads it back exactly: the values of a handover receipt (file
 * paths above all) may hold newlines, tabs, control characters or backslashes, and each must stay on its own
 * line of a signed note, which forbids control characters. Pure string work, no Node-only import.
 *
 * Escapes: `\\` a backslash, `\n` `\t` `\r`, and `\u{XXXX}` (upper-case hex, at least four digits) for any
 * other character that is invisible or would move the text around on paper (see HIDDEN_CHARACTER).
 * A backslash the intake side wrote itself, as in `\xff` for a byte that was not UTF-8, becomes `\\xff`.
 */

const NAMED_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };
const NAMED_UNESCAPES: Record<string, string> = { '\\': '\\', n: '\n', t: '\t', r: '\r' };

/**
 * C0 and C1 controls, DEL, line and paragraph separators, bidirectional marks, embeddings, overrides and
 * isolates, the byte-order mark, and lone surrogates (which UTF-8 cannot carry). Escaped so that what a
 * person reads on the printed receipt is what the path holds: an override could show one name as another.
 */
const HIDDEN_CHARACTER =
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ESCAPED = new RegExp(`\\\\|${HIDDEN_CHARACTER.source}`, 'g');

export function escapeLineValue(value: string): string {
  const escaped = value.replace(ESCAPED, (character) => NAMED_ESCAPES[character] ?? codePointEscape(character));
  // A space at either end would be invisible on paper, and trimmed by many a copy and paste.
  return escaped.replace(/^ | $/g, codePointEscape(' '));
}

/** The value an escaped line holds, or a description of the first escape that is not one of ours. */
export function unescapeLineValue(line: string): { value: string } | { problem: string } {
  let value = '';
  let at = 0;
  while (at < line.length) {
    const backslash = line.indexOf('\\', at);
    if (backslash < 0) return { value: value + line.slice(at) };
    value += line.slice(at, backslash);
    const step = readEscape(line, backslash);
    if ('problem' in step) return step;
    value += step.character;
    at = step.end;
  }
  return { value };
}

function readEscape(line: string, backslash: number): { character: string; end: number } | { problem: string } {
  const letter = line[backslash + 1];
  if (letter === undefined) return { problem: `a lone backslash ends the value (a backslash is written \\\\)` };
  const named = NAMED_UNESCAPES[letter];
  if (named !== undefined) return { character: named, end: backslash + 2 };
  const codePoint = letter === 'u' ? /^\{([0-9A-F]{4,6})\}/.exec(line.slice(backslash + 2)) : null;
  if (!codePoint || Number.parseInt(codePoint[1]!, 16) > 0x10ffff) {
    return { problem: `"${escapeLineValue(line.slice(backslash, backslash + 10))}" at character ${backslash + 1} is not an escape (\\\\, \\n, \\t, \\r or \\u{XXXX})` };
  }
  return { character: String.fromCodePoint(Number.parseInt(codePoint[1]!, 16)), end: backslash + 3 + codePoint[1]!.length + 1 };
}

function codePointEscape(character: string): string {
  return `\\u{${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`;
}
