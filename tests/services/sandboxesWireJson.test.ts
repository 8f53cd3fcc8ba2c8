import { WIRE_BYTES_FROM_CHARS, jsonInSlices, wireJson } from '../../server/src/services/sandboxesWireJson';

const decode = (json: string | Uint8Array) => (typeof json === 'string' ? json : new TextDecoder().decode(json));

/** A cluster near its storage quota: eight ConfigMaps of 1 MB. */
const bigCluster = {
  version: 1,
  objects: {
    configmaps: Array.from({ length: 8 }, (_, i) => ({
      metadata: { name: `c${i}` },
      data: { big: 'é'.repeat(1 << 20) },
    })),
    pods: Array.from({ length: 2000 }, (_, i) => ({ metadata: { name: `p${i}`, labels: { app: 'web' } } })),
  },
};

describe('the JSON text of checkpoints and journal entries', () => {
  it('is a string when small, and storable UTF-8 bytes in a buffer of their own when large', async () => {
    expect(await jsonInSlices({ version: 1, objects: {} })).toBe('{"version":1,"objects":{}}');
    const bytes = await jsonInSlices({ ...bigCluster, note: 'half an emoji \ud800' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect((bytes as Uint8Array).buffer.byteLength).toBe((bytes as Uint8Array).byteLength);
    expect(JSON.parse(decode(bytes))).toEqual({ ...bigCluster, note: 'half an emoji \ufffd' });
  });

  it('lets the event loop turn while a large value is serialised', async () => {
    let turned = false;
    setImmediate(() => (turned = true));
    // Serialised in one go, it would end (a chain of promise jobs) before any callback of the event loop ran.
    await jsonInSlices(bigCluster);
    expect(turned).toBe(true);
  });

  it('crosses to the main thread as text when small, as moved bytes when large', () => {
    const transfer: ArrayBuffer[] = [];
    expect(wireJson('{"kind":"delta"}', transfer)).toBe('{"kind":"delta"}');
    expect(transfer).toEqual([]);
    const large = JSON.stringify({ kind: 'delta', put: ['x'.repeat(WIRE_BYTES_FROM_CHARS)] });
    const bytes = wireJson(large, transfer);
    expect(decode(bytes)).toBe(large);
    const serialised = new TextEncoder().encode('{"kind":"full"}');
    expect(wireJson(serialised, transfer)).toBe(serialised);
    expect(transfer).toEqual([(bytes as Uint8Array).buffer, serialised.buffer]);
  });
});
