/**
 * Paths as written in manifests and fetch.txt. RFC 8493 §2.1.3 percent-encodes only LF, CR and the
 * percent sign itself, so `%7E` stays three literal characters.
 */
export function decodeManifestPath(raw: string): string {
  return raw.replace(/%(0A|0D|25)/gi, (code) => {
    const upper = code.toUpperCase();
    return upper === '%0A' ? '\n' : upper === '%0D' ? '\r' : '%';
  });
}

/** The inverse of decodeManifestPath, for writers. */
export function encodeManifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\n/g, '%0A').replace(/\r/g, '%0D');
}

/**
 * Why a path could reach outside the bag (or means something only on one operating system), or null
 * when it is a plain relative path. Checked before any file is opened.
 */
export function unsafePathReason(path: string): string | null {
  if (path === '') return 'the path is empty';
  if (path.includes('\0')) return 'the path contains a NUL character';
  if (path.startsWith('/')) return 'the path is absolute';
  if (/^[A-Za-z]:/.test(path)) return 'the path starts with a Windows drive letter';
  if (path.includes('\\')) return 'the path contains a backslash (a Windows separator or escape)';
  if (path.startsWith('~')) return 'the path starts with "~" (a home directory shortcut)';
  if (/^%[^%/]+%/.test(path)) return 'the path starts with a Windows environment variable';
  const segments = path.split('/');
  if (segments.includes('..')) return 'the path contains a ".." segment';
  if (segments.includes('.')) return 'the path contains a "." segment';
  if (segments.includes('')) return 'the path contains an empty segment ("//" or a trailing "/")';
  return null;
}

/**
 * Strips a leading "./" (seen in bags written by older tools). Returns the path and whether it had one.
 */
export function withoutLeadingDotSlash(path: string): { path: string; hadDotSlash: boolean } {
  let stripped = path;
  while (stripped.startsWith('./')) stripped = stripped.slice(2);
  return { path: stripped, hadDotSlash: stripped !== path };
}

/**
 * Two paths that name one file on a case-insensitive or normalising filesystem (macOS, Windows) share
 * this key, e.g. `data/hello.txt` and `data/HELLO.txt`, or NFC and NFD spellings of `data/Núñez`.
 */
export function portablePathKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

const SYSTEM_FILE_NAMES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini', 'ehthumbs.db']);

/** Operating-system litter (Finder, Explorer) that usually got into a payload by accident. */
export function isSpecialSystemFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return SYSTEM_FILE_NAMES.has(name.toLowerCase()) || name.startsWith('._');
}
