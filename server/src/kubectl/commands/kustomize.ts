/** `kubectl kustomize [DIR]`: the built-in kustomize (v5.5, as kubectl v1.32 embeds it), client-side only. */
import type { CommandOutcome } from '../../shell/command.js';
import { resolvePath } from '../../shell/vfs.js';
import { flagList } from '../cli/flags.js';
import { KlogError, klogHeader } from '../errors.js';
import { kustomizeBuild, KustomizeError, renderBuild } from '../kustomize/build.js';
import { defineCommand, type CommandInv } from './globals.js';

const kustomizeFlags = flagList(
  {
    name: 'as-current-user',
    type: 'bool',
    usage: 'use the uid and gid of the command executor to run the function in the container',
  },
  { name: 'enable-alpha-plugins', type: 'bool', usage: 'enable kustomize plugins' },
  { name: 'enable-helm', type: 'bool', usage: 'Enable use of the Helm chart inflator generator.' },
  { name: 'env', short: 'e', type: 'stringArray', usage: 'a list of environment variables to be used by functions' },
  {
    name: 'helm-api-versions',
    type: 'stringArray',
    usage: 'Kubernetes api versions used by Helm for Capabilities.APIVersions',
  },
  { name: 'helm-command', type: 'string', default: 'helm', usage: 'helm command (path to executable)' },
  { name: 'helm-debug', type: 'bool', usage: 'Enable debug output from the Helm chart inflator generator.' },
  { name: 'helm-kube-version', type: 'string', usage: 'Kubernetes version used by Helm for Capabilities.KubeVersion' },
  {
    name: 'load-restrictor',
    type: 'string',
    default: 'LoadRestrictionsRootOnly',
    usage:
      "if set to 'LoadRestrictionsNone', local kustomizations may load files from outside their root. This does, however, break the relocatability of the kustomization.",
  },
  { name: 'mount', type: 'stringArray', usage: 'a list of storage options read from the filesystem' },
  { name: 'network', type: 'bool', usage: 'enable network access for functions that declare it' },
  { name: 'network-name', type: 'string', default: 'bridge', usage: 'the docker network to run the container in' },
  { name: 'output', short: 'o', type: 'string', usage: 'If specified, write output to this path.' },
);

function kustomize(inv: CommandInv<typeof kustomizeFlags>): CommandOutcome {
  const header = klogHeader('E', inv.env.cluster.now());
  if (inv.args.length > 1) throw new KlogError('specify one path to kustomization.yaml', header);
  const given = inv.args[0] ?? '.';
  const dir = resolvePath(inv.ctx.cwd, given.replace(/^~(?=\/|$)/, inv.ctx.home));
  let built;
  try {
    built = kustomizeBuild(inv.ctx.vfs, dir, given, (w) => inv.out.error(w));
  } catch (e) {
    if (e instanceof KustomizeError) throw new KlogError(e.message, header);
    throw e;
  }
  const text = renderBuild(built);
  const output = inv.flags.str('output');
  if (output) inv.ctx.vfs.writeFile(resolvePath(inv.ctx.cwd, output), text);
  else inv.out.print(text);
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const kustomizeCommand = defineCommand({
  use: 'kustomize DIR [flags]',
  short: 'Build a kustomization target from a directory or URL',
  long: "Build a set of KRM resources using a 'kustomization.yaml' file. The DIR argument must be a path to a directory containing 'kustomization.yaml', or a git repository URL with a path suffix specifying same with respect to the repository root. If DIR is omitted, '.' is assumed.",
  example: `  # Build the current working directory
  kubectl kustomize
  
  # Build some shared configuration directory
  kubectl kustomize /home/config/production
  
  # Build from github
  kubectl kustomize https://github.com/kubernetes-sigs/kustomize.git/examples/helloWorld?ref=v1.0.6`,
  group: 'Advanced Commands',
  flags: kustomizeFlags,
  run: kustomize,
});
