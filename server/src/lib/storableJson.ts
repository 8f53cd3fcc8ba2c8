/**
 * JSON text as PostgreSQL can store it and read it back. Its `json` type takes any escape, but reading inside a value
 * (`->`, as the dashboard does) fails on an escaped NUL or lone surrogate, and text columns hold neither. A terminal
 * never needs either, yet a half-typed emoji leaves a lone surrogate: NULs are dropped and lone surrogates become
 * U+FFFD, so a save can never fail on them.
 */

/** Lone surrogates → U+FFFD (String.prototype.toWellFormed, which ES2023's typings lack). */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * `json` without NUL or lone-surrogate escapes. JSON.stringify writes a lone surrogate as an escape and a pair as
 * itself, so a scan for the escapes finds them all (a literal backslash before `u0000` is a rare false alarm that
 * only costs a re-serialisation).
 */
export function storableJson(json: string): string {
  if (!json.includes('\\u0000') && !/\\ud[89a-f]/i.test(json)) return json;
  return JSON.stringify(JSON.parse(json), (_key, v: unknown) =>
    typeof v === 'string' ? wellFormed(v.replaceAll('\u0000', '')) : v,
  );
}

const encoder = new TextEncoder();

/**
 * `storableJson` as UTF-8 bytes in a buffer of their own: a sandbox worker hands large snapshots and journal entries
 * to the main thread this way, moving the buffer instead of copying a string onto the heap every student shares.
 */
export function storableJsonBytes(json: string): Uint8Array {
  return encoder.encode(storableJson(json));
}
