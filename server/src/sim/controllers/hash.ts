/**
 * `pod-template-hash` and ControllerRevision hashes as Kubernetes derives them: an FNV-32a hash of
 * the template (plus the collision count), printed in decimal and made "safe" by mapping every
 * character into the name-suffix alphabet (k8s.io/apimachinery rand.SafeEncodeString).
 */
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';

const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

export function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function safeEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += ALPHANUMS[text.charCodeAt(i) % ALPHANUMS.length];
  return out;
}

/** Hash of a pod template, ignoring any existing pod-template-hash label (as ComputeHash). */
export function templateHash(template: PodTemplateSpec | undefined, collisionCount = 0): string {
  const labels = { ...template?.metadata?.labels };
  delete labels['pod-template-hash'];
  const normalized = { ...template, metadata: { ...template?.metadata, labels } };
  const text = stableStringify(normalized) + (collisionCount > 0 ? String(collisionCount) : '');
  return safeEncode(String(fnv32a(text)));
}

/** JSON with object keys sorted, so equal templates hash equally whatever their key order. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`)
    .join(',')}}`;
}
