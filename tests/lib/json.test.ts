import fc from 'fast-check';
import '../support/fastcheck.js';
import { jsonEqual } from '../../server/src/lib/json.js';

/** The canonical JSON text: keys sorted, undefined members dropped, as jsonEqual compares. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

describe('jsonEqual', () => {
  it('ignores key order and undefined members, as JSON does', () => {
    expect(jsonEqual({ a: 1, b: { c: [1, 'x'] } }, { b: { c: [1, 'x'] }, a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1, gone: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual({ a: null }, { a: null })).toBe(true);
    expect(jsonEqual([undefined], [null])).toBe(true);
  });

  it('tells apart values that serialise differently', () => {
    expect(jsonEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(jsonEqual({ a: null }, {})).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({}, [])).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
    expect(jsonEqual(null, undefined)).toBe(false);
  });

  it('agrees with comparing canonical JSON text on random documents', () => {
    const doc = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        expect(jsonEqual(a, b)).toBe(canonical(a) === canonical(b));
        expect(jsonEqual(a, structuredClone(a))).toBe(true);
      }),
    );
  });
});
