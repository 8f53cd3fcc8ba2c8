// The browser cuts input into events the server accepts: at most `inputMaxBytes` of UTF-8, never inside a character.
import fc from 'fast-check';
import { chunksOfBytes } from '../../client/src/terminal/chunks';

const bytes = (s: string) => new TextEncoder().encode(s).length;

it('keeps small input whole and cuts by bytes, not characters', () => {
  expect(chunksOfBytes('kubectl get pods\r', 100)).toEqual(['kubectl get pods\r']);
  expect(chunksOfBytes('aéé🙂b', 5)).toEqual(['aéé', '🙂b']);
});

it('never exceeds the limit, never splits a character, and loses nothing', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 4, max: 64 }), (text, max) => {
      const chunks = chunksOfBytes(text, max);
      expect(chunks.join('')).toBe(text);
      for (const c of chunks) {
        expect(bytes(c)).toBeLessThanOrEqual(max);
        // A character cut in two would leave a lone surrogate at an edge.
        expect(c).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
      }
    }),
  );
});
