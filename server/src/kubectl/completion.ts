/**
 * Tab completion for kubectl, as `kubectl completion bash` completes: verbs, subcommands, resource
 * types (plurals and short names), object names from the cluster, and flags.
 */
import type { CompletionContext } from '../shell/command.js';
import { groupResource } from '../sim/index.js';
import { commandName, type CommandSpec } from './cli/command.js';
import type { FlagDef } from './cli/flags.js';
import { GLOBAL_FLAGS } from './commands/globals.js';
import { KUBECTL_COMMANDS } from './commands/index.js';
import type { KubeEnv } from './env.js';
import { readKubeconfig, resolveContext } from './kubeconfig.js';

const TYPE_VERBS = new Set([
  'get',
  'describe',
  'delete',
  'edit',
  'label',
  'annotate',
  'patch',
  'explain',
  'scale',
  'expose',
  'autoscale',
  'wait',
]);
const POD_VERBS = new Set(['logs', 'exec', 'port-forward', 'attach', 'cp']);
const NODE_VERBS = new Set(['cordon', 'uncordon', 'drain', 'taint']);

function namespaceFrom(args: readonly string[], ctx: CompletionContext): string {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if ((a === '-n' || a === '--namespace') && args[i + 1]) return args[i + 1]!;
    if (a.startsWith('--namespace=')) return a.slice(12);
    if (a.startsWith('-n') && a.length > 2) return a.slice(2).replace(/^=/, '');
  }
  const context = resolveContext(readKubeconfig({ ...ctx, cwd: ctx.cwd }));
  return context?.namespace || 'default';
}

function names(env: KubeEnv, resource: string, namespace: string): string[] {
  const cluster = env.cluster;
  if (cluster.state !== 'Running') return [];
  try {
    return cluster.api.list(resource, { namespace }).items.map((o) => o.metadata.name);
  } catch {
    return [];
  }
}

export function completeKubectl(
  env: KubeEnv,
  args: readonly string[],
  partial: string,
  ctx: CompletionContext,
): readonly string[] | undefined {
  const words = args.filter((a) => !a.startsWith('-'));
  let specs: readonly CommandSpec<unknown>[] = KUBECTL_COMMANDS;
  let spec: CommandSpec<unknown> | undefined;
  let consumed = 0;
  for (const w of words) {
    const found = specs.find((s) => commandName(s) === w || (s.aliases ?? []).includes(w));
    if (!found) break;
    spec = found;
    specs = found.sub ?? [];
    consumed++;
  }
  if (partial.startsWith('-')) {
    const flags: readonly FlagDef[] = [...GLOBAL_FLAGS, ...(spec?.flags ?? [])];
    return flags.filter((f) => !f.hidden).map((f) => (f.type === 'bool' ? `--${f.name}` : `--${f.name}=`));
  }
  const prev = args[args.length - 1];
  if (prev === '-n' || prev === '--namespace') return names(env, 'namespaces', '');
  if (prev === '-f' || prev === '--filename') return undefined;
  if (!spec) return KUBECTL_COMMANDS.filter((s) => !s.hidden).map(commandName);
  if (specs.length > 0 && consumed === words.length) return specs.filter((s) => !s.hidden).map(commandName);
  const rest = words.slice(consumed);
  const verb = commandName(spec);
  const ns = namespaceFrom(args, ctx);
  if (POD_VERBS.has(verb)) return names(env, 'pods', ns);
  if (NODE_VERBS.has(verb)) return names(env, 'nodes', '');
  if (TYPE_VERBS.has(verb) || ['status', 'history', 'undo', 'restart', 'pause', 'resume'].includes(verb)) {
    if (rest.length === 0) {
      if (partial.includes('/')) {
        const [t = ''] = partial.split('/');
        const type = env.cluster.registry.resolve(t);
        if (!type) return [];
        return names(env, groupResource(type), ns).map((n) => `${t}/${n}`);
      }
      const out: string[] = [];
      for (const type of env.cluster.registry.all()) out.push(type.plural, ...type.shortNames);
      if (verb === 'get') out.push('all');
      return out;
    }
    const type = env.cluster.registry.resolve(rest[0]!.split(',')[0] ?? '');
    if (!type) return [];
    return names(env, groupResource(type), ns);
  }
  return undefined;
}
