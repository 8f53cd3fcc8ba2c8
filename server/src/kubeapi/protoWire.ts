/**
 * A bounds-checked reader of the protobuf wire format (varints and length-delimited values), for untrusted bodies:
 * every read checks the end of its slice, so malformed input throws instead of reading past it.
 */

export const WireType = { Varint: 0, LengthDelimited: 2 } as const;

export class ProtoWireError extends Error {}

export class WireReader {
  private pos: number;

  constructor(
    private readonly buf: Uint8Array,
    start = 0,
    private readonly end = buf.length,
  ) {
    this.pos = start;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  /** A varint as a 64-bit two's complement value (negative int32s are sent sign-extended to ten bytes). */
  varint(): bigint {
    let result = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (this.pos >= this.end) throw new ProtoWireError('truncated varint');
      const byte = this.buf[this.pos++] ?? 0;
      result |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) return BigInt.asUintN(64, result);
    }
    throw new ProtoWireError('varint longer than 10 bytes');
  }

  /** A field key: its number and wire type. */
  key(): { field: number; wire: number } {
    const key = this.varint();
    const field = Number(key >> 3n);
    if (field < 1 || field > 536870911) throw new ProtoWireError(`invalid field number ${field}`);
    return { field, wire: Number(key & 7n) };
  }

  /** The bounds of a length-delimited value, skipping over it. */
  delimited(): { start: number; end: number } {
    const length = this.varint();
    if (length > BigInt(this.end - this.pos)) throw new ProtoWireError('length-delimited value runs past its end');
    const start = this.pos;
    this.pos += Number(length);
    return { start, end: this.pos };
  }

  bytes(): Uint8Array {
    const { start, end } = this.delimited();
    return this.buf.subarray(start, end);
  }
}
