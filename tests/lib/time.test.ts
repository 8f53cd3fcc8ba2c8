import fc from 'fast-check';
import { rfc3339 } from '../../server/src/lib/time.js';

describe('rfc3339', () => {
  it('formats like Date#toISOString at second precision, for any instant from 1970 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7258118400000 }), (ms) => {
        expect(rfc3339(ms)).toBe(new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
      }),
      { numRuns: 5000 },
    );
    expect(rfc3339(1735689600000)).toBe('2025-01-01T00:00:00Z');
    expect(rfc3339(951782400000)).toBe('2000-02-29T00:00:00Z');
  });
});
