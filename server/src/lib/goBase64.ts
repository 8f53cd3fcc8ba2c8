/**
 * Where Go's `base64.StdEncoding.Decode` fails on a text, as its `CorruptInputError` reports it
 * (`illegal base64 data at input byte N`): the API server decodes `[]byte` fields (a Secret's data, a caBundle)
 * with it. Line breaks are skipped as Go skips them; offsets count UTF-8 bytes.
 */
const ALPHABET = /[A-Za-z0-9+/]/;
const isBreak = (b: number | undefined) => b === 0x0a || b === 0x0d;

/** The byte offset Go's decoder reports, or undefined when the text decodes. */
export function goBase64ErrorOffset(text: string): number | undefined {
  const src = Buffer.from(text, 'utf8');
  let si = 0;
  while (si < src.length) {
    const r = quantum(src, si);
    if (r.error !== undefined) return r.error;
    if (r.next === si) break;
    si = r.next;
  }
  return undefined;
}

/** One 4-character quantum from `si` (encoding/base64 decodeQuantum, padding required). */
function quantum(src: Buffer, start: number): { next: number; error?: number } {
  let si = start;
  for (let j = 0; j < 4; j++) {
    if (si === src.length) return j === 0 ? { next: si } : { next: si, error: si - j };
    const b = src[si] ?? 0;
    si++;
    if (b < 0x80 && ALPHABET.test(String.fromCharCode(b))) continue;
    if (isBreak(b)) {
      j--;
      continue;
    }
    if (b !== 0x3d) return { next: si, error: si - 1 };
    // Padding: `=` ends the data, and only after two or three characters.
    if (j < 2) return { next: si, error: si - 1 };
    if (j === 2) {
      while (isBreak(src[si])) si++;
      if (si === src.length) return { next: si, error: src.length };
      if (src[si] !== 0x3d) return { next: si, error: si - 1 };
      si++;
    }
    while (isBreak(src[si])) si++;
    return si < src.length ? { next: si, error: si } : { next: si };
  }
  return { next: si };
}
