/**
 * Image references as the kubelet reads them (distribution's reference grammar, through
 * @swimlane/docker-reference): `registry/path:tag@digest`, with Docker Hub's `docker.io/library/`
 * left implicit, and the old names of registries mapped to where the images live now.
 */
import { parseFamiliarName } from '@swimlane/docker-reference';

export interface ImageRef {
  /** As written in the pod spec. */
  readonly written: string;
  /** Registry host: `docker.io`, `registry.k8s.io`, `localhost:5000`. */
  readonly domain: string;
  /** Familiar name without tag (`nginx`, `bitnami/redis`, `registry.k8s.io/pause`), as Docker prints it. */
  readonly familiar: string;
  /** The tag, `latest` when none is written. */
  readonly tag: string;
  readonly digest: string | undefined;
}

export type ParsedRef = { ok: true; ref: ImageRef } | { ok: false; error: string };

/** Parses like the kubelet's applyDefaultImageTag (docker's ParseNormalizedNamed). */
export function parseReference(written: string): ParsedRef {
  let parsed;
  try {
    parsed = parseFamiliarName(written);
  } catch (e) {
    const message = e instanceof Error ? e.message : 'invalid reference format';
    // distribution/reference v0.6 (vendored by Kubernetes 1.32) names the offending repository.
    return { ok: false, error: /lowercase/.test(message) ? uppercaseError(written) : message };
  }
  const domain = parsed.domain ?? 'docker.io';
  const path = parsed.repository ?? '';
  const familiar =
    domain === 'docker.io' ? (path.startsWith('library/') ? path.slice('library/'.length) : path) : `${domain}/${path}`;
  return { ok: true, ref: { written, domain, familiar, tag: parsed.tag ?? 'latest', digest: parsed.digest } };
}

/** Where the docs' old registry names now live (k8s.gcr.io redirects to registry.k8s.io). */
const MOVED: readonly (readonly [string, string])[] = [
  ['k8s.gcr.io/', 'registry.k8s.io/'],
  ['gcr.io/google-containers/', 'registry.k8s.io/'],
  ['gcr.io/google_containers/', 'registry.k8s.io/'],
  ['us-docker.pkg.dev/google-samples/containers/gke/', 'gcr.io/google-samples/'],
  ['gcr.io/google_samples/', 'gcr.io/google-samples/'],
];

/** The catalogue name to look a familiar name up under. */
export function canonicalName(familiar: string): string {
  for (const [from, to] of MOVED) if (familiar.startsWith(from)) return to + familiar.slice(from.length);
  return familiar;
}

/**
 * Whether two references name the same image as the runtime stores it (`nginx`, `nginx:latest` and
 * `docker.io/library/nginx:latest` do).
 */
export function sameImage(a: string, b: string): boolean {
  if (a === b) return true;
  const key = (written: string) => {
    const parsed = parseReference(written);
    return parsed.ok ? `${parsed.ref.familiar}:${parsed.ref.tag}@${parsed.ref.digest ?? ''}` : written;
  };
  return key(a) === key(b);
}

/** The reference as Docker prints it in errors: familiar name and tag (`nginx` → `nginx:latest`). */
export function taggedName(ref: ImageRef): string {
  return `${ref.familiar}:${ref.tag}`;
}

/** ParseNormalizedNamed's words for an uppercase repository, with splitDockerDomain's `library/` added. */
function uppercaseError(written: string): string {
  const slash = written.indexOf('/');
  const first = written.slice(0, slash);
  const hasDomain = slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  let remainder = hasDomain ? written.slice(slash + 1) : written;
  if (!hasDomain && !remainder.includes('/')) remainder = `library/${remainder}`;
  const colon = remainder.indexOf(':');
  const remote = colon >= 0 ? remainder.slice(0, colon) : remainder;
  return `invalid reference format: repository name (${remote}) must be lowercase`;
}
