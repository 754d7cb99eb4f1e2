import { describe, expect, it } from 'vitest';
import { boundsInWords, dateInWords, spanOf } from './date-span.js';

describe('date spans', () => {
  it('reads the API bounds and marks open ends', () => {
    const span = spanOf({ earliest: '0001-01-01T00:00:00.000Z', latest: '2016-12-31T23:59:59.999Z' });
    expect(span).toMatchObject({ openStart: true, openEnd: false });
    expect(boundsInWords(span!)).toBe('… to 2016-12-31');
  });

  it('rejects bounds that do not parse or run backwards', () => {
    expect(spanOf({ earliest: 'soon', latest: '2016-12-31T23:59:59.999Z' })).toBeUndefined();
    expect(spanOf({ earliest: '2017-01-01T00:00:00.000Z', latest: '2016-12-31T23:59:59.999Z' })).toBeUndefined();
  });

  it('writes one day once', () => {
    expect(boundsInWords(spanOf({ earliest: '2016-09-19T00:00:00.000Z', latest: '2016-09-19T23:59:59.999Z' })!)).toBe('2016-09-19');
  });

  it('prefers the source’s words and keeps the EDTF beside them', () => {
    expect(dateInWords({ edtf: '2016-07~', earliest: '', latest: '', asReported: 'mid-July 2016' })).toBe('mid-July 2016 (2016-07~)');
    expect(dateInWords(undefined)).toBe('undated');
  });
});
