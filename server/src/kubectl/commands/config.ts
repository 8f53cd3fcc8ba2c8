/** `kubectl config …` over the kubeconfig in the student's files. */
import type { CommandOutcome } from '../../shell/command.js';
import { commandName } from '../cli/command.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, UsageError } from '../errors.js';
import { now, type KubeInv } from '../env.js';
import { f, outputSpec, print } from './common.js';
import {
  emptyKubeconfig,
  kubeconfigPath,
  readKubeconfig,
  writeKubeconfig,
  type Kubeconfig,
  type NamedContext,
} from '../kubeconfig.js';
import { renderRows } from '../print/table.js';
import { toJson, toYaml } from '../print/formats/structured.js';
import { configEntryCommands } from './configEntries.js';
import { defineCommand, type CommandInv } from './globals.js';

function load(inv: KubeInv): Kubeconfig {
  return readKubeconfig(inv.ctx, inv.flags.str('kubeconfig') || undefined) ?? emptyKubeconfig();
}

function save(inv: KubeInv, config: Kubeconfig): void {
  writeKubeconfig(inv.ctx, config, inv.flags.str('kubeconfig') || undefined);
}

function redact(config: Kubeconfig): Kubeconfig {
  const copy = structuredClone(config);
  for (const c of copy.clusters ?? [])
    if (c.cluster['certificate-authority-data']) c.cluster['certificate-authority-data'] = 'DATA+OMITTED';
  for (const u of copy.users ?? []) {
    for (const k of ['client-certificate-data', 'client-key-data', 'token'])
      if (u.user[k]) u.user[k] = k === 'token' ? 'REDACTED' : 'DATA+OMITTED';
  }
  return copy;
}

const viewFlags = flagList(
  { name: 'minify', type: 'bool', usage: 'Remove all information not used by current-context from the output' },
  { name: 'raw', type: 'bool', usage: 'Display raw byte data and sensitive data' },
  {
    name: 'flatten',
    type: 'bool',
    usage:
      'Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)',
  },
  {
    name: 'output',
    short: 'o',
    type: 'string',
    default: 'yaml',
    usage:
      'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
  },
  f.template(),
);

function view(inv: CommandInv<typeof viewFlags>): CommandOutcome {
  let config = load(inv);
  if (!inv.flags.bool('raw')) config = redact(config);
  if (inv.flags.bool('minify')) {
    const current = config['current-context'];
    if (!current) throw new KubectlError('current-context must exist in order to minify');
    const ctx = config.contexts?.find((c) => c.name === current);
    config = {
      ...config,
      contexts: ctx ? [ctx] : null,
      clusters: (config.clusters ?? []).filter((c) => c.name === ctx?.context.cluster),
      users: (config.users ?? []).filter((u) => u.name === ctx?.context.user),
    };
  }
  const output = inv.flags.str('output') || 'yaml';
  if (output === 'json' || output === 'yaml')
    return { stdout: output === 'json' ? toJson(config, false) : toYaml(config), stderr: '', exitCode: 0 };
  // jsonpath and go-template print the kubeconfig as they print any object.
  const spec = outputSpec(inv);
  const printed = spec ? print([config], spec, { now: now(inv), asList: false }) : '';
  return { stdout: printed, stderr: '', exitCode: 0 };
}

const getContextsFlags = flagList(
  {
    name: 'no-headers',
    type: 'bool',
    usage: "When using the default or custom-column output format, don't print headers (default print headers).",
  },
  { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (name).' },
);

function getContexts(inv: CommandInv<typeof getContextsFlags>): CommandOutcome {
  const config = load(inv);
  const contexts = (config.contexts ?? []).filter((c) => inv.args.length === 0 || inv.args.includes(c.name));
  if (inv.flags.str('output') === 'name')
    return { stdout: contexts.map((c) => `${c.name}\n`).join(''), stderr: '', exitCode: 0 };
  for (const a of inv.args) if (!contexts.some((c) => c.name === a)) throw new KubectlError(`context ${a} not found`);
  const rows = [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE']];
  for (const c of contexts)
    rows.push([
      c.name === config['current-context'] ? '*' : '',
      c.name,
      c.context.cluster ?? '',
      c.context.user ?? '',
      c.context.namespace ?? '',
    ]);
  return {
    stdout: inv.flags.bool('no-headers') ? renderRows(rows.slice(1)) : renderRows(rows),
    stderr: '',
    exitCode: 0,
  };
}

const setContextFlags = flagList({ name: 'current', type: 'bool', usage: 'Modify the current context' });

function setContext(inv: CommandInv<typeof setContextFlags>): CommandOutcome {
  const config = load(inv);
  let name = inv.args[0];
  if (inv.flags.bool('current')) {
    if (name) throw new KubectlError('you cannot specify a context name and --current');
    name = config['current-context'];
    if (!name) throw new KubectlError('no current context is set');
  }
  if (!name) throw new UsageError('you must specify a non-empty context name or --current');
  const contexts = [...(config.contexts ?? [])];
  const existing = contexts.find((c) => c.name === name);
  const next: NamedContext = existing ? structuredClone(existing) : { name, context: {} };
  for (const [flag, key] of [
    ['cluster', 'cluster'],
    ['user', 'user'],
    ['namespace', 'namespace'],
  ] as const) {
    if (inv.flags.has(flag)) {
      const v = inv.flags.str(flag);
      if (v === '') delete next.context[key];
      else next.context[key] = v;
    }
  }
  const list = existing ? contexts.map((c) => (c.name === name ? next : c)) : [...contexts, next];
  save(inv, { ...config, contexts: list });
  return { stdout: `Context "${name}" ${existing ? 'modified' : 'created'}.\n`, stderr: '', exitCode: 0 };
}

const sub = [
  defineCommand({
    use: 'current-context',
    short: 'Display the current-context',
    run: (inv) => {
      const c = load(inv)['current-context'];
      if (!c) throw new KubectlError('current-context is not set');
      return { stdout: `${c}\n`, stderr: '', exitCode: 0 };
    },
  }),
  defineCommand({
    use: 'get-contexts [(-o|--output=)name)]',
    short: 'Describe one or many contexts',
    flags: getContextsFlags,
    run: getContexts,
  }),
  defineCommand({
    use: 'get-clusters',
    short: 'Display clusters defined in the kubeconfig',
    run: (inv) => ({
      stdout: `NAME\n${(load(inv).clusters ?? []).map((c) => `${c.name}\n`).join('')}`,
      stderr: '',
      exitCode: 0,
    }),
  }),
  defineCommand({
    use: 'get-users',
    short: 'Display users defined in the kubeconfig',
    run: (inv) => ({
      stdout: `NAME\n${(load(inv).users ?? []).map((c) => `${c.name}\n`).join('')}`,
      stderr: '',
      exitCode: 0,
    }),
  }),
  defineCommand({
    use: 'use-context CONTEXT_NAME',
    aliases: ['use'],
    short: 'Set the current-context in a kubeconfig file',
    run: (inv) => {
      const name = inv.args[0];
      if (!name) throw new UsageError('Unexpected args: []');
      const config = load(inv);
      if (!(config.contexts ?? []).some((c) => c.name === name))
        throw new KubectlError(`no context exists with the name: "${name}"`);
      save(inv, { ...config, 'current-context': name });
      return { stdout: `Switched to context "${name}".\n`, stderr: '', exitCode: 0 };
    },
  }),
  defineCommand({
    use: 'set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace]',
    short: 'Set a context entry in kubeconfig',
    flags: setContextFlags,
    run: setContext,
  }),
  defineCommand({
    use: 'delete-context NAME',
    short: 'Delete the specified context from the kubeconfig',
    run: (inv) => {
      const name = inv.args[0] ?? '';
      const config = load(inv);
      if (!(config.contexts ?? []).some((c) => c.name === name))
        throw new KubectlError(`cannot delete context ${name}, not in ${kubeconfigPath(inv.ctx)}`);
      const rest = (config.contexts ?? []).filter((c) => c.name !== name);
      save(inv, { ...config, contexts: rest.length ? rest : null });
      const warn =
        config['current-context'] === name
          ? 'warning: this removed your active context, use "kubectl config use-context" to select a different one\n'
          : '';
      return { stdout: `deleted context ${name} from ${kubeconfigPath(inv.ctx)}\n`, stderr: warn, exitCode: 0 };
    },
  }),
  defineCommand({
    use: 'rename-context CONTEXT_NAME NEW_NAME',
    short: 'Rename a context from the kubeconfig file',
    run: (inv) => {
      const [from = '', to = ''] = inv.args;
      const config = load(inv);
      if (!(config.contexts ?? []).some((c) => c.name === from))
        throw new KubectlError(`cannot rename the context "${from}", it's not in ${kubeconfigPath(inv.ctx)}`);
      if ((config.contexts ?? []).some((c) => c.name === to))
        throw new KubectlError(
          `cannot rename the context "${from}", the context "${to}" already exists in ${kubeconfigPath(inv.ctx)}`,
        );
      save(inv, {
        ...config,
        contexts: (config.contexts ?? []).map((c) => (c.name === from ? { ...c, name: to } : c)),
        'current-context': config['current-context'] === from ? to : config['current-context'],
      });
      return { stdout: `Context "${from}" renamed to "${to}".\n`, stderr: '', exitCode: 0 };
    },
  }),
  defineCommand({
    use: 'view',
    short: 'Display merged kubeconfig settings or a specified kubeconfig file',
    flags: viewFlags,
    run: view,
  }),
  ...configEntryCommands,
].sort((a, b) => (commandName(a) < commandName(b) ? -1 : 1));

export const configCommand = defineCommand({
  use: 'config SUBCOMMAND',
  short: 'Modify kubeconfig files',
  long: `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, \${HOME}/.kube/config is used and no merging takes place.`,
  sub,
});
