/**
 * The serviceaccounts/token subresource (TokenRequest): a service account token as minikube's API server issues it,
 * a JWT with the kubernetes.io private claims (issuer https://kubernetes.default.svc.cluster.local, one hour unless
 * asked otherwise, optionally bound to a pod, secret or node). The signature is drawn from the cluster's seeded
 * generator: nothing outside the simulator can verify it, and nothing inside needs to.
 */
import type { Rng } from '../lib/rng.js';
import type { VirtualClock } from './clock.js';
import { invalid, notFound } from './errors.js';
import type { Store } from './store.js';
import type { Stored } from './types.js';

export const TOKEN_ISSUER = 'https://kubernetes.default.svc.cluster.local';
const DEFAULT_SECONDS = 3600;
const MIN_SECONDS = 600;

export interface TokenRequestSpec {
  readonly audiences?: readonly string[];
  readonly expirationSeconds?: number;
  readonly boundObjectRef?: { readonly kind: string; readonly apiVersion: string; readonly name: string };
}

export interface IssuedToken {
  readonly token: string;
  readonly audiences: readonly string[];
  readonly expirationSeconds: number;
  readonly expirationTimestamp: string;
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function randomBase64url(rng: Rng, bytes: number): string {
  const out = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) out[i] = rng.int(256);
  return Buffer.from(out).toString('base64url');
}

const BOUND_RESOURCES: Readonly<Record<string, string>> = { Pod: 'pods', Secret: 'secrets', Node: 'nodes' };

function ref(obj: Stored): { name: string; uid: string } {
  return { name: obj.metadata.name, uid: obj.metadata.uid };
}

/** Issues a token for `namespace/name`, or the API server's error (missing account or bound object, short life). */
export function issueToken(
  ctx: { readonly store: Store; readonly rng: Rng; readonly clock: VirtualClock },
  namespace: string,
  name: string,
  spec: TokenRequestSpec,
): IssuedToken {
  const sa = ctx.store.get('serviceaccounts', namespace, name);
  if (!sa) throw notFound('serviceaccounts', name);
  const seconds = spec.expirationSeconds ?? DEFAULT_SECONDS;
  if (seconds < MIN_SECONDS)
    throw invalid('TokenRequest', 'authentication.k8s.io', name, [
      {
        reason: 'FieldValueInvalid',
        field: 'spec.expirationSeconds',
        message: `Invalid value: ${seconds}: may not specify a duration less than 10 minutes`,
      },
    ]);
  const claims: Record<string, unknown> = { namespace, serviceaccount: ref(sa) };
  const bound = spec.boundObjectRef;
  if (bound) {
    const resource = BOUND_RESOURCES[bound.kind] ?? '';
    const obj = ctx.store.get(resource, bound.kind === 'Node' ? undefined : namespace, bound.name);
    if (!obj) throw notFound(resource, bound.name);
    claims[bound.kind.toLowerCase()] = ref(obj);
    const nodeName = (obj.spec as { nodeName?: string } | undefined)?.nodeName;
    const node = bound.kind === 'Pod' && nodeName ? ctx.store.get('nodes', undefined, nodeName) : undefined;
    if (node) claims.node = ref(node);
  }
  const now = Math.floor(ctx.clock.now() / 1000);
  const audiences = spec.audiences && spec.audiences.length > 0 ? [...spec.audiences] : [TOKEN_ISSUER];
  // go-jose marshals the claims from a map: keys sorted, as JSON.stringify gives them here.
  const payload = {
    aud: audiences,
    exp: now + seconds,
    iat: now,
    iss: TOKEN_ISSUER,
    jti: ctx.rng.uuid(),
    'kubernetes.io': Object.fromEntries(Object.entries(claims).sort(([a], [b]) => (a < b ? -1 : 1))),
    nbf: now,
    sub: `system:serviceaccount:${namespace}:${name}`,
  };
  const header = { alg: 'RS256', kid: randomBase64url(ctx.rng, 32) };
  const token = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.${randomBase64url(ctx.rng, 256)}`;
  return {
    token,
    audiences,
    expirationSeconds: seconds,
    expirationTimestamp: new Date((now + seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/**
 * The token the tokens controller writes into a `kubernetes.io/service-account-token` Secret: the legacy,
 * non-expiring JWT (serviceaccount.LegacyClaims), issuer `kubernetes/serviceaccount`.
 */
export function legacyToken(rng: Rng, namespace: string, secret: string, account: string, uid: string): string {
  const payload = {
    iss: LEGACY_ISSUER,
    'kubernetes.io/serviceaccount/namespace': namespace,
    'kubernetes.io/serviceaccount/secret.name': secret,
    'kubernetes.io/serviceaccount/service-account.name': account,
    'kubernetes.io/serviceaccount/service-account.uid': uid,
    sub: `system:serviceaccount:${namespace}:${account}`,
  };
  const header = { alg: 'RS256', kid: randomBase64url(rng, 32) };
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.${randomBase64url(rng, 256)}`;
}

const LEGACY_ISSUER = 'kubernetes/serviceaccount';

/** The identity a token this simulator issued stands for, or undefined for anything else. */
export function tokenIdentity(
  token: string,
): { username: string; namespace: string; uid: string; jti: string; claims: Record<string, unknown> } | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as {
      iss?: string;
      sub?: string;
      jti?: string;
      'kubernetes.io'?: { namespace?: string; serviceaccount?: { uid?: string } } & Record<string, unknown>;
    } & Record<string, unknown>;
    if (payload.iss === LEGACY_ISSUER && typeof payload.sub === 'string') {
      const ns = payload['kubernetes.io/serviceaccount/namespace'];
      const uid = payload['kubernetes.io/serviceaccount/service-account.uid'];
      return {
        username: payload.sub,
        namespace: typeof ns === 'string' ? ns : '',
        uid: typeof uid === 'string' ? uid : '',
        jti: '',
        claims: {},
      };
    }
    const k8s = payload['kubernetes.io'];
    if (payload.iss !== TOKEN_ISSUER || !payload.sub || !k8s?.namespace) return undefined;
    return {
      username: payload.sub,
      namespace: k8s.namespace,
      uid: k8s.serviceaccount?.uid ?? '',
      jti: payload.jti ?? '',
      claims: k8s,
    };
  } catch {
    return undefined;
  }
}
