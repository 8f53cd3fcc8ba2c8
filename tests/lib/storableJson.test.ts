import { storableJson, storableJsonBytes, wellFormed } from '../../server/src/lib/storableJson';

describe('storableJson', () => {
  it('leaves JSON without NUL or lone surrogates as it is (the same string, not a copy)', () => {
    const json = JSON.stringify({ a: 'plain 🙂 text', b: [1, null, 'é'] });
    expect(storableJson(json)).toBe(json);
  });

  it('drops NUL characters and replaces lone surrogates with U+FFFD, keeping whole pairs', () => {
    const json = JSON.stringify({ s: 'a\u0000b', half: ['x\ud800', '\udc00y'], pair: '🙂', typed: 'c\\u0000d' });
    expect(JSON.parse(storableJson(json))).toEqual({
      s: 'ab',
      half: ['x\ufffd', '\ufffdy'],
      pair: '🙂',
      typed: 'c\\u0000d',
    });
  });

  it('encodes as UTF-8 bytes in a buffer of their own, which can be moved to another thread', () => {
    const bytes = storableJsonBytes(JSON.stringify({ half: 'é\ud800' }));
    expect(new TextDecoder().decode(bytes)).toBe('{"half":"é\ufffd"}');
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
    expect(bytes.byteLength).toBe(0);
    port1.close();
    port2.close();
  });

  it('wellFormed replaces only unpaired surrogates', () => {
    expect(wellFormed('a\ud83d\ude42b\ud83d')).toBe('a🙂b\ufffd');
  });
});
