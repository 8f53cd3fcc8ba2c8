/**
 * Equality of JSON documents: what `JSON.stringify(a) === JSON.stringify(b)` means, without the
 * strings. Members whose value is undefined count as absent (JSON drops them) and key order does
 * not matter (the API server does not keep it), so it answers "would both serialise to the same
 * object". Libraries such as fast-deep-equal count an undefined member as a difference, which would
 * make a controller's no-op write look like a change.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // NaN and ±Infinity serialise as null.
    return typeof a === 'number' && typeof b === 'number' && !Number.isFinite(a) && !Number.isFinite(b);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i] ?? null, b[i] ?? null)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const key in x) {
    const v = x[key];
    if (v === undefined) continue;
    defined++;
    if (!jsonEqual(v, y[key])) return false;
  }
  for (const key in y) if (y[key] !== undefined) defined--;
  return defined === 0;
}

/**
 * Go's json.Indent(dst, src, "", indent): the text re-laid out token for token (strings and numbers as written),
 * `{}` and `[]` kept empty, leading blanks dropped and trailing ones kept. `src` must be valid JSON.
 */
export function indentJson(src: string, indent: string): string {
  const body = src.trimStart();
  const end = body.trimEnd().length;
  let out = '';
  let depth = 0;
  const newline = () => `\n${indent.repeat(depth)}`;
  for (let i = 0; i < end; i++) {
    const c = body[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < end && body[j] !== '"') j += body[j] === '\\' ? 2 : 1;
      out += body.slice(i, j + 1);
      i = j;
    } else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      let j = i + 1;
      while (j < end && /\s/.test(body[j]!)) j++;
      if (body[j] === close) {
        out += c + close;
        i = j;
      } else {
        depth++;
        out += c + newline();
      }
    } else if (c === '}' || c === ']') {
      depth--;
      out += newline() + c;
    } else if (c === ',') out += `,${newline()}`;
    else if (c === ':') out += ': ';
    else if (!/\s/.test(c)) out += c;
  }
  return out + body.slice(end);
}
