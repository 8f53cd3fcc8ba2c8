/**
 * kube-apiserver's URL layout (k8s.io/apiserver RequestInfoFactory): which group, version, namespace, resource,
 * name and subresource a path names.
 */

export type ApiPath =
  | { kind: 'root'; path: '/version' | '/healthz' | '/readyz' | '/livez' }
  | { kind: 'groups'; legacy: boolean }
  | { kind: 'groupVersion'; group: string; version: string }
  | {
      kind: 'resource';
      group: string;
      version: string;
      /** From `/namespaces/{ns}/…`; undefined for cluster-scoped or all-namespaces paths. */
      namespace: string | undefined;
      /** The plural, e.g. `pods`. */
      resource: string;
      name: string | undefined;
      subresource: string | undefined;
    }
  | { kind: 'openapi' }
  | { kind: 'unknown' };

const ROOTS = new Set(['/version', '/healthz', '/readyz', '/livez']);
/** Segments kubectl can send: bounded, and nothing that could walk out of the layout. */
const SEGMENT = /^[a-zA-Z0-9._:-]{1,253}$/;

export function parseApiPath(path: string): ApiPath {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (ROOTS.has(trimmed)) return { kind: 'root', path: trimmed as '/version' };
  if (/^\/(healthz|readyz|livez)\/[a-z-]+$/.test(trimmed)) return { kind: 'root', path: '/healthz' };
  if (trimmed === '/openapi' || trimmed.startsWith('/openapi/')) return { kind: 'openapi' };
  const parts = trimmed.split('/').slice(1);
  if (parts.length > 9 || !parts.every((p) => SEGMENT.test(p))) return { kind: 'unknown' };
  let rest: string[];
  let group: string;
  let version: string;
  if (parts[0] === 'api') {
    if (parts.length === 1) return { kind: 'groups', legacy: true };
    group = '';
    version = parts[1]!;
    rest = parts.slice(2);
  } else if (parts[0] === 'apis') {
    if (parts.length === 1) return { kind: 'groups', legacy: false };
    if (parts.length === 2) return { kind: 'unknown' };
    group = parts[1]!;
    version = parts[2]!;
    rest = parts.slice(3);
  } else {
    return { kind: 'unknown' };
  }
  if (rest.length === 0) return { kind: 'groupVersion', group, version };
  let namespace: string | undefined;
  // `/namespaces/{ns}/{resource}…` is namespaced; `/namespaces/{name}[/status|finalize]` is the Namespace itself.
  if (
    rest[0] === 'namespaces' &&
    rest.length >= 3 &&
    !(group === '' && rest.length === 3 && isNamespaceSub(rest[2]!))
  ) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  if (rest.length > 3) return { kind: 'unknown' };
  return { kind: 'resource', group, version, namespace, resource: rest[0]!, name: rest[1], subresource: rest[2] };
}

function isNamespaceSub(segment: string): boolean {
  return segment === 'status' || segment === 'finalize';
}
