// The server side of a SPDY/3.1 connection, as kubectl's port-forward speaks it (moby/spdystream, inside a WebSocket
// or after an `Upgrade: SPDY/3.1`): streams the client opens, their data and ends, pings. Only what that client sends
// is handled: it does no flow control (no WINDOW_UPDATE is needed or sent), so neither does this. Header blocks are
// zlib streams with the SPDY/3 dictionary, one per direction for the whole connection. No npm package here keeps
// SPDY/3 alive (spdy-transport was last published in 2018 and enforces windows spdystream never opens), hence this.
import { constants, createDeflate, createInflate, type Deflate, type Inflate } from 'node:zlib';
import { SPDY3_DICTIONARY } from './spdyDictionary.js';

const CONTROL = 0x80;
const SYN_STREAM = 1;
const SYN_REPLY = 2;
const RST_STREAM = 3;
const PING = 6;
const GOAWAY = 7;
const HEADERS = 8;
const FLAG_FIN = 0x01;
const RST_CANCEL = 5;
/** Largest frame accepted, and the size data is sent in. */
const MAX_FRAME = 1024 * 1024;
const SEND_CHUNK = 32 * 1024;
/** A header block may not inflate past this (a zlib bomb is refused, not inflated). */
const MAX_HEADERS = 64 * 1024;
const MAX_STREAMS = 64;

export interface SpdyStream {
  readonly id: number;
  /** Header names in lower case. */
  readonly headers: ReadonlyMap<string, string>;
  write(data: Uint8Array): void;
  /** Half-closes our side (DATA with FIN). */
  end(): void;
  reset(): void;
  onData?: (data: Buffer) => void;
  onEnd?: () => void;
  onReset?: () => void;
}

/** Runs `input` through a zlib stream and returns what it gave up to a sync flush (the stream's state carries on). */
function zlibStep(stream: Inflate | Deflate, input: Buffer, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
    };
    const onError = (err: Error) => {
      stream.off('data', onData);
      reject(err);
    };
    stream.on('data', onData);
    stream.once('error', onError);
    stream.write(input);
    stream.flush(constants.Z_SYNC_FLUSH, () => {
      stream.off('data', onData);
      stream.off('error', onError);
      if (size > limit) reject(new Error('header block too large'));
      else resolve(Buffer.concat(chunks));
    });
  });
}

function parseHeaderBlock(block: Buffer): Map<string, string> {
  const headers = new Map<string, string>();
  let at = 4;
  const count = block.readUInt32BE(0);
  for (let i = 0; i < count && at < block.length; i++) {
    const nameLength = block.readUInt32BE(at);
    const name = block.toString('utf8', at + 4, at + 4 + nameLength);
    at += 4 + nameLength;
    const valueLength = block.readUInt32BE(at);
    headers.set(name.toLowerCase(), block.toString('utf8', at + 4, at + 4 + valueLength));
    at += 4 + valueLength;
  }
  return headers;
}

function controlFrame(type: number, flags: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt16BE(0x8003, 0);
  head.writeUInt16BE(type, 2);
  head.writeUInt32BE(payload.length, 4);
  head[4] = flags;
  return Buffer.concat([head, payload]);
}

function dataFrame(id: number, flags: number, payload: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(id & 0x7fffffff, 0);
  head.writeUInt32BE(payload.length, 4);
  head[4] = flags;
  return Buffer.concat([head, payload]);
}

export class SpdySession {
  private pending: Buffer = Buffer.alloc(0);
  private readonly inflate = createInflate({ dictionary: SPDY3_DICTIONARY });
  private readonly deflate = createDeflate({ dictionary: SPDY3_DICTIONARY });
  /** Frames are handled, and frames sent, strictly in order (header blocks inflate and deflate asynchronously). */
  private incoming: Promise<void> = Promise.resolve();
  private outgoing: Promise<void> = Promise.resolve();
  private readonly streams = new Map<number, SpdyStream>();
  private closed = false;

  constructor(
    private readonly send: (bytes: Buffer) => void,
    private readonly onStream: (stream: SpdyStream) => void,
    private readonly onClose: () => void,
  ) {
    this.inflate.on('error', () => this.close());
    this.deflate.on('error', () => this.close());
  }

  /** Bytes from the client. */
  feed(chunk: Buffer): void {
    if (this.closed) return;
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (this.pending.length >= 8) {
      const length = this.pending.readUInt32BE(4) & 0xffffff;
      if (length > MAX_FRAME) return this.close();
      if (this.pending.length < 8 + length) return;
      const frame = this.pending.subarray(0, 8 + length);
      this.pending = this.pending.subarray(8 + length);
      this.incoming = this.incoming.then(() => this.handle(frame)).catch(() => this.close());
    }
  }

  /** The connection is gone (or must go): every stream is reset. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const stream of this.streams.values()) stream.onReset?.();
    this.streams.clear();
    this.inflate.close();
    this.deflate.close();
    this.onClose();
  }

  private queue(frame: () => Buffer | Promise<Buffer>): void {
    this.outgoing = this.outgoing
      .then(async () => {
        const bytes = await frame();
        if (!this.closed) this.send(bytes);
      })
      .catch(() => this.close());
  }

  private async handle(frame: Buffer): Promise<void> {
    if (this.closed) return;
    const flags = frame[4]!;
    const payload = frame.subarray(8);
    if ((frame[0]! & CONTROL) === 0) {
      const stream = this.streams.get(frame.readUInt32BE(0) & 0x7fffffff);
      if (!stream) return;
      if (payload.length > 0) stream.onData?.(Buffer.from(payload));
      if (flags & FLAG_FIN) stream.onEnd?.();
      return;
    }
    const type = frame.readUInt16BE(2);
    switch (type) {
      case SYN_STREAM: {
        const id = payload.readUInt32BE(0) & 0x7fffffff;
        const headers = parseHeaderBlock(await zlibStep(this.inflate, payload.subarray(10), MAX_HEADERS));
        const stream = this.stream(id, headers);
        if (this.streams.size >= MAX_STREAMS) return stream.reset();
        this.streams.set(id, stream);
        // Every stream is answered with an empty SYN_REPLY before any data (spdystream drops data before it).
        this.queue(async () => {
          const block = await zlibStep(this.deflate, Buffer.alloc(4), MAX_HEADERS);
          const head = Buffer.alloc(4);
          head.writeUInt32BE(id, 0);
          return controlFrame(SYN_REPLY, 0, Buffer.concat([head, block]));
        });
        if (flags & FLAG_FIN) stream.onEnd?.();
        this.onStream(stream);
        return;
      }
      case HEADERS:
        // Inflated only to keep the header stream in step.
        await zlibStep(this.inflate, payload.subarray(4), MAX_HEADERS);
        return;
      case RST_STREAM: {
        const id = payload.readUInt32BE(0) & 0x7fffffff;
        const stream = this.streams.get(id);
        this.streams.delete(id);
        stream?.onReset?.();
        return;
      }
      case PING:
        this.queue(() => Buffer.from(frame));
        return;
      case GOAWAY:
        this.close();
        return;
      default:
        // SETTINGS, WINDOW_UPDATE, NOOP: nothing to do for this client.
        return;
    }
  }

  private stream(id: number, headers: Map<string, string>): SpdyStream {
    let ended = false;
    return {
      id,
      headers,
      write: (data) => {
        if (ended) return;
        for (let at = 0; at < data.length; at += SEND_CHUNK) {
          const part = data.subarray(at, at + SEND_CHUNK);
          this.queue(() => dataFrame(id, 0, part));
        }
      },
      end: () => {
        if (ended) return;
        ended = true;
        this.queue(() => dataFrame(id, FLAG_FIN, new Uint8Array(0)));
      },
      reset: () => {
        if (!this.closed && ended && !this.streams.has(id)) return;
        ended = true;
        this.streams.delete(id);
        const body = Buffer.alloc(8);
        body.writeUInt32BE(id, 0);
        body.writeUInt32BE(RST_CANCEL, 4);
        this.queue(() => controlFrame(RST_STREAM, 0, body));
      },
    };
  }
}
