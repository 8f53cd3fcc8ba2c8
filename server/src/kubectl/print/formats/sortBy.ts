/**
 * `--sort-by=<jsonpath>` (kubectl/pkg/cmd/get/sorter.go): a stable sort on the first value the
 * path yields; numbers numerically, strings in natural order, objects without the field first.
 */
import { evaluateJsonPath, JsonPathError, parseJsonPath, relaxedJsonPath } from '../../../lib/jsonpath.js';
import type { KubeObject } from '../types.js';
import { PrintError } from './errors.js';

/** github.com/fvbommel/sortorder NaturalLess: digit runs compare by value. */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a[i]!;
    const cb = b[j]!;
    const da = ca >= '0' && ca <= '9';
    const db = cb >= '0' && cb <= '9';
    if (da && db) {
      let ia = i;
      let jb = j;
      while (ia < a.length && a[ia] === '0') ia++;
      while (jb < b.length && b[jb] === '0') jb++;
      let ea = ia;
      let eb = jb;
      while (ea < a.length && a[ea]! >= '0' && a[ea]! <= '9') ea++;
      while (eb < b.length && b[eb]! >= '0' && b[eb]! <= '9') eb++;
      const na = a.slice(ia, ea);
      const nb = b.slice(jb, eb);
      if (na.length !== nb.length) return na.length < nb.length;
      if (na !== nb) return na < nb;
      // Equal values: fewer leading zeros first.
      if (ia - i !== jb - j) return ia - i < jb - j;
      i = ea;
      j = eb;
      continue;
    }
    if (ca !== cb) return ca < cb;
    i++;
    j++;
  }
  return a.length - i < b.length - j;
}

function less(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return naturalLess(a, b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b;
  return false;
}

/** The path kubectl reports for `--sort-by`, e.g. `{.metadata.name}` for `.metadata.name`. */
export function sortPath(sortBy: string): string {
  try {
    return relaxedJsonPath(sortBy);
  } catch (e) {
    throw new PrintError((e as Error).message);
  }
}

/** Whether no object has the field `--sort-by` names (then kubectl's table sorter lists nothing). */
export function sortFieldMissing(objects: readonly KubeObject[], sortBy: string): boolean {
  try {
    return objects.length > 0 && sortKeys(objects, sortBy).keys.every((k) => k === undefined);
  } catch (e) {
    // A path that does not parse is the printer's error to report, in its words (sortObjects).
    if (e instanceof PrintError) return false;
    throw e;
  }
}

function sortKeys(objects: readonly KubeObject[], sortBy: string): { field: string; keys: unknown[] } {
  let field: string;
  let template: ReturnType<typeof parseJsonPath>;
  try {
    field = relaxedJsonPath(sortBy);
    template = parseJsonPath(field);
  } catch (e) {
    throw new PrintError((e as Error).message);
  }
  const keys = objects.map((o) => {
    try {
      const r = evaluateJsonPath(template, o, { allowMissingKeys: true });
      return r[0]?.[0];
    } catch (e) {
      if (e instanceof JsonPathError) return undefined;
      throw e;
    }
  });
  return { field, keys };
}

/** Sorts a copy of `objects`; throws PrintError with kubectl's wording. */
export function sortObjects(objects: readonly KubeObject[], sortBy: string): KubeObject[] {
  const { field, keys } = sortKeys(objects, sortBy);
  if (objects.length > 0 && keys.every((k) => k === undefined)) {
    throw new PrintError(`couldn't find any field with path "${field}" in the list of objects`);
  }
  const idx = objects.map((_o, i) => i);
  idx.sort((x, y) => {
    const a = keys[x];
    const b = keys[y];
    if (a === undefined && b === undefined) return x - y;
    if (a === undefined) return -1;
    if (b === undefined) return 1;
    if (less(a, b)) return -1;
    if (less(b, a)) return 1;
    return x - y;
  });
  return idx.map((i) => objects[i]!);
}
