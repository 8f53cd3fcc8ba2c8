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
  const v = resolved('', value);
  if (depth > 0 && isContainer(v)) yield* pieces(v, depth);
  else yield leaf(v) ?? 'null';
}

/** What JSON.stringify calls first: `toJSON` when the value has one. */
function resolved(key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return (value as { toJSON: (key: string) => unknown }).toJSON(key);
  return value;
}

/** An array or object JSON writes member by member (not Number, String or Boolean objects: their primitive). */
function isContainer(v: unknown): v is object {
  return v !== null && typeof v === 'object' && !(v instanceof Number || v instanceof String || v instanceof Boolean);
}

/** A resolved value written whole: undefined when JSON leaves it out (undefined, a function). */
function leaf(v: unknown): string | undefined {
  const text = JSON.stringify(v) as string | undefined;
  // Most text has no escape at all: one fast scan, and the closer look only when there is one.
  return text === undefined || !text.includes('\\u') ? text : storableJson(text);
}

function keyText(key: string): string {
  const text = JSON.stringify(key);
  return text.includes('\\u') ? JSON.stringify(wellFormed(key.replaceAll('\u0000', ''))) : text;
}

/**
 * A container's pieces, `depth` levels of it split. A member written whole shares its piece with the separator and
 * key before it: the pieces of a small snapshot are few, and it is serialised nearly as fast as in one go.
 */
function* pieces(v: object, depth: number): Generator<string, void, undefined> {
  const split = (item: unknown): item is object => depth > 1 && isContainer(item);
  if (Array.isArray(v)) {
    let sep = '[';
    for (let i = 0; i < v.length; i++) {
      const item = resolved(String(i), v[i]);
      if (split(item)) {
        yield sep;
        yield* pieces(item, depth - 1);
      } else yield sep + (leaf(item) ?? 'null');
      sep = ',';
    }
    yield sep === '[' ? '[]' : ']';
    return;
  }
  let sep = '{';
  for (const [key, item] of Object.entries(v)) {
    const r = resolved(key, item);
    if (split(r)) {
      yield `${sep}${keyText(key)}:`;
      yield* pieces(r, depth - 1);
    } else {
      const text = leaf(r);
      if (text === undefined) continue;
      yield `${sep}${keyText(key)}:${text}`;
    }
    sep = ',';
  }
  yield sep === '{' ? '{}' : '}';
}
