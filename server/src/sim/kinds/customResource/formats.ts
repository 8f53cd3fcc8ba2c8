/**
 * String formats a CRD schema may name and kube-apiserver checks (apiextensions-apiserver pkg/apiserver/validation
 * formats.go keeps these; others are dropped), with kube-openapi's strfmt checks; and `pattern`, run on RE2 as Go's
 * regexp package runs it, in time linear in the input whatever pattern a student writes.
 */
import { RE2JS } from 're2js';

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const UUID3 = /^[0-9a-f]{8}-?[0-9a-f]{4}-?3[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const UUID4 = /^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i;
const UUID5 = /^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/;
const DURATION = /^(\d+(\.\d*)?|\.\d+)\s*[A-Za-zµ]+(\s*(\d+(\.\d*)?|\.\d+)\s*[A-Za-zµ]+)*$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const MAC = /^([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}$|^([0-9a-fA-F]{4}\.){2}[0-9a-fA-F]{4}$/;
const HOSTNAME_LABEL = /^[\p{L}\p{S}a-zA-Z0-9]([\p{L}\p{S}a-zA-Z0-9-]{0,61}[\p{L}\p{S}a-zA-Z0-9])?$/u;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/;
const HEX_COLOR = /^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const RGB_COLOR =
  /^rgb\(\s*(0|[1-9]\d?|1\d\d?|2[0-4]\d|25[0-5])\s*,\s*(0|[1-9]\d?|1\d\d?|2[0-4]\d|25[0-5])\s*,\s*(0|[1-9]\d?|1\d\d?|2[0-4]\d|25[0-5])\s*\)$/;
const SSN = /^\d{3}[- ]?\d{2}[- ]?\d{4}$/;
const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+$/;
const BSON_ID = /^[0-9a-fA-F]{24}$/;

function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function validIPv6(s: string): boolean {
  if (!s.includes(':') || !/^[0-9a-fA-F:.]+$/.test(s)) return false;
  try {
    return new URL(`http://[${s}]/`).hostname.length > 0;
  } catch {
    return false;
  }
}

function validCidr(s: string): boolean {
  const [ip, bits, extra] = s.split('/');
  if (ip === undefined || bits === undefined || extra !== undefined || !/^\d{1,3}$/.test(bits)) return false;
  const max = IPV4.test(ip) ? 32 : validIPv6(ip) ? 128 : -1;
  return max >= 0 && Number(bits) <= max;
}

function validHostname(s: string): boolean {
  if (s.length > 255) return false;
  const labels = s.split('.');
  if (!labels.every((l) => HOSTNAME_LABEL.test(l))) return false;
  return labels.length === 1 || /^[\p{L}a-zA-Z]{2,63}$/u.test(labels[labels.length - 1] ?? '');
}

function validIsbn10(s: string): boolean {
  const d = s.replace(/[\s-]/g, '');
  if (!/^\d{9}[\dX]$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (10 - i) * (d[i] === 'X' ? 10 : Number(d[i]));
  return sum % 11 === 0;
}

function validIsbn13(s: string): boolean {
  const d = s.replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(d[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === Number(d[12]);
}

function luhn(s: string): boolean {
  const d = s.replace(/\D/g, '');
  if (d.length < 12 || d.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    sum += n;
  }
  return sum % 10 === 0;
}

function validUri(s: string): boolean {
  if (s.startsWith('/')) return true;
  try {
    return new URL(s).protocol.length > 1;
  } catch {
    return false;
  }
}

/** The checks by format name, normalised as go-openapi's registry does (`date-time` is `datetime`). */
const FORMATS: ReadonlyMap<string, (s: string) => boolean> = new Map<string, (s: string) => boolean>([
  ['bsonobjectid', (s) => BSON_ID.test(s)],
  ['uri', validUri],
  ['email', (s) => EMAIL.test(s)],
  ['hostname', validHostname],
  ['ipv4', (s) => IPV4.test(s)],
  ['ipv6', validIPv6],
  ['cidr', validCidr],
  ['mac', (s) => MAC.test(s)],
  ['uuid', (s) => UUID.test(s)],
  ['uuid3', (s) => UUID3.test(s)],
  ['uuid4', (s) => UUID4.test(s)],
  ['uuid5', (s) => UUID5.test(s)],
  ['isbn', (s) => validIsbn10(s) || validIsbn13(s)],
  ['isbn10', validIsbn10],
  ['isbn13', validIsbn13],
  ['creditcard', luhn],
  ['ssn', (s) => SSN.test(s)],
  ['hexcolor', (s) => HEX_COLOR.test(s)],
  ['rgbcolor', (s) => RGB_COLOR.test(s)],
  ['byte', (s) => BASE64.test(s)],
  ['password', () => true],
  ['date', validDate],
  ['duration', (s) => DURATION.test(s)],
  ['datetime', (s) => DATE_TIME.test(s) && validDate(s.slice(0, 10))],
]);

/** The check of a format kube-apiserver keeps, or undefined (int32, int64, float… are dropped: no check). */
export function formatCheck(format: string | undefined): ((s: string) => boolean) | undefined {
  return format ? FORMATS.get(format.replaceAll('-', '').toLowerCase()) : undefined;
}

const MAX_CACHED = 256;
const compiled = new Map<string, RE2JS | string>();

/** Go's regexp.MatchString (unanchored) on RE2; a pattern RE2 refuses gives Go's error text instead. */
export function matchPattern(pattern: string, value: string): boolean | string {
  let re = compiled.get(pattern);
  if (re === undefined) {
    try {
      re = RE2JS.compile(pattern);
    } catch (err) {
      re = err instanceof Error ? err.message : String(err);
    }
    // Bounded: every student's CRDs share the process.
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(pattern, re);
  }
  return typeof re === 'string' ? re : re.test(value);
}
