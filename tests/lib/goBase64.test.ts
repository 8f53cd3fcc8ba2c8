/**
 * Where Go's base64.StdEncoding.Decode reports a CorruptInputError (encoding/base64 decodeQuantum): at the first byte
 * outside the alphabet, at the quantum an early end leaves incomplete, at a misplaced or missing `=`, and at anything
 * after the padding; line breaks are skipped.
 */
import { goBase64ErrorOffset } from '../../server/src/lib/goBase64';

describe('goBase64ErrorOffset', () => {
  it.each([
    ['dGVh', undefined],
    ['dGVhcG90', undefined],
    ['dGVhcG8=', undefined],
    ['dGVhcA==', undefined],
    ['dGVh\ncG90\r\n', undefined],
    ['', undefined],
    ['<our CA here>', 0],
    ['Darjeeling!', 10],
    ['dGV', 0],
    ['dGVhc', 4],
    ['dG=h', 2],
    ['d===', 1],
    ['dGVhcA=', 7],
    ['dGVhcA==x', 8],
    ['dGVh cG90', 4],
    ['dGVh\u00e9', 4],
  ])('%j → %s', (text, offset) => {
    expect(goBase64ErrorOffset(text)).toBe(offset);
  });
});
