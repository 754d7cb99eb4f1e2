export type WebArchiveKind = 'warc' | 'wacz';

/** A web archive's kind by its name: .wacz, or .warc / .warc.gz (a .warc that is gzip is found by its bytes). */
export function webArchiveKindOf(file: string): WebArchiveKind | null {
  if (/\.wacz$/i.test(file)) return 'wacz';
  if (/\.warc(\.gz)?$/i.test(file)) return 'warc';
  return null;
}
