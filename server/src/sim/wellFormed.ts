/**
 * Strings a cluster can store. A lone UTF-16 surrogate (`\ud800` typed or pasted alone) has no UTF-8
 * form: a snapshot holding one is JSON PostgreSQL refuses, and the whole lab becomes unsavable. The
 * real API server never sees one: Go's encoding/json decodes an unpaired `\ud800` escape (and encodes
 * invalid UTF-8) as U+FFFD, the replacement character; so the API server here replaces them too.
 */

/** Node 20 has ES2024's well-formed string methods; the compiler's ES2023 library does not know them. */
type Es2024String = string & { isWellFormed(): boolean; toWellFormed(): string };

/** `s` with every lone surrogate replaced by U+FFFD (`s` itself when it has none, the usual case). */
export function wellFormed(s: string): string {
  return (s as Es2024String).isWellFormed() ? s : (s as Es2024String).toWellFormed();
}

/** Makes every string (values and keys) of a JSON value well-formed, in place: for copies the caller owns. */
export function replaceLoneSurrogates(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') value[i] = wellFormed(item);
      else replaceLoneSurrogates(item);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item === 'string') {
      const fixed = wellFormed(item);
      if (fixed !== item) record[key] = fixed;
    } else replaceLoneSurrogates(item);
    const fixedKey = wellFormed(key);
    if (fixedKey !== key) {
      record[fixedKey] = record[key];
      delete record[key];
    }
  }
}
