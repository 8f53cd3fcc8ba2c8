/**
 * A small seeded random generator (sfc32) whose whole state is four integers, so a cluster's
 * randomness can be snapshotted and restored byte for byte. Pure layers never call Math.random.
 */
export type RngState = readonly [number, number, number, number];

/** The alphabet Kubernetes uses for generated name suffixes (k8s.io/apimachinery/pkg/util/rand). */
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex8 = (n: number) =>
  (HEX[(n >>> 24) & 255] ?? '') + (HEX[(n >>> 16) & 255] ?? '') + (HEX[(n >>> 8) & 255] ?? '') + (HEX[n & 255] ?? '');

const HEX_CODES = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
/** Character codes of the UUID being built (dashes fixed): one buffer, since building one never yields. */
const UUID_CODES: number[] = Array.from('00000000-0000-0000-0000-000000000000', (ch) => ch.charCodeAt(0));

/** Writes `digits` hex digits of `n` into UUID_CODES at `at`, most significant first. */
function hexInto(n: number, at: number, digits = 8): void {
  for (let i = digits - 1; i >= 0; i--) {
    UUID_CODES[at + i] = HEX_CODES[n & 15] as number;
    n >>>= 4;
  }
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(state: RngState) {
    [this.a, this.b, this.c, this.d] = state;
  }

  static fromSeed(seed: number): Rng {
    const rng = new Rng([0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0]);
    for (let i = 0; i < 12; i++) rng.nextUint32();
    return rng;
  }

  static fromState(state: RngState): Rng {
    return new Rng(state);
  }

  state(): RngState {
    return [this.a, this.b, this.c, this.d];
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A random suffix as Kubernetes generates them, e.g. `x7k2p` for `generateName`. */
  nameSuffix(length = 5): string {
    let out = '';
    for (let i = 0; i < length; i++) out += NAME_ALPHABET[this.int(NAME_ALPHABET.length)];
    return out;
  }

  /** Eight hex digits. */
  hex32(): string {
    return hex8(this.nextUint32());
  }

  /** A version-4 shaped UUID drawn from this generator. */
  uuid(): string {
    const a = this.nextUint32();
    const b = this.nextUint32();
    const c = this.nextUint32();
    const d = this.nextUint32();
    // Version nibble 4 and variant bits 10xx, as RFC 4122 random UUIDs have.
    const b2 = ((b & 0xffff0fff) | 0x4000) >>> 0;
    const c2 = ((c & 0x3fffffff) | 0x80000000) >>> 0;
    // One string from character codes: every object and event gets a uid, and concatenating 36
    // characters piece by piece allocated ten times the string's size.
    hexInto(a, 0);
    hexInto(b2 >>> 16, 9, 4);
    hexInto(b2 & 0xffff, 14, 4);
    hexInto(c2 >>> 16, 19, 4);
    hexInto(c2 & 0xffff, 24, 4);
    hexInto(d, 28);
    return String.fromCharCode.apply(null, UUID_CODES);
  }
}
