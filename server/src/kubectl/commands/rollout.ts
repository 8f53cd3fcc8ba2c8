/** `kubectl rollout`: history, undo, restart, pause, resume and status of workload rollouts. */
import type { CommandOutcome } from '../../shell/command.js';
import { groupResource, type KubeObject, type ResourceType, type Stored } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, UsageError } from '../errors.js';
import { api, now, type KubeInv } from '../env.js';
import { kindPrefixOf } from '../resources.js';
import { dryRunOf, dryRunSuffix, f, forEachTarget } from './common.js';
import { type Workload, objectsOf, get, patch } from './workload.js';
import { rolloutStatus } from './rolloutStatus.js';
import { defineCommand, type CommandInv } from './globals.js';

const rolloutFlags = flagList(
  f.filename('identifying the resource to get from a server.'),
  f.recursive(),
  f.selector(),
);

const REVISION = 'deployment.kubernetes.io/revision';

export function rolloutTarget(inv: KubeInv): { type: ResourceType; name: string } {
  const targets = objectsOf(inv, inv.args);
  const t = targets[0];
  if (!t) throw new UsageError('required resource not specified');
  if (!['Deployment', 'DaemonSet', 'StatefulSet'].includes(t.type.kind))
    throw new KubectlError(`no status viewer has been implemented for ${t.type.kind}`);
  return t;
}

function ownedReplicaSets(inv: KubeInv, dep: Stored): Stored<Workload>[] {
  return api(inv)
    .list<Workload>('replicasets.apps', { namespace: dep.metadata.namespace })
    .items.filter((rs) => (rs.metadata.ownerReferences ?? []).some((r) => r.uid === dep.metadata.uid))
    .sort((a, b) => Number(a.metadata.annotations?.[REVISION] ?? 0) - Number(b.metadata.annotations?.[REVISION] ?? 0));
}

const rolloutHistoryFlags = flagList(
  ...rolloutFlags,
  {
    name: 'revision',
    type: 'int',
    default: '0',
    usage: 'See the details, including podTemplate of the revision specified',
  },
  f.output(),
);

function rolloutHistory(inv: CommandInv<typeof rolloutHistoryFlags>): CommandOutcome {
  const t = rolloutTarget(inv);
  const dep = get(inv, t.type, t.name);
  const rs = ownedReplicaSets(inv, dep);
  const revision = inv.flags.int('revision');
  const header = `${kindPrefixOf(t.type)}/${t.name}`;
  // kubectl's history viewer checks for an empty history before the revision asked for.
  if (rs.length === 0) {
    const withRevision = revision > 0 ? `with revision #${revision}` : '';
    return { stdout: `${header} ${withRevision}\nNo rollout history found.\n`, stderr: '', exitCode: 0 };
  }
  if (revision > 0) {
    const found = rs.find((r) => Number(r.metadata.annotations?.[REVISION]) === revision);
    if (!found) throw new KubectlError(`unable to find the specified revision`);
    const tpl = found.spec?.template;
    const labels = Object.entries(tpl?.metadata?.labels ?? {})
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}=${v}`);
    let out = `${header} with revision #${revision}\nPod Template:\n  Labels:\t${labels.join('\n\t')}\n  Containers:\n`;
    for (const c of tpl?.spec?.containers ?? []) {
      out += `   ${c.name}:\n    Image:\t${c.image ?? ''}\n    Port:\t${c.ports?.[0] ? `${c.ports[0].containerPort}/${c.ports[0].protocol ?? 'TCP'}` : '<none>'}\n    Host Port:\t${c.ports?.[0] ? `0/${c.ports[0].protocol ?? 'TCP'}` : '<none>'}\n    Environment:\t<none>\n    Mounts:\t<none>\n`;
    }
    out += '  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n\n';
    return { stdout: out, stderr: '', exitCode: 0 };
  }
  const rows = rs.map((r) => [
    r.metadata.annotations?.[REVISION] ?? '0',
    r.metadata.annotations?.['kubernetes.io/change-cause'] ?? '<none>',
  ]);
  const width = Math.max(8, ...rows.map((r) => r[0]!.length));
  let out = `${header} \nREVISION${' '.repeat(width - 8)}  CHANGE-CAUSE\n`;
  for (const [rev, cause] of rows) out += `${rev!.padEnd(width)}  ${cause}\n`;
  return { stdout: `${out}\n`, stderr: '', exitCode: 0 };
}

function templateKey(tpl: unknown): string {
  const copy = structuredClone(tpl ?? {}) as { metadata?: { labels?: Record<string, string> } };
  if (copy.metadata?.labels) delete copy.metadata.labels['pod-template-hash'];
  return JSON.stringify(copy);
}

const rolloutUndoFlags = flagList(
  ...rolloutFlags,
  {
    name: 'to-revision',
    type: 'int',
    default: '0',
    usage: 'The revision to rollback to. Default to 0 (last revision).',
  },
  f.dryRun(),
);

function rolloutUndo(inv: CommandInv<typeof rolloutUndoFlags>): CommandOutcome {
  const t = rolloutTarget(inv);
  const dep = get(inv, t.type, t.name);
  const rs = ownedReplicaSets(inv, dep);
  const toRevision = inv.flags.int('to-revision');
  const current = Number(dep.metadata.annotations?.[REVISION] ?? 0);
  let target: Stored<Workload> | undefined;
  if (toRevision > 0) {
    target = rs.find((r) => Number(r.metadata.annotations?.[REVISION]) === toRevision);
    if (!target) throw new KubectlError(`unable to find specified revision ${toRevision} in history`);
  } else {
    const older = rs.filter((r) => Number(r.metadata.annotations?.[REVISION]) < current);
    target = older[older.length - 1];
    if (!target) throw new KubectlError(`no rollout history found for deployment "${t.name}"`);
  }
  if (templateKey(target.spec?.template) === templateKey(dep.spec?.template)) {
    inv.out.println(
      `${kindPrefixOf(t.type)}/${t.name} skipped rollback (current template already matches revision ${target.metadata.annotations?.[REVISION] ?? ''})`,
    );
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  const tpl = structuredClone(target.spec?.template ?? {}) as { metadata?: { labels?: Record<string, string> } };
  if (tpl.metadata?.labels) delete tpl.metadata.labels['pod-template-hash'];
  if (dryRunOf(inv) === 'none') {
    const next = structuredClone(dep) as unknown as Workload & KubeObject;
    (next.spec as Record<string, unknown>).template = tpl;
    api(inv).update(next, { namespace: dep.metadata.namespace });
  }
  inv.out.println(`${kindPrefixOf(t.type)}/${t.name} rolled back${dryRunSuffix(dryRunOf(inv))}`);
  return { stdout: '', stderr: '', exitCode: 0 };
}

const rolloutRestartFlags = flagList(...rolloutFlags, f.dryRun(), f.output());

function rolloutRestart(inv: CommandInv<typeof rolloutRestartFlags>): CommandOutcome {
  const targets = objectsOf(inv, inv.args);
  for (const t of targets) {
    const obj = get(inv, t.type, t.name);
    if (!['Deployment', 'DaemonSet', 'StatefulSet'].includes(t.type.kind))
      throw new KubectlError(`${groupResource(t.type)} "${t.name}" restarting is not supported`);
    if (obj.spec?.paused) throw new KubectlError(`can't restart paused deployment (run rollout resume first)`);
    const at = new Date(now(inv)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (dryRunOf(inv) === 'none')
      patch(inv, t.type, t.name, {
        spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at } } } },
      });
    inv.out.println(`${kindPrefixOf(t.type)}/${t.name} restarted${dryRunSuffix(dryRunOf(inv))}`);
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}

function rolloutPause(inv: KubeInv, pause: boolean): CommandOutcome {
  const targets = objectsOf(inv, inv.args);
  return forEachTarget(inv.out, targets, (t) => {
    if (t.type.kind !== 'Deployment') {
      inv.out.error(`error: ${kindPrefixOf(t.type)}/${t.name} ${pause ? 'pausing' : 'resuming'} is not supported`);
      return false;
    }
    const obj = get(inv, t.type, t.name);
    if (Boolean(obj.spec?.paused) === pause) {
      inv.out.error(`error: ${groupResource(t.type)} "${t.name}" is ${pause ? 'already paused' : 'not paused'}`);
      return false;
    }
    patch(inv, t.type, t.name, { spec: { paused: pause } }, 'merge');
    inv.out.println(`${kindPrefixOf(t.type)}/${t.name} ${pause ? 'paused' : 'resumed'}`);
  });
}

export const rolloutCommand = defineCommand({
  use: 'rollout SUBCOMMAND',
  short: 'Manage the rollout of a resource',
  long: `Manage the rollout of one or many resources.
        
 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets`,
  example: `  # Rollback to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Check the rollout status of a daemonset
  kubectl rollout status daemonset/foo
  
  # Restart a deployment
  kubectl rollout restart deployment/abc
  
  # Restart deployments with the 'app=nginx' label
  kubectl rollout restart deployment --selector=app=nginx`,
  group: 'Deploy Commands',
  sub: [
    defineCommand({
      use: 'history (TYPE NAME | TYPE/NAME) [flags]',
      short: 'View rollout history',
      long: 'View previous rollout revisions and configurations.',
      flags: rolloutHistoryFlags,
      run: rolloutHistory,
    }),
    defineCommand({
      use: 'pause RESOURCE',
      short: 'Mark the provided resource as paused',
      long: 'Mark the provided resource as paused.\n\n Paused resources will not be reconciled by a controller. Use "kubectl rollout resume" to resume a paused resource. Currently only deployments support being paused.',
      flags: rolloutFlags,
      run: (inv) => rolloutPause(inv, true),
    }),
    defineCommand({
      use: 'restart RESOURCE',
      short: 'Restart a resource',
      long: 'Restart a resource.\n\n        Resource rollout will be restarted.',
      flags: rolloutRestartFlags,
      run: rolloutRestart,
    }),
    defineCommand({
      use: 'resume RESOURCE',
      short: 'Resume a paused resource',
      long: 'Resume a paused resource.\n\n Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.',
      flags: rolloutFlags,
      run: (inv) => rolloutPause(inv, false),
    }),
    defineCommand({
      use: 'status (TYPE NAME | TYPE/NAME) [flags]',
      short: 'Show the status of the rollout',
      long: "Show the status of the rollout.\n\n By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.",
      flags: [
        ...rolloutFlags,
        {
          name: 'watch',
          short: 'w',
          type: 'string',
          default: 'true',
          noOptDefault: 'true',
          usage: "Watch the status of the rollout until it's done.",
        },
        {
          name: 'revision',
          type: 'int',
          default: '0',
          usage: 'Pin to a specific revision for showing its status. Defaults to 0 (last revision).',
        },
        f.timeout(),
      ],
      run: rolloutStatus,
    }),
    defineCommand({
      use: 'undo (TYPE NAME | TYPE/NAME) [flags]',
      short: 'Undo a previous rollout',
      long: 'Roll back to a previous rollout.',
      flags: rolloutUndoFlags,
      run: rolloutUndo,
    }),
  ],
});
