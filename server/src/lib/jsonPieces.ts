/**
 * JSON.stringify's text for a value, as a sequence of pieces: the containers of its first levels are written a
 * member at a time, and what lies deeper by JSON.stringify itself. A caller can stop between pieces (a sandbox worker
 * serialises an 8 MB checkpoint a few milliseconds at a time, so its other students' keystrokes are not held up).
 * The value must not change until the last piece is taken; snapshots share only objects that are never mutated.
 *
 * Every piece is storable (lib/storableJson): no NUL, no lone surrogates, in keys or values.
 */
import { storableJson, wellFormed } from './storableJson.js';

/** Containers this many levels deep are written a member at a time (a cluster's objects sit at level 3). */
const SPLIT_DEPTH = 3;

export function* jsonPieces(value: unknown, depth = SPLIT_DEPTH): Generator<string, void, undefined> {
  const written = yield* write(resolved('', value), depth);
  if (!written) yield 'null';
}

/** What JSON.stringify calls first: `toJSON` when the value has one. */
function resolved(key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return (value as { toJSON: (key: string) => unknown }).toJSON(key);
  return value;
}

/** Yields the pieces of a resolved value; returns false, yielding nothing, when JSON leaves it out (undefined …). */
function* write(v: unknown, depth: number): Generator<string, boolean, undefined> {
  if (depth > 0 && v !== null && typeof v === 'object' && !isBoxed(v)) {
    if (Array.isArray(v)) {
      yield '[';
      for (let i = 0; i < v.length; i++) {
        if (i > 0) yield ',';
        if (!(yield* write(resolved(String(i), v[i]), depth - 1))) yield 'null';
      }
      yield ']';
      return true;
    }
    yield '{';
    let first = true;
    for (const [key, item] of Object.entries(v)) {
      const r = resolved(key, item);
      if (r === undefined || typeof r === 'function' || typeof r === 'symbol') continue;
      yield `${first ? '' : ','}${JSON.stringify(wellFormed(key.replaceAll('\u0000', '')))}:`;
      first = false;
      yield* write(r, depth - 1);
    }
    yield '}';
    return true;
  }
  const text = JSON.stringify(v) as string | undefined;
  if (text === undefined) return false;
  yield storableJson(text);
  return true;
}

/** Number, String and Boolean objects: JSON.stringify writes their primitive value. */
function isBoxed(v: object): boolean {
  return v instanceof Number || v instanceof String || v instanceof Boolean;
}
