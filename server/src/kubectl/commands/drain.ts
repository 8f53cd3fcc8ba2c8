/** `kubectl drain`: cordon a node and evict its pods, as a program that waits for them to go. */
import type { CommandOutcome } from '../../shell/command.js';
import { isStatusError, type Stored } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { api } from '../env.js';
import { pollProgram } from '../program.js';
import { dryRunOf, dryRunSuffix, f } from './common.js';
import { nodes } from './cordon.js';
import { defineCommand, type CommandInv } from './globals.js';

interface PodView {
  metadata: Stored['metadata'];
  spec?: { nodeName?: string; volumes?: { name: string; emptyDir?: unknown }[] };
  status?: { phase?: string };
}

const drainFlags = flagList(
  { name: 'ignore-daemonsets', type: 'bool', usage: 'Ignore DaemonSet-managed pods.' },
  {
    name: 'delete-emptydir-data',
    type: 'bool',
    usage: 'Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).',
  },
  { name: 'force', type: 'bool', usage: 'Continue even if there are pods that do not declare a controller.' },
  {
    name: 'grace-period',
    type: 'int',
    default: '-1',
    usage:
      'Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used.',
  },
  { name: 'disable-eviction', type: 'bool', usage: 'Force drain to use delete, even if eviction is supported.' },
  f.dryRun(),
  f.selector(),
  f.timeout(),
);

function drain(inv: CommandInv<typeof drainFlags>): CommandOutcome {
  const server = api(inv);
  const list = nodes(inv);
  const ignoreDs = inv.flags.bool('ignore-daemonsets');
  const deleteEmpty = inv.flags.bool('delete-emptydir-data');
  const force = inv.flags.bool('force');
  const dry = dryRunOf(inv);
  const suffix = dryRunSuffix(dry);
  const toEvict: PodView[] = [];
  for (const node of list) {
    if (!node.spec?.unschedulable && dry === 'none')
      server.patch('nodes', undefined, node.metadata.name, { spec: { unschedulable: true } }, 'merge');
    inv.out.println(`node/${node.metadata.name} ${node.spec?.unschedulable ? 'already ' : ''}cordoned${suffix}`);
    const pods = server.list<PodView>('pods', { fieldSelector: `spec.nodeName=${node.metadata.name}` })
      .items as unknown as PodView[];
    const ds: string[] = [];
    const bare: string[] = [];
    const local: string[] = [];
    const evict: PodView[] = [];
    for (const p of pods) {
      const id = `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`;
      if (p.metadata.annotations?.['kubernetes.io/config.mirror']) continue;
      if (p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed') {
        evict.push(p);
        continue;
      }
      const owner = (p.metadata.ownerReferences ?? []).find((r) => r.controller);
      if (owner?.kind === 'DaemonSet') {
        ds.push(id);
        continue;
      }
      if (!owner) bare.push(id);
      if ((p.spec?.volumes ?? []).some((v) => v.emptyDir)) local.push(id);
      evict.push(p);
    }
    const problems: string[] = [];
    if (ds.length && !ignoreDs)
      problems.push(`cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${ds.join(', ')}`);
    if (bare.length && !force)
      // kubectl's own wording, its filter's message already saying "cannot delete" (drain/filters.go).
      problems.push(
        `cannot delete cannot delete Pods that declare no controller (use --force to override): ${bare.join(', ')}`,
      );
    if (local.length && !deleteEmpty)
      problems.push(
        `cannot delete Pods with local storage (use --delete-emptydir-data to override): ${local.join(', ')}`,
      );
    if (problems.length > 0) {
      inv.out.error(
        `error: unable to drain node "${node.metadata.name}" due to error: ${problems.join(', ')}, continuing command...\nThere are pending nodes to be drained:\n ${node.metadata.name}\n${problems.join('\n')}`,
      );
      return { stdout: '', stderr: '', exitCode: 1 };
    }
    const warnings: string[] = [];
    if (ds.length) warnings.push(`ignoring DaemonSet-managed Pods: ${ds.join(', ')}`);
    if (bare.length) warnings.push(`deleting Pods that declare no controller: ${bare.join(', ')}`);
    if (warnings.length) inv.out.error(`Warning: ${warnings.join('; ')}`);
    toEvict.push(...evict);
  }
  if (dry !== 'none') {
    // A dry run evicts nothing and waits for nothing.
    for (const p of toEvict)
      inv.out.println(`evicting pod ${p.metadata.namespace ?? 'default'}/${p.metadata.name}${suffix}`);
    for (const n of list) inv.out.println(`node/${n.metadata.name} drained${suffix}`);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  for (const p of toEvict) inv.out.println(`evicting pod ${p.metadata.namespace ?? 'default'}/${p.metadata.name}`);
  for (const p of toEvict) {
    try {
      server.delete(
        'pods',
        p.metadata.namespace,
        p.metadata.name,
        inv.flags.int('grace-period') >= 0 ? { gracePeriodSeconds: inv.flags.int('grace-period') } : {},
      );
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  }
  const shownOut = inv.out.stdout + inv.out.stderr;
  inv.out.stdout = '';
  inv.out.stderr = '';
  const pending = new Set(
    toEvict.map((p) => `${p.metadata.namespace ?? 'default'}/${p.metadata.name}/${p.metadata.uid}`),
  );
  let started = false;
  return {
    program: pollProgram({
      check: (io) => {
        if (!started) {
          started = true;
          io.write(shownOut);
        }
        for (const key of [...pending]) {
          const [ns, name, uid] = key.split('/');
          const live = server.find('pods', ns, name ?? '');
          if (!live || live.metadata.uid !== uid) {
            pending.delete(key);
            io.write(`pod/${name ?? ''} evicted\n`);
          }
        }
        if (pending.size > 0) return undefined;
        for (const n of list) io.write(`node/${n.metadata.name} drained\n`);
        return 0;
      },
    }),
  };
}

export const drainCommand = defineCommand({
  use: 'drain NODE',
  short: 'Drain node in preparation for maintenance',
  long: `Drain node in preparation for maintenance.

 The given node will be marked unschedulable to prevent new pods from arriving. 'drain' evicts the pods if the API server supports https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ eviction https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ . Otherwise, it will use normal DELETE to delete the pods. The 'drain' evicts or deletes all pods except mirror pods (which cannot be deleted through the API server).  If there are daemon set-managed pods, drain will not proceed without --ignore-daemonsets, and regardless it will not delete any daemon set-managed pods, because those pods would be immediately replaced by the daemon set controller, which ignores unschedulable markings.  If there are any pods that are neither mirror pods nor managed by a replication controller, replica set, daemon set, stateful set, or job, then drain will not delete any pods unless you use --force.  --force will also allow deletion to proceed if the managing resource of one or more pods is missing.

 'drain' waits for graceful termination. You should not operate on the machine until the command completes.

 When you are ready to put the node back into service, use kubectl uncordon, which will make the node schedulable again.`,
  example:
    '  # Drain node "foo", even if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set on it\n  kubectl drain foo --force\n  \n  # As above, but abort if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set, and use a grace period of 15 minutes\n  kubectl drain foo --grace-period=900',
  flags: drainFlags,
  run: drain,
});
