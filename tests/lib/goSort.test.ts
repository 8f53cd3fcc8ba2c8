// Go's sort.Sort, ported (server/src/lib/goSort.ts): it sorts, keeps ties in input order up to 12 elements (insertion
// sort), and past that moves ties as Go does: that order is checked against the real kubectl v1.32 by
// tests/kubeapi/differential.test.ts (a lab's deployment has more than 12 events, several sharing a second).
import fc from 'fast-check';
import { goSort } from '../../server/src/lib/goSort';

it('sorts any array of numbers', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (xs) => {
      expect(goSort(xs, (a, b) => a < b)).toEqual([...xs].sort((a, b) => a - b));
    }),
  );
});

it('keeps ties in their order up to 12 elements', () => {
  const items = Array.from({ length: 12 }, (_, i) => ({ key: i % 3, i }));
  const sorted = goSort(items, (a, b) => a.key < b.key);
  expect(sorted.map((x) => x.i)).toEqual([0, 3, 6, 9, 1, 4, 7, 10, 2, 5, 8, 11]);
});

it('past 12 elements, sorts with pdqsort: all-equal input stays as it is, ties are grouped', () => {
  const items = Array.from({ length: 13 }, (_, i) => ({ key: 0, i }));
  // choosePivot sees no swaps (increasing) and partialInsertionSort finds the run sorted: nothing moves.
  expect(goSort(items, (a, b) => a.key < b.key).map((x) => x.i)).toEqual(items.map((x) => x.i));
  const mixed = Array.from({ length: 40 }, (_, i) => ({ key: (i * 7) % 5, i }));
  const keys = goSort(mixed, (a, b) => a.key < b.key).map((x) => x.key);
  expect(keys).toEqual([...keys].sort((a, b) => a - b));
});
