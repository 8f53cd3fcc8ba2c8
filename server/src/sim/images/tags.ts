/**
 * Which tags an image has: its literal tags, and its version ranges (`1.27.0-3`: 1.27.0 to 1.27.3,
 * plus `1.27` and `1` unless the registry publishes only full versions), each alone or with a variant
 * suffix (`1.27.3-alpine`, `alpine`). Expanded once, when the catalogue loads.
 */
import type { ImageFacts } from './facts.js';

function expandRange(range: string): string[] {
  const m = /^(v?[\d.]*?)(\d+)-(\d+)$/.exec(range);
  if (!m) return [range];
  const [, prefix = '', from = '0', to = '0'] = m;
  const out: string[] = [];
  for (let n = Number(from); n <= Number(to); n++) out.push(`${prefix}${n}`);
  return out;
}

/** `1.27.3` → `1.27`, `1` (the moving tags Docker Hub's official images publish). */
function shortForms(version: string): string[] {
  const parts = version.split('.');
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join('.'));
  return out;
}

export function expandTags(facts: ImageFacts): ReadonlySet<string> {
  const tags = new Set(facts.tags);
  const bases = new Set<string>();
  for (const range of facts.versions)
    for (const v of expandRange(range)) {
      bases.add(v);
      if (facts.shortTags) for (const s of shortForms(v)) bases.add(s);
    }
  for (const b of bases) {
    tags.add(b);
    for (const variant of facts.variants) tags.add(`${b}-${variant}`);
  }
  for (const variant of facts.variants) tags.add(variant);
  return tags;
}

/** The variant a tag belongs to (`1.27-alpine-perl` → `alpine`), among those with facts of their own. */
export function variantOf(facts: ImageFacts, tag: string): string | undefined {
  const dashed = `-${tag}-`;
  const segments = tag.split('-');
  return Object.keys(facts.variantFacts).find(
    (k) => dashed.includes(`-${k}-`) || segments.some((s) => s.startsWith(k) && /^\d/.test(s.slice(k.length))),
  );
}

/**
 * The version a tag names: itself when it is a full version (`1.14.2-alpine` → `1.14.2`), the newest
 * it moves with when shorter (`1.26` → `1.26.2`), else the image's current version (`latest`).
 */
export function versionOf(facts: ImageFacts, tags: ReadonlySet<string>, tag: string): string | undefined {
  const named = /^v?(\d+(?:\.\d+)*)(?:-|$)/.exec(tag)?.[1];
  const current = facts.current;
  if (named === undefined || current === undefined) return current;
  const depth = current.split('.').length;
  if (named.split('.').length >= depth) return named;
  if (current.startsWith(`${named}.`)) return current;
  const numeric = (v: string) => v.split('.').map(Number);
  let best: string | undefined;
  for (const t of tags) {
    if (!t.startsWith(`${named}.`) || !/^[\d.]+$/.test(t) || t.split('.').length !== depth) continue;
    if (!best || compare(numeric(t), numeric(best)) > 0) best = t;
  }
  return best ?? current;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
