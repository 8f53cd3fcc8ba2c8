/** `kubectl create token SERVICE_ACCOUNT_NAME` (kubectl/pkg/cmd/create/create_token.go): a TokenRequest. */
import type { CommandOutcome } from '../../../shell/command.js';
import { isStatusError, type KubeObject, type TokenRequestSpec } from '../../../sim/index.js';
import { flagList } from '../../cli/flags.js';
import { KubectlError } from '../../errors.js';
import { api, namespaceOf, now } from '../../env.js';
import { f, outputSpec, print } from '../common.js';
import { defineCommand, type CommandInv } from '../globals.js';
import { oneName } from './generator.js';

const BOUND_KINDS: Readonly<Record<string, string>> = { Node: 'v1', Pod: 'v1', Secret: 'v1' };

const tokenFlags = flagList(
  {
    name: 'audience',
    type: 'stringArray',
    usage:
      'Audience of the requested token. If unset, defaults to requesting a token for use with the Kubernetes API server. May be repeated to request a token valid for multiple audiences.',
  },
  {
    name: 'bound-object-kind',
    type: 'string',
    usage:
      'Kind of an object to bind the token to. Supported kinds are Node, Pod, Secret. If set, --bound-object-name must be provided.',
  },
  {
    name: 'bound-object-name',
    type: 'string',
    usage:
      'Name of an object to bind the token to. The token will expire when the object is deleted. Requires --bound-object-kind.',
  },
  {
    name: 'bound-object-uid',
    type: 'string',
    usage:
      'UID of an object to bind the token to. Requires --bound-object-kind and --bound-object-name. If unset, the UID of the existing object is used.',
  },
  {
    name: 'duration',
    type: 'duration',
    default: '0s',
    usage:
      'Requested lifetime of the issued token. If not set or if set to 0, the lifetime will be determined by the server automatically. The server may return a token with a longer or shorter lifetime.',
  },
  f.output(),
  f.showManagedFields(),
  f.template(),
);

function validate(inv: CommandInv<typeof tokenFlags>): TokenRequestSpec {
  const ms = inv.flags.int('duration');
  if (ms < 0) throw new KubectlError('--duration must be greater than or equal to 0');
  if (ms % 1000 !== 0) throw new KubectlError('--duration cannot be expressed in units less than seconds');
  const audiences = inv.flags.list('audience');
  if (audiences.some((a) => a === '')) throw new KubectlError('--audience must not be an empty string');
  const kind = inv.flags.str('bound-object-kind');
  const name = inv.flags.str('bound-object-name');
  if (!kind) {
    if (name) throw new KubectlError('--bound-object-name can only be set if --bound-object-kind is provided');
    if (inv.flags.str('bound-object-uid'))
      throw new KubectlError('--bound-object-uid can only be set if --bound-object-kind is provided');
  } else {
    if (!BOUND_KINDS[kind])
      throw new KubectlError(`supported --bound-object-kind values are ${Object.keys(BOUND_KINDS).join(', ')}`);
    if (!name) throw new KubectlError('--bound-object-name is required if --bound-object-kind is provided');
  }
  return {
    ...(audiences.length > 0 ? { audiences } : {}),
    ...(ms > 0 ? { expirationSeconds: ms / 1000 } : {}),
    ...(kind ? { boundObjectRef: { kind, apiVersion: BOUND_KINDS[kind] ?? 'v1', name } } : {}),
  };
}

function createToken(inv: CommandInv<typeof tokenFlags>): CommandOutcome {
  const name = oneName(inv);
  const request = validate(inv);
  api(inv);
  const namespace = namespaceOf(inv);
  let issued;
  try {
    issued = inv.env.cluster.requestToken(namespace, name, request);
  } catch (e) {
    // kubectl wraps the API error's own message (%v of the StatusError).
    if (isStatusError(e)) throw new KubectlError(`failed to create token: ${e.message}`);
    throw e;
  }
  const spec = outputSpec(inv);
  if (spec) {
    const review = {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'TokenRequest',
      metadata: { creationTimestamp: null, name, namespace },
      spec: {
        audiences: issued.audiences,
        boundObjectRef: request.boundObjectRef ?? null,
        expirationSeconds: issued.expirationSeconds,
      },
      status: { expirationTimestamp: issued.expirationTimestamp, token: issued.token },
    } as unknown as KubeObject;
    return { stdout: print([review], spec, { now: now(inv), asList: false }), stderr: '', exitCode: 0 };
  }
  // kubectl ends the token with a newline only on a terminal, so $(kubectl create token x) needs no trimming.
  return { stdout: inv.ctx.isTerminal ? `${issued.token}\n` : issued.token, stderr: '', exitCode: 0 };
}

export const createTokenCommand = defineCommand({
  use: 'token SERVICE_ACCOUNT_NAME',
  short: 'Request a service account token',
  flags: tokenFlags,
  run: createToken,
});
