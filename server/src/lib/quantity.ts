/**
 * Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource), as the API server and
 * kubectl parse and print them: `100m`, `0.5`, `128Mi`, `1Gi`, `2e3`.
 *
 * A quantity is kept exactly as a count of nano-units in a bigint (Kubernetes rounds anything finer
 * than 1n up), plus the format it was written in, because the format decides how it prints back:
 * `1.5Gi` prints as `1536Mi`, `0.5` as `500m`, `2e3` stays `2e3`.
 */
export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface Quantity {
  /** The value times 10^9, rounded up (towards +infinity) as resource.Quantity does. */
  readonly nanos: bigint;
  readonly format: QuantityFormat;
}

const NANO = 1_000_000_000n;

const BINARY_SUFFIXES = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 } as const;
const DECIMAL_SUFFIXES = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 } as const;
const DECIMAL_BY_EXPONENT = new Map<number, string>(Object.entries(DECIMAL_SUFFIXES).map(([s, e]) => [e, s]));
const BINARY_BY_EXPONENT = new Map<number, string>(Object.entries(BINARY_SUFFIXES).map(([s, e]) => [e, s]));

/** The wording of resource.ErrFormatWrong, which the API server returns for a bad quantity. */
export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

const QUANTITY_RE = /^([+-]?)(\d*)(?:\.(\d*))?(?:(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)|[eE]([+-]?\d+))?$/;

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Divides rounding towards +infinity (resource.Quantity rounds up what it cannot represent). */
function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a > 0n ? q + 1n : q;
}

/** Parses a quantity string; throws an Error with resource.ErrFormatWrong's wording. */
export function parseQuantity(text: string): Quantity {
  const m = QUANTITY_RE.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) throw new Error(QUANTITY_FORMAT_ERROR);
  const [, sign = '', whole = '', frac = '', suffix, exp] = m;
  let digits = BigInt((whole || '0') + frac);
  if (sign === '-') digits = -digits;
  let format: QuantityFormat = 'DecimalSI';
  // value = digits * 10^-frac.length * multiplier; nanos = value * 10^9.
  let num = digits;
  let den = pow10(frac.length);
  if (exp !== undefined) {
    format = 'DecimalExponent';
    const e = Number(exp) + 9;
    if (Math.abs(e) > 60) throw new Error(QUANTITY_FORMAT_ERROR);
    if (e >= 0) num *= pow10(e);
    else den *= pow10(-e);
  } else if (suffix !== undefined && suffix in BINARY_SUFFIXES) {
    format = 'BinarySI';
    num *= (1n << BigInt(BINARY_SUFFIXES[suffix as keyof typeof BINARY_SUFFIXES])) * NANO;
  } else {
    const e = DECIMAL_SUFFIXES[(suffix ?? '') as keyof typeof DECIMAL_SUFFIXES] + 9;
    num *= pow10(e);
  }
  return { nanos: ceilDiv(num, den), format };
}

/** Like parseQuantity but returns undefined instead of throwing. */
export function tryParseQuantity(text: string): Quantity | undefined {
  try {
    return parseQuantity(text);
  } catch {
    return undefined;
  }
}

export function quantityFromMilli(milli: number, format: QuantityFormat = 'DecimalSI'): Quantity {
  return { nanos: BigInt(Math.round(milli)) * 1_000_000n, format };
}

export function quantityFromValue(value: number, format: QuantityFormat = 'DecimalSI'): Quantity {
  return { nanos: BigInt(Math.round(value)) * NANO, format };
}

/** The sum, in the first operand's format (the second's when the first is zero), as Quantity.Add. */
export function addQuantity(a: Quantity, b: Quantity): Quantity {
  return { nanos: a.nanos + b.nanos, format: a.nanos === 0n ? b.format : a.format };
}

export function subQuantity(a: Quantity, b: Quantity): Quantity {
  return { nanos: a.nanos - b.nanos, format: a.nanos === 0n ? b.format : a.format };
}

export function cmpQuantity(a: Quantity, b: Quantity): -1 | 0 | 1 {
  return a.nanos < b.nanos ? -1 : a.nanos > b.nanos ? 1 : 0;
}

/** Quantity.Value(): the integer value, rounded up. */
export function quantityValue(q: Quantity): number {
  return Number(ceilDiv(q.nanos, NANO));
}

/** Quantity.MilliValue(): the value in thousandths, rounded up. */
export function quantityMilliValue(q: Quantity): number {
  return Number(ceilDiv(q.nanos, 1_000_000n));
}

/** Removes factors of `base` from `n` (n > 0), returning what is left and how many were removed. */
function removeFactors(n: bigint, base: bigint): [bigint, number] {
  let count = 0;
  while (n !== 0n && n % base === 0n) {
    n /= base;
    count++;
  }
  return [n, count];
}

/** Quantity.String(): the canonical form kubectl and the API server print. */
export function formatQuantity(q: Quantity): string {
  const { nanos } = q;
  if (nanos === 0n) return '0';
  const negative = nanos < 0n;
  const abs = negative ? -nanos : nanos;
  const sign = negative ? '-' : '';
  let format = q.format;
  // Binary suffixes only fit integers of magnitude >= 1024; anything else prints as decimal SI.
  if (format === 'BinarySI' && (abs % NANO !== 0n || abs < 1024n * NANO)) format = 'DecimalSI';
  if (format === 'BinarySI') {
    const [mantissa, count] = removeFactors(abs / NANO, 1024n);
    const exp = Math.min(count, 6) * 10;
    const m = count > 6 ? mantissa * 1024n ** BigInt(count - 6) : mantissa;
    return `${sign}${m}${BINARY_BY_EXPONENT.get(exp) ?? ''}`;
  }
  // Decimal: mantissa * 10^exponent with the exponent a multiple of 3 (DecimalSI) and as large as possible.
  const [stripped, zeros] = removeFactors(abs, 10n);
  let exponent = zeros - 9;
  let mantissa = stripped;
  const rem = ((exponent % 3) + 3) % 3;
  mantissa *= pow10(rem);
  exponent -= rem;
  if (format === 'DecimalExponent') return exponent === 0 ? `${sign}${mantissa}` : `${sign}${mantissa}e${exponent}`;
  while (exponent > 18) {
    mantissa *= 1000n;
    exponent -= 3;
  }
  return `${sign}${mantissa}${DECIMAL_BY_EXPONENT.get(exponent) ?? ''}`;
}

/** Re-prints a quantity string canonically, or returns it unchanged when it does not parse. */
export function canonicalQuantity(text: string): string {
  const q = tryParseQuantity(text);
  return q ? formatQuantity(q) : text;
}
