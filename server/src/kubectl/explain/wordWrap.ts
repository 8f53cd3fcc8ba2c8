/**
 * Word wrapping as kubectl's explain does it (github.com/mitchellh/go-wordwrap v1.0.1 WrapString, which kubectl's
 * term.NewWordWrapWriter calls): breaks only at white space, keeps existing line breaks, drops the spaces where it
 * breaks, and lets a word longer than the limit run past it. Widths count code points, as Go counts runes.
 */

/** Go's unicode.IsSpace, without the no-break space go-wordwrap excludes. */
const SPACE = /^[\t\n\v\f\r \u0085\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;

export function wrapString(text: string, limit: number): string {
  let out = '';
  let current = 0;
  let word = '';
  let wordLength = 0;
  let spaces = '';
  let spacesLength = 0;
  const flush = () => {
    current += spacesLength + wordLength;
    out += spaces + word;
    spaces = '';
    spacesLength = 0;
    word = '';
    wordLength = 0;
  };
  for (const char of text) {
    if (char === '\n') {
      if (wordLength === 0) {
        // Trailing spaces stay if they fit.
        if (current + spacesLength <= limit) out += spaces;
        spaces = '';
        spacesLength = 0;
      } else {
        flush();
      }
      out += char;
      current = 0;
    } else if (SPACE.test(char)) {
      if (spacesLength === 0 || wordLength > 0) flush();
      spaces += char;
      spacesLength++;
    } else {
      word += char;
      wordLength++;
      // The word no longer fits after the pending spaces: break before it (dropping them).
      if (current + wordLength + spacesLength > limit && wordLength < limit) {
        out += '\n';
        current = 0;
        spaces = '';
        spacesLength = 0;
      }
    }
  }
  if (wordLength === 0) {
    if (current + spacesLength <= limit) out += spaces;
  } else {
    out += spaces + word;
  }
  return out;
}
