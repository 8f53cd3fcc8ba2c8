/** Checks on running workloads: Ready pods, finished rollouts, rollbacks, service endpoints. */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { Check } from '../format.js';
import { listObjects, plural, resolveType, type Stored } from './resolve.js';
import { fail, pass, type CheckEnvironment, type CheckResult } from './types.js';

const REVISION = 'deployment.kubernetes.io/revision';
const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';

export function isPodReady(pod: Stored<Pod>): boolean {
  if (pod.metadata.deletionTimestamp) return false;
  return (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

function typed<T extends object>(
  env: CheckEnvironment,
  resource: string,
  namespace: string | undefined,
  selector?: string,
): Stored<T>[] {
  const type = resolveType(env.cluster, resource);
  if (!type) return [];
  return listObjects(env.cluster, type, namespace, selector) as unknown as Stored<T>[];
}

export function podsReady(check: Extract<Check, { type: 'podsReady' }>, env: CheckEnvironment): CheckResult {
  const pods = typed<Pod>(env, 'pods', check.namespace, check.selector);
  const ready = pods.filter(isPodReady);
  const exact = (check.mode ?? 'exactly') === 'exactly';
  const asked = `${exact ? '' : 'at least '}${check.count}`;
  if (exact ? ready.length !== check.count : ready.length < check.count) {
    const notReady = pods.length - ready.length;
    const extra = notReady > 0 ? ` (${plural(notReady, 'other pod')} not Ready)` : '';
    return fail(
      `${plural(ready.length, 'pod')} with ${check.selector} ${ready.length === 1 ? 'is' : 'are'} Ready${extra}; the step asks for ${asked}`,
    );
  }
  if (check.notOnNode) {
    const there = ready.filter((p) => p.spec?.nodeName === check.notOnNode);
    if (there.length > 0)
      return fail(
        `${plural(there.length, 'Ready pod')} with ${check.selector} still run${there.length === 1 ? 's' : ''} on ${check.notOnNode}`,
      );
  }
  if (check.minNodes) {
    const nodes = new Set(ready.map((p) => p.spec?.nodeName).filter(Boolean));
    if (nodes.size < check.minNodes)
      return fail(
        `the Ready pods with ${check.selector} run on ${plural(nodes.size, 'node')}; the step asks for at least ${check.minNodes}`,
      );
  }
  return pass(`${plural(ready.length, 'pod')} with ${check.selector} ${ready.length === 1 ? 'is' : 'are'} Ready`);
}

function findDeployment(
  env: CheckEnvironment,
  name: string,
  namespace: string | undefined,
): Stored<Deployment> | undefined {
  return env.cluster.api.find<Deployment>('deployments.apps', namespace ?? 'default', name);
}

export function rolledOut(check: Extract<Check, { type: 'rolledOut' }>, env: CheckEnvironment): CheckResult {
  const d = findDeployment(env, check.deployment, check.namespace);
  if (!d) return fail(`there is no deployment "${check.deployment}"`);
  if (check.image) {
    const containers = (d.spec?.template.spec?.containers ?? []).filter(
      (c) => !check.container || c.name === check.container,
    );
    if (containers.length === 0)
      return fail(`deployment ${check.deployment} has no container named ${check.container ?? '(any)'}`);
    const wrong = containers.find((c) => c.image !== check.image);
    if (wrong)
      return fail(
        `deployment ${check.deployment} runs image ${wrong.image ?? '(none)'} in container ${wrong.name}; the step asks for ${check.image}`,
      );
  }
  const want = d.spec?.replicas ?? 1;
  const s = d.status ?? {};
  if ((s.observedGeneration ?? 0) < (d.metadata.generation ?? 0))
    return fail(`deployment ${check.deployment}'s new spec has not been picked up by its controller yet`);
  const updated = s.updatedReplicas ?? 0;
  if (updated < want)
    return fail(`deployment ${check.deployment} has ${updated} of ${want} replicas updated to the new version`);
  if ((s.replicas ?? 0) > updated)
    return fail(
      `deployment ${check.deployment} still has ${plural((s.replicas ?? 0) - updated, 'old replica')} to replace`,
    );
  if ((s.availableReplicas ?? 0) < updated)
    return fail(
      `deployment ${check.deployment} has ${s.availableReplicas ?? 0} of ${updated} updated replicas available`,
    );
  return pass(`deployment ${check.deployment} finished rolling out${check.image ? ` to ${check.image}` : ''}`);
}

function ownedReplicaSets(env: CheckEnvironment, d: Stored<Deployment>): Stored<ReplicaSet>[] {
  return typed<ReplicaSet>(env, 'replicasets', d.metadata.namespace).filter((rs) =>
    (rs.metadata.ownerReferences ?? []).some((o) => o.uid === d.metadata.uid),
  );
}

const revisionOf = (rs: Stored<ReplicaSet>): number => Number(rs.metadata.annotations?.[REVISION] ?? 0);

export function rolledBack(check: Extract<Check, { type: 'rolledBack' }>, env: CheckEnvironment): CheckResult {
  const d = findDeployment(env, check.deployment, check.namespace);
  if (!d) return fail(`there is no deployment "${check.deployment}"`);
  const sets = ownedReplicaSets(env, d);
  if (sets.length === 0) return fail(`deployment ${check.deployment} has no ReplicaSets yet`);
  const current = sets.reduce((a, b) => (revisionOf(b) > revisionOf(a) ? b : a));
  const created = (rs: Stored<ReplicaSet>) => rs.metadata.creationTimestamp ?? '';
  // An undo re-uses an older ReplicaSet: it gets the newest revision but was created before another one.
  const reused =
    Boolean(current.metadata.annotations?.[REVISION_HISTORY]) ||
    sets.some((rs) => rs !== current && created(rs) > created(current));
  if (!reused)
    return fail(
      `deployment ${check.deployment} is on revision ${revisionOf(current)}, a pod template it never ran before: nothing has been rolled back`,
    );
  return pass(
    `deployment ${check.deployment} went back to an earlier pod template (now revision ${revisionOf(current)})`,
  );
}

interface EndpointSliceLike {
  endpoints?: { addresses?: string[]; conditions?: { ready?: boolean } }[];
}
interface EndpointsLike {
  subsets?: { addresses?: { ip: string }[] }[];
}

export function serviceEndpoints(
  check: Extract<Check, { type: 'serviceEndpoints' }>,
  env: CheckEnvironment,
): CheckResult {
  const ns = check.namespace ?? 'default';
  const svc = env.cluster.api.find('services', ns, check.service);
  if (!svc) return fail(`there is no service "${check.service}" in namespace ${ns}`);
  const addresses = new Set<string>();
  const endpoints = env.cluster.api.find<EndpointsLike>('endpoints', ns, check.service);
  for (const subset of endpoints?.subsets ?? []) for (const a of subset.addresses ?? []) addresses.add(a.ip);
  if (env.cluster.registry.resolve('endpointslices')) {
    const slices = typed<EndpointSliceLike>(env, 'endpointslices', ns, `kubernetes.io/service-name=${check.service}`);
    for (const slice of slices) {
      for (const e of slice.endpoints ?? [])
        if (e.conditions?.ready !== false) for (const a of e.addresses ?? []) addresses.add(a);
    }
  }
  const min = check.min ?? 1;
  if (addresses.size < min) {
    const why = addresses.size === 0 ? ' (does its selector match the labels of Ready pods?)' : '';
    return fail(
      `service ${check.service} has ${plural(addresses.size, 'ready endpoint')}${why}; the step asks for at least ${min}`,
    );
  }
  return pass(`service ${check.service} has ${plural(addresses.size, 'ready endpoint')}`);
}
