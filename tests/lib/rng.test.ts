import { Rng } from '../../server/src/lib/rng.js';

describe('Rng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = Rng.fromSeed(42);
    const b = Rng.fromSeed(42);
    const c = Rng.fromSeed(43);
    const seqA = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(seqA);
  });

  it('resumes exactly from a saved state', () => {
    const a = Rng.fromSeed(7);
    a.nextUint32();
    const resumed = Rng.fromState(a.state());
    expect(resumed.nameSuffix(10)).toBe(a.nameSuffix(10));
  });

  it('draws name suffixes from the Kubernetes alphabet and well-formed UUIDs', () => {
    const rng = Rng.fromSeed(1);
    for (let i = 0; i < 200; i++) expect(rng.nameSuffix()).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps int() within bounds', () => {
    const rng = Rng.fromSeed(3);
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(7);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(7);
    }
  });
});
