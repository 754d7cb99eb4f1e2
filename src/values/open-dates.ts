/**
 * The instants an open interval end (EDTF `..`) is stored and served as, rather than year 1 or 9999 read as
 * real dates. A module of its own, importing nothing, so the browser can read them without the EDTF parser.
 */
export const OPEN_START = '0001-01-01T00:00:00.000Z';
export const OPEN_END = '9999-12-31T23:59:59.999Z';
