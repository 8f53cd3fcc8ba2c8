/**
 * `POST …/serviceaccounts/<name>/token` (`kubectl create token`): a TokenRequest answered with a token the cluster
 * issues for the service account (its audiences, expiry and bound object as asked), as kube-apiserver answers it.
 */
import { StatusError, type TokenRequestSpec } from '../sim/index.js';
import { decodeBody } from './body.js';
import { jsonResponse } from './status.js';
import type { KubeApiResponse } from './types.js';
import type { WriteContext } from './writes.js';

interface TokenRequestBody {
  metadata?: { creationTimestamp?: unknown };
  spec?: {
    audiences?: unknown;
    expirationSeconds?: unknown;
    boundObjectRef?: { kind?: unknown; apiVersion?: unknown; name?: unknown } | null;
  };
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string').slice(0, 32) : [];

export function requestToken(ctx: WriteContext, name: string): KubeApiResponse {
  const body = decodeBody(ctx.request.body, ctx.request.headers.contentType) as TokenRequestBody | null;
  if (!body || typeof body !== 'object')
    throw new StatusError('BadRequest', 'the object provided is unrecognized (must be of type map)');
  const given = body.spec ?? {};
  const bound = given.boundObjectRef;
  const spec: TokenRequestSpec = {
    audiences: strings(given.audiences),
    ...(typeof given.expirationSeconds === 'number' ? { expirationSeconds: given.expirationSeconds } : {}),
    ...(bound && typeof bound.kind === 'string' && typeof bound.name === 'string'
      ? {
          boundObjectRef: {
            kind: bound.kind,
            apiVersion: typeof bound.apiVersion === 'string' ? bound.apiVersion : 'v1',
            name: bound.name,
          },
        }
      : {}),
  };
  const namespace = ctx.namespace ?? 'default';
  const issued = ctx.cluster.requestToken(namespace, name, spec);
  return jsonResponse(
    {
      kind: 'TokenRequest',
      apiVersion: 'authentication.k8s.io/v1',
      metadata: { name, namespace, creationTimestamp: null },
      spec: {
        audiences: [...issued.audiences],
        expirationSeconds: issued.expirationSeconds,
        boundObjectRef: spec.boundObjectRef ?? null,
      },
      status: { token: issued.token, expirationTimestamp: issued.expirationTimestamp },
    },
    201,
    true,
  );
}
