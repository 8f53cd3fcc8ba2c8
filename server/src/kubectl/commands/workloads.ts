/** `kubectl scale`, `expose`, `autoscale`, `rollout …` and `set image|env|resources`. */
import type { CommandOutcome } from '../../shell/command.js';
import { groupResource, isStatusError, type KubeObject, type ResourceType, type Stored } from '../../sim/index.js';
import type { CommandSpec } from '../cli/command.js';
import { formatStatusError, KubectlError, RawError, UsageError } from '../errors.js';
import { api, namespaceOf, now, type KubeEnv, type KubeInv } from '../env.js';
import { service } from '../generators.js';
import { pollProgram } from '../program.js';
import { kindPrefixOf, parseResourceArgs } from '../resources.js';
import { dryRunOf, dryRunSuffix, f, outputSpec, parseKeyValues } from './common.js';
import { createGenerated, emit } from './write.js';
import { required } from './create.js';

interface Workload {
  metadata: Stored['metadata'];
  spec?: {
    replicas?: number;
    paused?: boolean;
    selector?: { matchLabels?: Record<string, string> } & Record<string, unknown>;
    template?: {
      metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
      spec?: { containers?: Container[]; initContainers?: Container[] };
    };
    containers?: Container[];
    initContainers?: Container[];
    ports?: { port: number; name?: string; protocol?: string; targetPort?: number | string }[];
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    readyReplicas?: number;
    conditions?: { type: string; reason?: string }[];
  };
}

interface Container {
  name: string;
  image?: string;
  ports?: { containerPort: number; protocol?: string; name?: string }[];
  env?: { name: string; value?: string }[];
  resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
}

/** `TYPE NAME` or `TYPE/NAME` pairs of a command that acts on workloads. */
function objectsOf(inv: KubeInv, args: readonly string[]): { type: ResourceType; name: string }[] {
  if (args.length === 0) throw new KubectlError('required resource not specified');
  const parsed = parseResourceArgs(inv, args);
  if (!parsed.named) {
    const selector = inv.flags.str('selector');
    const all = inv.flags.bool('all');
    if (!selector && !all)
      throw new UsageError(
        'required resource not specified'.replace(
          'required resource not specified',
          'resource(s) were provided, but no name was specified',
        ),
      );
    const out: { type: ResourceType; name: string }[] = [];
    for (const r of parsed.requests) {
      for (const o of api(inv).list(groupResource(r.type), {
        namespace: namespaceOf(inv),
        labelSelector: selector || undefined,
      }).items)
        out.push({ type: r.type, name: o.metadata.name });
    }
    return out;
  }
  return parsed.requests.map((r) => ({ type: r.type, name: r.name! }));
}

function get(inv: KubeInv, type: ResourceType, name: string): Stored<Workload> {
  return api(inv).get<Workload>(groupResource(type), type.namespaced ? namespaceOf(inv) : undefined, name);
}

function patch(
  inv: KubeInv,
  type: ResourceType,
  name: string,
  body: unknown,
  kind: 'strategic' | 'merge' | 'json' = 'strategic',
): Stored {
  return api(inv).patch(groupResource(type), type.namespaced ? namespaceOf(inv) : undefined, name, body, kind, {
    dryRun: dryRunOf(inv) === 'server',
  });
}

function podSpecOf(obj: Workload): { containers?: Container[]; initContainers?: Container[] } | undefined {
  return obj.spec?.template?.spec ?? (obj.spec?.containers ? obj.spec : undefined);
}

// ---- scale -----------------------------------------------------------------------------------

function scale(inv: KubeInv): CommandOutcome {
  required(inv, 'replicas');
  const replicas = inv.flags.int('replicas');
  if (replicas < 0)
    throw new KubectlError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  const targets = objectsOf(inv, inv.args);
  let failed = false;
  for (const t of targets) {
    if (!['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController'].includes(t.type.kind)) {
      inv.out.error(`error: no scaler has been implemented for {"${t.type.group}" "${t.type.kind}"}`);
      failed = true;
      continue;
    }
    try {
      const current = get(inv, t.type, t.name);
      const expected = inv.flags.int('current-replicas');
      if (expected >= 0 && (current.spec?.replicas ?? 1) !== expected) {
        throw new KubectlError(`Expected replicas to be ${expected}, was ${current.spec?.replicas ?? 1}`);
      }
      if (dryRunOf(inv) !== 'client') patch(inv, t.type, t.name, { spec: { replicas } }, 'merge');
      inv.out.println(`${kindPrefixOf(t.type)}/${t.name} scaled${dryRunSuffix(dryRunOf(inv))}`);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      inv.out.error(formatStatusError(e));
      failed = true;
    }
  }
  return { stdout: '', stderr: '', exitCode: failed ? 1 : 0 };
}

// ---- expose ----------------------------------------------------------------------------------

function expose(inv: KubeInv): CommandOutcome {
  const [t] = objectsOf(inv, inv.args);
  if (!t) throw new UsageError('You must provide one or more resources by argument or filename.');
  const obj = get(inv, t.type, t.name);
  let selector: Record<string, string> | undefined;
  const flagSelector = inv.flags.str('selector');
  if (flagSelector) selector = parseKeyValues(flagSelector.split(','), 'selector');
  else if (t.type.kind === 'Pod') {
    selector = obj.metadata.labels;
    if (!selector || Object.keys(selector).length === 0)
      throw new KubectlError(
        "couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed",
      );
  } else if (t.type.kind === 'Service')
    selector = (obj.spec as { selector?: Record<string, string> } | undefined)?.selector;
  else if (['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'].includes(t.type.kind)) {
    const sel = obj.spec?.selector;
    if (sel && Object.keys(sel).some((k) => k === 'matchExpressions'))
      throw new KubectlError(
        "couldn't retrieve selectors via --selector flag or introspection: invalid deployment: no selectors, therefore cannot be exposed",
      );
    selector = sel?.matchLabels;
  } else if (t.type.kind === 'ReplicationController')
    selector = obj.spec?.selector as Record<string, string> | undefined;
  else throw new KubectlError(`cannot expose a ${t.type.kind}`);
  const protocol = inv.flags.str('protocol') || 'TCP';
  let ports: { name?: string; port: number; targetPort: number | string; protocol: string }[];
  const targetFlag = inv.flags.str('target-port');
  const target = (p: number): number | string =>
    targetFlag ? (/^\d+$/.test(targetFlag) ? Number(targetFlag) : targetFlag) : p;
  if (inv.flags.str('port')) {
    const p = Number(inv.flags.str('port'));
    ports = [{ port: p, targetPort: target(p), protocol }];
  } else if (t.type.kind === 'Service') {
    ports = (obj.spec?.ports ?? []).map((p) => ({
      ...(p.name ? { name: p.name } : {}),
      port: p.port,
      targetPort: p.targetPort ?? p.port,
      protocol: p.protocol ?? 'TCP',
    }));
  } else {
    const containers = podSpecOf(obj)?.containers ?? [];
    const found = containers.flatMap((c) => c.ports ?? []);
    ports = found.map((p, i) => ({
      ...(found.length > 1 ? { name: `port-${i + 1}` } : {}),
      port: p.containerPort,
      targetPort: target(p.containerPort),
      protocol: p.protocol ?? protocol,
    }));
  }
  if (ports.length === 0) throw new KubectlError("couldn't find port via --port flag or introspection");
  const name = inv.flags.str('name') || t.name;
  const type = inv.flags.str('type');
  const labels = inv.flags.str('labels')
    ? parseKeyValues(inv.flags.str('labels').split(','), 'label')
    : obj.metadata.labels;
  const svc = service(name, {
    ports: ports.map((p) => ({ ...p })),
    ...(selector ? { selector } : {}),
    ...(labels && Object.keys(labels).length ? { labels } : {}),
    ...(type ? { type } : {}),
    ...(inv.flags.str('cluster-ip') ? { clusterIP: inv.flags.str('cluster-ip') } : {}),
  });
  createGenerated(inv, svc, outputSpec(inv), 'exposed');
  return { stdout: '', stderr: '', exitCode: 0 };
}

// ---- autoscale -------------------------------------------------------------------------------

function autoscale(inv: KubeInv): CommandOutcome {
  required(inv, 'max');
  const [t] = objectsOf(inv, inv.args);
  if (!t) throw new UsageError('required resource not specified');
  const max = inv.flags.int('max');
  const min = inv.flags.int('min');
  if (max < 1) throw new KubectlError(`--max=MAXPODS is required and must be at least 1, max: ${max}`);
  if (min > max)
    throw new KubectlError(`--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
  get(inv, t.type, t.name);
  const cpu = inv.flags.int('cpu-percent');
  const name = inv.flags.str('name') || t.name;
  const hpa = {
    kind: 'HorizontalPodAutoscaler',
    apiVersion: 'autoscaling/v2',
    metadata: { name, creationTimestamp: null },
    spec: {
      scaleTargetRef: {
        kind: t.type.kind,
        name: t.name,
        apiVersion: t.type.group ? `${t.type.group}/${t.type.version}` : t.type.version,
      },
      ...(min >= 1 ? { minReplicas: min } : {}),
      maxReplicas: max,
      ...(cpu >= 0
        ? {
            metrics: [
              { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpu } } },
            ],
          }
        : {}),
    },
    status: { currentMetrics: null, desiredReplicas: 0 },
  } as unknown as KubeObject;
  createGenerated(inv, hpa, outputSpec(inv), 'autoscaled');
  return { stdout: '', stderr: '', exitCode: 0 };
}

// ---- rollout ---------------------------------------------------------------------------------

const REVISION = 'deployment.kubernetes.io/revision';

function rolloutTarget(inv: KubeInv): { type: ResourceType; name: string } {
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

/** kubectl's DeploymentStatusViewer. */
function deploymentStatus(d: Workload, name: string): { message: string; done: boolean; error?: string } {
  const generation = d.metadata.generation ?? 0;
  const s = d.status ?? {};
  if (generation <= (s.observedGeneration ?? 0)) {
    const progressing = s.conditions?.find((c) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded')
      return { message: '', done: false, error: `deployment "${name}" exceeded its progress deadline` };
    const replicas = d.spec?.replicas ?? 1;
    const updated = s.updatedReplicas ?? 0;
    if (updated < replicas)
      return {
        message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...\n`,
        done: false,
      };
    if ((s.replicas ?? 0) > updated)
      return {
        message: `Waiting for deployment "${name}" rollout to finish: ${(s.replicas ?? 0) - updated} old replicas are pending termination...\n`,
        done: false,
      };
    if ((s.availableReplicas ?? 0) < updated)
      return {
        message: `Waiting for deployment "${name}" rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`,
        done: false,
      };
    return { message: `deployment "${name}" successfully rolled out\n`, done: true };
  }
  return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
}

function genericStatus(d: Workload, kind: string, name: string): { message: string; done: boolean } {
  const s = d.status as
    | {
        desiredNumberScheduled?: number;
        updatedNumberScheduled?: number;
        numberAvailable?: number;
        readyReplicas?: number;
        replicas?: number;
        updatedReplicas?: number;
      }
    | undefined;
  if (kind === 'DaemonSet') {
    const desired = s?.desiredNumberScheduled ?? 0;
    if ((s?.updatedNumberScheduled ?? 0) < desired)
      return {
        message: `Waiting for daemon set "${name}" rollout to finish: ${s?.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...\n`,
        done: false,
      };
    if ((s?.numberAvailable ?? 0) < desired)
      return {
        message: `Waiting for daemon set "${name}" rollout to finish: ${s?.numberAvailable ?? 0} of ${desired} updated pods are available...\n`,
        done: false,
      };
    return { message: `daemon set "${name}" successfully rolled out\n`, done: true };
  }
  const replicas = d.spec?.replicas ?? 1;
  if ((s?.readyReplicas ?? 0) < replicas)
    return { message: `Waiting for ${replicas - (s?.readyReplicas ?? 0)} pods to be ready...\n`, done: false };
  return {
    message:
      `statefulset rolling update complete ${replicas} pods at revision ${name}-${(d.metadata.resourceVersion ?? '').slice(0, 0)}...\n`.replace(
        / at revision .*\.\.\./,
        '...',
      ),
    done: true,
  };
}

function rolloutStatus(inv: KubeInv): CommandOutcome {
  const t = rolloutTarget(inv);
  get(inv, t.type, t.name);
  const watch = inv.flags.str('watch') !== 'false';
  const timeout = inv.flags.int('timeout');
  const server = api(inv);
  const ns = namespaceOf(inv);
  const check = (): { message: string; done: boolean; error?: string } => {
    const d = server.get<Workload>(groupResource(t.type), ns, t.name);
    return t.type.kind === 'Deployment' ? deploymentStatus(d, t.name) : genericStatus(d, t.type.kind, t.name);
  };
  const first = check();
  if (first.error) throw new KubectlError(first.error);
  if (first.done || !watch) return { stdout: first.message, stderr: '', exitCode: 0 };
  let last = '';
  const startedAt = inv.env.cluster.now();
  return {
    program: pollProgram({
      check: (io) => {
        if (inv.env.cluster.state !== 'Running') return undefined;
        let r;
        try {
          r = check();
        } catch (e) {
          if (!isStatusError(e)) throw e;
          io.write(`${formatStatusError(e)}\n`);
          return 1;
        }
        if (r.error) {
          io.write(`error: ${r.error}\n`);
          return 1;
        }
        // The controller has not had a turn yet at the very first look; kubectl's first watch event
        // comes after it, so that message is shown only if it persists.
        const fresh = io.now() === startedAt && r.message.startsWith('Waiting for deployment spec update');
        if (r.message !== last && !fresh) io.write(r.message);
        if (!fresh) last = r.message;
        return r.done ? 0 : undefined;
      },
      ...(timeout > 0 ? { timeoutMs: timeout } : {}),
      onTimeout: (io) => {
        io.write('error: timed out waiting for the condition\n');
        return 1;
      },
    }),
  };
}

function rolloutHistory(inv: KubeInv): CommandOutcome {
  const t = rolloutTarget(inv);
  const dep = get(inv, t.type, t.name);
  const rs = ownedReplicaSets(inv, dep);
  const revision = inv.flags.int('revision');
  const header = `${kindPrefixOf(t.type)}/${t.name}`;
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

function rolloutUndo(inv: KubeInv): CommandOutcome {
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

function rolloutRestart(inv: KubeInv): CommandOutcome {
  const targets = objectsOf(inv, inv.args);
  for (const t of targets) {
    const obj = get(inv, t.type, t.name);
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
  let failed = false;
  for (const t of targets) {
    if (t.type.kind !== 'Deployment') {
      inv.out.error(`error: ${kindPrefixOf(t.type)}/${t.name} ${pause ? 'pausing' : 'resuming'} is not supported`);
      failed = true;
      continue;
    }
    const obj = get(inv, t.type, t.name);
    if (Boolean(obj.spec?.paused) === pause) {
      inv.out.error(`error: ${groupResource(t.type)} "${t.name}" is ${pause ? 'already paused' : 'not paused'}`);
      failed = true;
      continue;
    }
    patch(inv, t.type, t.name, { spec: { paused: pause } }, 'merge');
    inv.out.println(`${kindPrefixOf(t.type)}/${t.name} ${pause ? 'paused' : 'resumed'}`);
  }
  return { stdout: '', stderr: '', exitCode: failed ? 1 : 0 };
}

// ---- set -------------------------------------------------------------------------------------

function updateContainers(
  inv: KubeInv,
  verb: string,
  change: (containers: Container[], obj: Stored<Workload>) => void,
  args: readonly string[],
): CommandOutcome {
  const targets = objectsOf(inv, args);
  const spec = outputSpec(inv);
  let failed = false;
  for (const t of targets) {
    try {
      const obj = get(inv, t.type, t.name);
      const next = structuredClone(obj);
      const podSpec = podSpecOf(next);
      if (!podSpec) throw new KubectlError(`${kindPrefixOf(t.type)}/${t.name} has no pod template`);
      const containers = podSpec.containers ?? [];
      const before = JSON.stringify(containers);
      change(containers, next);
      if (JSON.stringify(containers) === before && !spec) continue;
      const dry = dryRunOf(inv);
      const written =
        dry === 'client'
          ? next
          : api(inv).update(next, { namespace: obj.metadata.namespace, dryRun: dry === 'server' });
      emit(inv, [{ object: written, verb: `${verb}${dryRunSuffix(dry)}` }], spec, dry !== 'client');
    } catch (e) {
      if (!isStatusError(e)) throw e;
      inv.out.error(formatStatusError(e));
      failed = true;
    }
  }
  return { stdout: '', stderr: '', exitCode: failed ? 1 : 0 };
}

function setImage(inv: KubeInv): CommandOutcome {
  const pairs = inv.args.filter((a) => a.includes('='));
  const resources = inv.args.filter((a) => !a.includes('='));
  if (resources.length === 0 && inv.flags.list('filename').length === 0) {
    throw new KubectlError(
      "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
    );
  }
  if (pairs.length === 0) throw new KubectlError('at least one image update is required');
  const images = parseKeyValues(pairs, 'image');
  return updateContainers(
    inv,
    'image updated',
    (containers, obj) => {
      for (const [name, image] of Object.entries(images)) {
        const matched = name === '*' ? containers : containers.filter((c) => c.name === name);
        if (matched.length === 0) throw new RawError(`error: unable to find container named "${name}"`);
        for (const c of matched) c.image = image;
      }
      void obj;
    },
    resources,
  );
}

function setEnv(inv: KubeInv): CommandOutcome {
  const pairs = inv.args.filter((a) => a.includes('=') || a.endsWith('-'));
  const resources = inv.args.filter((a) => !pairs.includes(a));
  const remove = pairs.filter((p) => p.endsWith('-') && !p.includes('=')).map((p) => p.slice(0, -1));
  const set = [...inv.flags.list('env'), ...pairs.filter((p) => p.includes('='))];
  if (inv.flags.bool('list')) {
    const t = objectsOf(inv, resources)[0];
    if (!t) throw new UsageError('required resource not specified');
    const obj = get(inv, t.type, t.name);
    let out = '';
    for (const c of podSpecOf(obj)?.containers ?? []) {
      out += `# ${t.type.kind.toLowerCase()}s/${t.name}, container ${c.name}\n`;
      for (const e of c.env ?? []) out += `${e.name}=${e.value ?? ''}\n`;
    }
    return { stdout: out, stderr: '', exitCode: 0 };
  }
  if (resources.length === 0 && inv.flags.list('filename').length === 0)
    throw new KubectlError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (set.length === 0 && remove.length === 0)
    throw new KubectlError('at least one environment variable must be provided');
  const values = parseKeyValues(set, 'env');
  const only = inv.flags.str('containers') || '*';
  return updateContainers(
    inv,
    'env updated',
    (containers) => {
      for (const c of containers) {
        if (only !== '*' && c.name !== only) continue;
        let env = (c.env ?? []).filter((e) => !remove.includes(e.name));
        for (const [k, v] of Object.entries(values)) {
          const existing = env.find((e) => e.name === k);
          if (existing) existing.value = v;
          else env = [...env, { name: k, value: v }];
        }
        if (env.length > 0) c.env = env;
        else delete c.env;
      }
    },
    resources,
  );
}

function setResources(inv: KubeInv): CommandOutcome {
  const limits = inv.flags.str('limits');
  const requests = inv.flags.str('requests');
  if (!limits && !requests)
    throw new KubectlError('you must specify an update to requests or limits (in the form of --requests/--limits)');
  const parse = (s: string): Record<string, string> => (s ? parseKeyValues(s.split(','), 'resource') : {});
  const only = inv.flags.str('containers') || '*';
  return updateContainers(
    inv,
    'resource requirements updated',
    (containers) => {
      for (const c of containers) {
        if (only !== '*' && c.name !== only) continue;
        const r = c.resources ?? {};
        if (limits) r.limits = { ...(r.limits ?? {}), ...parse(limits) };
        if (requests) r.requests = { ...(r.requests ?? {}), ...parse(requests) };
        c.resources = r;
      }
    },
    inv.args,
  );
}

const rolloutFlags = [f.filename('identifying the resource to get from a server.'), f.recursive(), f.selector()];

export const scaleCommand: CommandSpec<KubeEnv> = {
  use: 'scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME)',
  short: 'Set a new size for a deployment, replica set, or replication controller',
  long: 'Set a new size for a deployment, replica set, replication controller, or stateful set.\n\n Scale also allows users to specify one or more preconditions for the scale action.\n\n If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.',
  example: `  # Scale a replica set named 'foo' to 3
  kubectl scale --replicas=3 rs/foo
  
  # Scale a resource identified by type and name specified in "foo.yaml" to 3
  kubectl scale --replicas=3 -f foo.yaml
  
  # If the deployment named mysql's current size is 2, scale mysql to 3
  kubectl scale --current-replicas=2 --replicas=3 deployment/mysql
  
  # Scale multiple replication controllers
  kubectl scale --replicas=5 rc/example1 rc/example2 rc/example3
  
  # Scale stateful set named 'web' to 3
  kubectl scale --replicas=3 statefulset/web`,
  group: 'Deploy Commands',
  flags: [
    { name: 'replicas', type: 'int', default: '0', usage: 'The new desired number of replicas. Required.' },
    {
      name: 'current-replicas',
      type: 'int',
      default: '-1',
      usage:
        'Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition.',
    },
    {
      name: 'resource-version',
      type: 'string',
      usage:
        'Precondition for resource version. Requires that the current resource version match this value in order to scale.',
    },
    { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' },
    f.dryRun(),
    f.output(),
    f.selector(),
    f.filename('identifying the resource to set a new size'),
    f.timeout(),
  ],
  run: scale,
};

export const exposeCommand: CommandSpec<KubeEnv> = {
  use: 'expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type]',
  short: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  long: `Expose a resource as a new Kubernetes service.

 Looks up a deployment, service, replica set, replication controller or pod by name and uses the selector for that resource as the selector for a new service on the specified port. A deployment or replica set will be exposed as a service only if its selector is convertible to a selector that service supports, i.e. when the selector contains only the matchLabels component. Note that if no port is specified via --port and the exposed resource has multiple ports, all will be re-used by the new service. Also if no labels are specified, the new service will re-use the labels from the resource it exposes.

 Possible resources include (case insensitive):

 pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)`,
  example: `  # Create a service for a replicated nginx, which serves on port 80 and connects to the containers on port 8000
  kubectl expose rc nginx --port=80 --target-port=8000
  
  # Create a service for a pod valid-pod, which serves on port 444 with the name "frontend"
  kubectl expose pod valid-pod --port=444 --name=frontend
  
  # Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000
  kubectl expose deployment nginx --port=80 --target-port=8000`,
  group: 'Basic Commands (Beginner)',
  flags: [
    {
      name: 'port',
      type: 'string',
      usage: 'The port that the service should serve on. Copied from the resource being exposed, if unspecified',
    },
    {
      name: 'target-port',
      type: 'string',
      usage: 'Name or number for the port on the container that the service should direct traffic to. Optional.',
    },
    {
      name: 'protocol',
      type: 'string',
      usage: "The network protocol for the service to be created. Default is 'TCP'.",
    },
    { name: 'name', type: 'string', usage: 'The name for the newly created object.' },
    {
      name: 'type',
      type: 'string',
      usage: "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'.",
    },
    {
      name: 'selector',
      type: 'string',
      usage:
        'A label selector to use for this service. Only equality-based selector requirements are supported. If empty (the default) infer the selector from the replication controller or replica set.)',
    },
    { name: 'labels', short: 'l', type: 'string', usage: 'Labels to apply to the service created by this call.' },
    {
      name: 'cluster-ip',
      type: 'string',
      usage:
        "ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create a headless service.",
    },
    {
      name: 'external-ip',
      type: 'string',
      usage: 'Additional external IP address (not managed by Kubernetes) to accept for the service.',
    },
    f.dryRun(),
    f.output(),
    f.filename('to expose a service'),
    f.template(),
  ],
  run: expose,
};

export const autoscaleCommand: CommandSpec<KubeEnv> = {
  use: 'autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU]',
  short: 'Auto-scale a deployment, replica set, stateful set, or replication controller',
  long: 'Creates an autoscaler that automatically chooses and sets the number of pods that run in a Kubernetes cluster.\n\n Looks up a deployment, replica set, stateful set, or replication controller by name and creates an autoscaler that uses the given resource as a reference. An autoscaler can automatically increase or decrease number of pods deployed within the system as needed.',
  example: `  # Auto scale a deployment "foo", with the number of pods between 2 and 10, no target CPU utilization specified so a default autoscaling policy will be used
  kubectl autoscale deployment foo --min=2 --max=10
  
  # Auto scale a replication controller "foo", with the number of pods between 1 and 5, target CPU utilization at 80%
  kubectl autoscale rc foo --max=5 --cpu-percent=80`,
  group: 'Deploy Commands',
  flags: [
    {
      name: 'min',
      type: 'int',
      default: '-1',
      usage:
        "The lower limit for the number of pods that can be set by the autoscaler. If it's not specified or negative, the server will apply a default value.",
    },
    {
      name: 'max',
      type: 'int',
      default: '-1',
      usage: 'The upper limit for the number of pods that can be set by the autoscaler. Required.',
    },
    {
      name: 'cpu-percent',
      type: 'int',
      default: '-1',
      usage:
        "The target average CPU utilization (represented as a percent of requested CPU) over all the pods. If it's not specified or negative, a default autoscaling policy will be used.",
    },
    {
      name: 'name',
      type: 'string',
      usage: 'The name for the newly created object. If not specified, the name of the input resource will be used.',
    },
    f.dryRun(),
    f.output(),
    f.filename('identifying the resource to autoscale.'),
  ],
  run: autoscale,
};

export const rolloutCommand: CommandSpec<KubeEnv> = {
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
    {
      use: 'history (TYPE NAME | TYPE/NAME) [flags]',
      short: 'View rollout history',
      long: 'View previous rollout revisions and configurations.',
      flags: [
        ...rolloutFlags,
        {
          name: 'revision',
          type: 'int',
          default: '0',
          usage: 'See the details, including podTemplate of the revision specified',
        },
        f.output(),
      ],
      run: rolloutHistory,
    },
    {
      use: 'pause RESOURCE',
      short: 'Mark the provided resource as paused',
      long: 'Mark the provided resource as paused.\n\n Paused resources will not be reconciled by a controller. Use "kubectl rollout resume" to resume a paused resource. Currently only deployments support being paused.',
      flags: rolloutFlags,
      run: (inv) => rolloutPause(inv, true),
    },
    {
      use: 'restart RESOURCE',
      short: 'Restart a resource',
      long: 'Restart a resource.\n\n        Resource rollout will be restarted.',
      flags: [...rolloutFlags, f.dryRun(), f.output()],
      run: rolloutRestart,
    },
    {
      use: 'resume RESOURCE',
      short: 'Resume a paused resource',
      long: 'Resume a paused resource.\n\n Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.',
      flags: rolloutFlags,
      run: (inv) => rolloutPause(inv, false),
    },
    {
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
    },
    {
      use: 'undo (TYPE NAME | TYPE/NAME) [flags]',
      short: 'Undo a previous rollout',
      long: 'Roll back to a previous rollout.',
      flags: [
        ...rolloutFlags,
        {
          name: 'to-revision',
          type: 'int',
          default: '0',
          usage: 'The revision to rollback to. Default to 0 (last revision).',
        },
        f.dryRun(),
      ],
      run: rolloutUndo,
    },
  ],
};

export const setCommand: CommandSpec<KubeEnv> = {
  use: 'set SUBCOMMAND',
  short: 'Set specific features on objects',
  long: 'Configure application resources.\n\n These commands help you make changes to existing application resources.',
  group: 'Basic Commands (Beginner)',
  sub: [
    {
      use: 'env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N',
      short: 'Update environment variables on a pod template',
      flags: [
        {
          name: 'env',
          short: 'e',
          type: 'stringArray',
          usage: 'Specify a key-value pair for an environment variable to set into each container.',
        },
        {
          name: 'containers',
          short: 'c',
          type: 'string',
          default: '*',
          usage: 'The names of containers in the selected pod templates to change - may use wildcards',
        },
        {
          name: 'list',
          type: 'bool',
          usage: 'If true, display the environment and any changes in the standard format.',
        },
        f.all('If true, select all resources in the namespace of the specified resource types'),
        f.selector(),
        f.dryRun(),
        f.output(),
      ],
      run: setEnv,
    },
    {
      use: 'image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N',
      short: 'Update the image of a pod template',
      long: 'Update existing container image(s) of resources.',
      example: `  # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'
  kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1
  
  # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'
  kubectl set image deployments,rc nginx=nginx:1.9.1 --all
  
  # Update image of all containers of daemonset abc to 'nginx:1.9.1'
  kubectl set image daemonset abc *=nginx:1.9.1`,
      flags: [
        f.all('Select all resources, in the namespace of the specified resource types'),
        f.selector(),
        f.dryRun(),
        f.output(),
        f.filename('identifying the resource to get from a server.'),
      ],
      run: setImage,
    },
    {
      use: 'resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS]',
      short: 'Update resource requests/limits on objects with pod templates',
      flags: [
        {
          name: 'limits',
          type: 'string',
          usage: "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.",
        },
        {
          name: 'requests',
          type: 'string',
          usage: "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.",
        },
        {
          name: 'containers',
          short: 'c',
          type: 'string',
          default: '*',
          usage:
            'The names of containers in the selected pod templates to change, all containers are selected by default - may use wildcards',
        },
        f.all('Select all resources, in the namespace of the specified resource types'),
        f.selector(),
        f.dryRun(),
        f.output(),
      ],
      run: setResources,
    },
  ],
};
