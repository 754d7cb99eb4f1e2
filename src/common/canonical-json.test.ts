import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonOfLargeValue } from './canonical-json.js';

describe('canonical JSON', () => {
  it('sorts keys and keeps well-formed text, NUL included, as RFC 8785 writes it', () => {
    expect(canonicalJson({ b: '😀', a: [1, 'x\u0000'] })).toBe('{"a":[1,"x\\u0000"],"b":"😀"}');
  });

  it('refuses a lone surrogate as a validation error naming the field, not as an internal error', () => {
    const value = { title: 'ok', victims: [{ note: 'bad \ud800 x' }] };
    expect(() => canonicalJson(value)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: expect.objectContaining({ field: 'victims[0].note' }) }));
    expect(() => canonicalJson(value)).toThrow(/victims\[0\]\.note: contains a lone surrogate \(U\+D800\) at character 5/);
    expect(() => canonicalJson('\udc00')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: expect.objectContaining({ field: 'value' }) }));
  });

  it('still treats values JSON cannot hold as a fault of the program', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson({ n: Number.NaN })).not.toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('writes the same bytes as the RFC 8785 library it falls back on, and refuses what it refuses', () => {
    const outcome = (write: () => string | undefined) => {
      try {
        return write() ?? 'refused';
      } catch {
        return 'refused';
      }
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 5000 },
    );
    // Keys JavaScript orders first or treats specially, values JSON leaves out, lone surrogates, NaN.
    const key = fc.oneof(fc.string(), fc.constantFrom('0', '1', '10', '9', '__proto__', 'é', 'A', 'a', ''));
    const leaf = fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const nested = fc.letrec((tie) => ({
      value: fc.oneof({ maxDepth: 3 }, leaf, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 4 })),
    })).value;
    fc.assert(
      fc.property(nested, (value) => {
        expect(outcome(() => canonicalJson(value))).toBe(outcome(() => canonicalize(value)));
      }),
      { numRuns: 5000 },
    );
    const awkward = { z: [1e21, -0, 0.1, 5e-7, new Date(0)], 'é': { b: 'x\u2028y', a: null, skipped: undefined }, A: '😀\u0000', '': true, 10: 'ten', 9: 'nine' };
    expect(canonicalJson(awkward)).toBe(canonicalize(awkward));
    expect(canonicalJson(JSON.parse('{"__proto__":0,"a":{"__proto__":{"b":1}}}'))).toBe('{"__proto__":0,"a":{"__proto__":{"b":1}}}');
  });

  it('writes large values to the same bytes by the faster path, and refuses what canonical JSON refuses', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJsonOfLargeValue(value)).toBe(canonicalJson(value));
      }),
      { numRuns: 5000 },
    );
    // Lists of rows alike take the fastest path: same keys, plain values, some not finite or with lone surrogates.
    const leaf = fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
    const outcome = (write: () => string) => {
      try {
        return write();
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    };
    fc.assert(
      fc.property(fc.array(fc.record({ zeta: leaf, alpha: fc.array(leaf), 'é': leaf, A: leaf, '0': fc.integer() }, { requiredKeys: ['zeta', 'alpha'] })), (rows) => {
        expect(outcome(() => canonicalJsonOfLargeValue({ rows }))).toBe(outcome(() => canonicalJson({ rows })));
      }),
      { numRuns: 2000 },
    );
    const awkward = { z: [undefined, 1e21, -0, 0.1, 5e-7], 'é': { b: 'x\u2028y', a: null, skipped: undefined }, A: '😀\u0000', '': true };
    expect(canonicalJsonOfLargeValue(awkward)).toBe(canonicalJson(awkward));
    // Found by the property above: a key "__proto__" (as JSON.parse makes it) must stay a key.
    const proto = JSON.parse('{"__proto__":0,"a":{"__proto__":{"b":1}}}') as unknown;
    expect(canonicalJsonOfLargeValue(proto)).toBe('{"__proto__":0,"a":{"__proto__":{"b":1}}}');
    expect(() => canonicalJsonOfLargeValue({ n: Number.POSITIVE_INFINITY })).toThrow(/Infinity/);
    expect(() => canonicalJsonOfLargeValue({ note: 'bad \ud800 x' })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
