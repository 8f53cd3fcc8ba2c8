import fc from 'fast-check';
import { jsonPieces } from '../../server/src/lib/jsonPieces';
import { storableJson } from '../../server/src/lib/storableJson';

const joined = (value: unknown, depth?: number) => [...jsonPieces(value, depth)].join('');

/** Values as snapshots hold them, with what JSON.stringify leaves out or converts. */
const snapshotLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(() => 1),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('value')),
    fc.dictionary(fc.string(), tie('value')),
  ),
})).value;

describe('jsonPieces', () => {
  it('joins to exactly what JSON.stringify writes, at every split depth', () => {
    fc.assert(
      fc.property(snapshotLike, fc.integer({ min: 0, max: 5 }), (value, depth) => {
        expect(joined(value, depth)).toBe(storableJson(JSON.stringify(value) ?? 'null'));
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('writes a cluster object at the third level as one piece, not character by character', () => {
    const objects = { configmaps: [{ metadata: { name: 'a' }, data: { k: 'v'.repeat(1000) } }] };
    const pieces = [...jsonPieces({ version: 1, objects })];
    // With the bracket before it.
    expect(pieces).toContain(`[${JSON.stringify(objects.configmaps[0])}`);
    expect(pieces.join('')).toBe(JSON.stringify({ version: 1, objects }));
  });

  it('calls toJSON once, with its key, as JSON.stringify does', () => {
    const keys: string[] = [];
    const history = { toJSON: (key: string) => (keys.push(key), { entries: ['ls'], base: 0 }) };
    expect(joined({ shell: { history } })).toBe('{"shell":{"history":{"entries":["ls"],"base":0}}}');
    expect(keys).toEqual(['history']);
  });

  it('drops NULs and replaces lone surrogates, in values and in keys', () => {
    expect(JSON.parse(joined({ a: ['x\u0000y', { 'k\ud800': 'z\udc00' }] }))).toEqual({
      a: ['xy', { 'k\ufffd': 'z\ufffd' }],
    });
  });
});
