/** kubectl's global flags (persistent on the root command) and how a command is defined against them. */
import { commandDefiner, type CommandInvocation } from '../cli/command.js';
import type { FlagDef, SchemaOf } from '../cli/flags.js';
import type { KubeEnv } from '../env.js';

export const GLOBAL_FLAGS = [
  { name: 'namespace', short: 'n', type: 'string', usage: 'If present, the namespace scope for this CLI request' },
  { name: 'context', type: 'string', usage: 'The name of the kubeconfig context to use' },
  { name: 'kubeconfig', type: 'string', usage: 'Path to the kubeconfig file to use for CLI requests.' },
  { name: 'cluster', type: 'string', usage: 'The name of the kubeconfig cluster to use' },
  { name: 'user', type: 'string', usage: 'The name of the kubeconfig user to use' },
  { name: 'server', short: 's', type: 'string', usage: 'The address and port of the Kubernetes API server' },
  {
    name: 'request-timeout',
    type: 'string',
    default: '0',
    usage: 'The length of time to wait before giving up on a single server request.',
  },
  {
    name: 'as',
    type: 'string',
    usage:
      'Username to impersonate for the operation. User could be a regular user or a service account in a namespace.',
  },
  {
    name: 'as-group',
    type: 'stringArray',
    usage: 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.',
  },
  { name: 'v', short: 'v', type: 'string', default: '0', usage: 'number for the log level verbosity' },
  { name: 'token', type: 'string', usage: 'Bearer token for authentication to the API server' },
  {
    name: 'insecure-skip-tls-verify',
    type: 'bool',
    usage: "If true, the server's certificate will not be checked for validity.",
  },
  { name: 'match-server-version', type: 'bool', usage: 'Require server version to match client version' },
  {
    name: 'warnings-as-errors',
    type: 'bool',
    usage: 'Treat warnings received from the server as errors and exit with a non-zero exit code',
  },
  { name: 'cache-dir', type: 'string', default: '$HOME/.kube/cache', usage: 'Default cache directory' },
] as const satisfies readonly FlagDef[];

export type GlobalFlags = SchemaOf<typeof GLOBAL_FLAGS>;

/** A kubectl command: its `run` reads its own flags and the global ones, by name and type. */
export const defineCommand = commandDefiner<KubeEnv, GlobalFlags>();

/** The invocation a kubectl command with flags F runs with (for run functions written apart from the spec). */
export type CommandInv<F extends readonly FlagDef[]> = CommandInvocation<KubeEnv, GlobalFlags, F>;
