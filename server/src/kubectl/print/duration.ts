/**
 * Durations as kubectl prints them: a port of k8s.io/apimachinery/pkg/util/duration
 * (HumanDuration for AGE and friends, ShortHumanDuration) and of the printers'
 * translateTimestampSince. Durations are in milliseconds; Go works in nanoseconds and truncates
 * towards zero, which Math.trunc reproduces.
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export function shortHumanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  // Up to two seconds in the future is tolerated as clock skew and reads as now.
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.trunc(ms / HOUR);
  if (hours < 24) return `${hours}h`;
  if (hours < 24 * 365) return `${Math.trunc(hours / 24)}d`;
  return `${Math.trunc(hours / 24 / 365)}y`;
}

export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(ms / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    const y = Math.trunc(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}

function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The API server's own form, `2024-05-01T12:00:00Z` (optionally with fractional seconds), parsed by
 * hand: every table row has a timestamp or two, and Date.parse is the slowest part of a row.
 */
function parseUtcFast(ts: string): number | undefined {
  if (ts.length < 20 || ts.charCodeAt(4) !== 45 || ts.charCodeAt(10) !== 84 || ts.charCodeAt(ts.length - 1) !== 90) {
    return undefined;
  }
  const y = digits(ts, 0, 4);
  const mo = digits(ts, 5, 2);
  const d = digits(ts, 8, 2);
  const h = digits(ts, 11, 2);
  const mi = digits(ts, 14, 2);
  const s = digits(ts, 17, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60)
    return undefined;
  let ms = 0;
  if (ts.length > 20) {
    if (ts.charCodeAt(19) !== 46) return undefined;
    const frac = ts.slice(20, -1);
    const f = digits(frac, 0, Math.min(frac.length, 3));
    if (f < 0 || digits(frac, 0, frac.length) < 0) return undefined;
    ms = frac.length >= 3 ? f : f * (frac.length === 1 ? 100 : 10);
  }
  return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000 + s * 1000 + ms;
}

/**
 * Parsed timestamps, keyed by their text: objects keep their timestamps for their whole life, so a
 * table printed again (watch, every `get`) finds them here. Bounded; no effect but speed.
 */
const parsed = new Map<string, number>();
const PARSED_MAX = 8192;

/** Parses an RFC 3339 timestamp to epoch ms; undefined when missing or unparsable (Go's zero time). */
export function parseTimestamp(ts: string | undefined | null): number | undefined {
  if (!ts) return undefined;
  const hit = parsed.get(ts);
  if (hit !== undefined) return hit;
  let t = parseUtcFast(ts);
  if (t === undefined) {
    t = Date.parse(ts);
    if (Number.isNaN(t)) return undefined;
  }
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(ts, t);
  return t;
}

/** translateTimestampSince: `<unknown>` for a zero (missing) timestamp, else HumanDuration(now - ts). */
export function translateTimestampSince(ts: string | undefined | null, now: number): string {
  return durationSince(parseTimestamp(ts), now);
}

/** The last duration formatted: a table's rows were mostly created in the same second. */
let lastAge = { ms: NaN, text: '' };

/** The same for a timestamp already parsed (epoch ms; undefined for Go's zero time). */
export function durationSince(t: number | undefined, now: number): string {
  if (t === undefined) return '<unknown>';
  const ms = now - t;
  if (ms !== lastAge.ms) lastAge = { ms, text: humanDuration(ms) };
  return lastAge.text;
}

/** translateTimestampUntil: HumanDuration(ts - now). */
export function translateTimestampUntil(ts: string | undefined | null, now: number): string {
  const t = parseTimestamp(ts);
  return t === undefined ? '<unknown>' : humanDuration(t - now);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Go's time.RFC1123Z layout ("Mon, 02 Jan 2006 15:04:05 -0700") as `kubectl describe` prints it.
 * The simulated cluster runs in UTC, so the zone is always +0000. A missing time is Go's zero time.
 */
export function formatRFC1123Z(ts: string | undefined | null): string {
  const t = parseTimestamp(ts);
  if (t === undefined) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  const d = new Date(t);
  return `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`;
}
