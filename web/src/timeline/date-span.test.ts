import { describe, expect, it } from 'vitest';
import { OPEN_END, OPEN_START } from '../../../src/values/open-dates.js';
import { boundsInWords, spanOf } from './date-span.js';

describe('date spans', () => {
  it('reads the API bounds and marks open ends', () => {
    const span = spanOf({ earliest: OPEN_START, latest: '2016-12-31T23:59:59.999Z' });
    expect(span).toMatchObject({ openStart: true, openEnd: false });
    expect(boundsInWords(span!)).toBe('… to 2016-12-31');
    const openEnd = spanOf({ earliest: '2016-07-15T00:00:00.000Z', latest: OPEN_END });
    expect(openEnd).toMatchObject({ openStart: false, openEnd: true });
    expect(boundsInWords(openEnd!)).toBe('2016-07-15 to …');
  });

  it('rejects bounds that do not parse or run backwards', () => {
    expect(spanOf({ earliest: 'soon', latest: '2016-12-31T23:59:59.999Z' })).toBeUndefined();
    expect(spanOf({ earliest: '2017-01-01T00:00:00.000Z', latest: '2016-12-31T23:59:59.999Z' })).toBeUndefined();
  });

  it('writes one day once', () => {
    expect(boundsInWords(spanOf({ earliest: '2016-09-19T00:00:00.000Z', latest: '2016-09-19T23:59:59.999Z' })!)).toBe('2016-09-19');
  });
});
