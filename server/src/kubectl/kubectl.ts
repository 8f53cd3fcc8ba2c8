/**
 * The `kubectl` command: kubectl's command tree over one student's cluster.
 */
import type { Command, CommandContext, CommandOutcome } from '../shell/command.js';
import { runProgram, type Program } from './cli/dispatch.js';
import { KUBECTL_HELP } from './cli/helpTexts.js';
import { GLOBAL_FLAGS } from './commands/globals.js';
import { KUBECTL_COMMANDS } from './commands/index.js';
import { completeKubectl } from './completion.js';
import type { KubeEnv } from './env.js';

export const ROOT_HELP = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin
  expose          Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service
  run             Run a particular image on the cluster
  set             Set specific features on objects

Basic Commands (Intermediate):
  explain         Get documentation for a resource
  get             Display one or many resources
  edit            Edit a resource on the server
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Deploy Commands:
  rollout         Manage the rollout of a resource
  scale           Set a new size for a deployment, replica set, or replication controller
  autoscale       Auto-scale a deployment, replica set, stateful set, or replication controller

Cluster Management Commands:
  certificate     Modify certificate resources
  cluster-info    Display cluster information
  top             Display resource (CPU/memory) usage
  cordon          Mark node as unschedulable
  uncordon        Mark node as schedulable
  drain           Drain node in preparation for maintenance
  taint           Update the taints on one or more nodes

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod
  attach          Attach to a running container
  exec            Execute a command in a container
  port-forward    Forward one or more local ports to a pod
  proxy           Run a proxy to the Kubernetes API server
  cp              Copy files and directories to and from containers
  auth            Inspect authorization
  debug           Create debugging sessions for troubleshooting workloads and nodes
  events          List events

Advanced Commands:
  diff            Diff the live version against a would-be applied version
  apply           Apply a configuration to a resource by file name or stdin
  patch           Update fields of a resource
  replace         Replace a resource by file name or stdin
  wait            Experimental: Wait for a specific condition on one or many resources
  kustomize       Build a kustomization target from a directory or URL

Settings Commands:
  label           Update the labels on a resource
  annotate        Update the annotations on a resource
  completion      Output shell completion code for the specified shell (bash, zsh, fish, or powershell)

Other Commands:
  api-resources   Print the supported API resources on the server
  api-versions    Print the supported API versions on the server, in the form of "group/version"
  config          Modify kubeconfig files
  plugin          Provides utilities for interacting with plugins
  version         Print the client and server version information

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

export const kubectlProgram: Program<KubeEnv> = {
  root: 'kubectl',
  globalFlags: GLOBAL_FLAGS,
  rootHelp: () => KUBECTL_HELP.kubectl ?? ROOT_HELP,
  commands: KUBECTL_COMMANDS,
  helpTexts: KUBECTL_HELP,
  // cobra offers suggestions in registration order, which is the order of the root help.
  suggestionOrder: [...ROOT_HELP.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map((m) => m[1]!).concat(['alpha', 'options']),
  // client-go's default warning handler: each `Warning` header of a response, on stderr as it arrives.
  around: (env, out, run) => env.cluster.api.withWarnings((w) => out.error(`Warning: ${w}`), run),
};

/** Runs one kubectl command line (argv after `kubectl`). */
export function runKubectl(argv: readonly string[], ctx: CommandContext, env: KubeEnv): CommandOutcome {
  return runProgram(kubectlProgram, argv, ctx, env);
}

export function kubectlCommand(env: KubeEnv, name = 'kubectl'): Command {
  return {
    name,
    summary: 'kubectl controls the Kubernetes cluster manager',
    run: (args, ctx) => runKubectl(args, ctx, env),
    complete: (args, partial, ctx) => completeKubectl(env, args, partial, ctx),
  };
}
