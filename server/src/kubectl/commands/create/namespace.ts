/** `kubectl create namespace` and `kubectl create serviceaccount`: objects with nothing but a name. */
import { meta } from '../../generators.js';
import { genericFlags, oneName, ns, gen } from './generator.js';
import { defineCommand } from '../globals.js';

export const createNamespace = defineCommand({
  use: 'namespace NAME [--dry-run=server|client|none]',
  aliases: ['ns'],
  short: 'Create a namespace with the specified name',
  long: 'Create a namespace with the specified name.',
  example: '  # Create a new namespace named my-namespace\n  kubectl create namespace my-namespace',
  flags: genericFlags,
  run: (inv) => gen(inv, { kind: 'Namespace', apiVersion: 'v1', metadata: meta(oneName(inv)), spec: {}, status: {} }),
});

export const createServiceAccount = defineCommand({
  use: 'serviceaccount NAME [--dry-run=server|client|none]',
  aliases: ['sa'],
  short: 'Create a service account with the specified name',
  long: 'Create a service account with the specified name.',
  flags: genericFlags,
  run: (inv) =>
    gen(inv, { kind: 'ServiceAccount', apiVersion: 'v1', metadata: meta(oneName(inv), undefined, ns(inv)) }),
});
