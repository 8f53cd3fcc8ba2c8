/**
 * What `kubectl rollout undo|history` do on the client side (k8s.io/kubectl pkg/polymorphichelpers
 * rollback.go and history.go), over the simulated API server.
 */
import { klona } from 'klona/json';
import type { ControllerRevision } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { ApiServer } from '../../apiserver.js';
import {
  CHANGE_CAUSE,
  HASH_LABEL,
  REVISION,
  SKIPPED_ANNOTATIONS,
  revisionOf,
  templateIdentity,
  type Dep,
  type RS,
} from './deploymentUtil.js';
import { stableStringify } from '../hash.js';
import { templateOf } from './history.js';
import { controllerRef } from './util.js';

/** A kubectl-side error; kubectl prints it as `error: <message>`. */
export class RolloutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RolloutError';
  }
}

export interface RevisionEntry {
  revision: number;
  /** The `kubernetes.io/change-cause` annotation, or undefined (`<none>` in the table). */
  changeCause: string | undefined;
  replicaSet: string;
  template: PodTemplateSpec;
}

function ownedReplicaSets(api: ApiServer, d: Dep): RS[] {
  return api
    .list<RS>('replicasets.apps', { namespace: d.metadata.namespace })
    .items.filter((rs) => controllerRef(rs as never)?.uid === d.metadata.uid);
}

/** `kubectl rollout history deployment/NAME`: revisions in ascending order. */
export function deploymentHistory(api: ApiServer, namespace: string, name: string): RevisionEntry[] {
  const d = api.get<Dep>('deployments.apps', namespace, name) as Dep;
  return ownedReplicaSets(api, d)
    .map((rs) => ({
      revision: revisionOf(rs as never),
      changeCause: rs.metadata.annotations?.[CHANGE_CAUSE],
      replicaSet: rs.metadata.name,
      template: stripHash(rs.spec?.template),
    }))
    .filter((e) => e.revision > 0)
    .sort((a, b) => a.revision - b.revision);
}

/**
 * `kubectl rollout undo deployment/NAME [--to-revision=N]`: copies a previous ReplicaSet's
 * template back into the Deployment. Returns what kubectl prints after `deployment.apps/NAME `
 * (`rolled back`, or `skipped rollback (current template already matches revision N)`); throws a
 * RolloutError with kubectl's wording otherwise.
 */
export function rollbackDeployment(api: ApiServer, namespace: string, name: string, toRevision = 0): string {
  const d = api.get<Dep>('deployments.apps', namespace, name) as Dep;
  if (d.spec?.paused) {
    throw new RolloutError(
      `you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume deployment/${name}' and try again`,
    );
  }
  const target = revisionToRollBack(ownedReplicaSets(api, d), toRevision, name);
  if (templateIdentity(target.spec?.template) === templateIdentity(d.spec?.template)) {
    return `skipped rollback (current template already matches revision ${revisionOf(target)})`;
  }
  const annotations: Record<string, string> = { ...d.metadata.annotations };
  for (const [k, v] of Object.entries(target.metadata.annotations ?? {}))
    if (!SKIPPED_ANNOTATIONS.has(k)) annotations[k] = v;
  if (!target.metadata.annotations?.[CHANGE_CAUSE]) delete annotations[CHANGE_CAUSE];
  api.update({
    ...d,
    metadata: { ...d.metadata, annotations },
    spec: { ...d.spec, template: stripHash(target.spec?.template) },
  });
  return 'rolled back';
}

function revisionToRollBack(list: RS[], toRevision: number, name: string): RS {
  let latest: RS | undefined;
  let latestRevision = -1;
  let previous: RS | undefined;
  let previousRevision = -1;
  for (const rs of list) {
    const v = revisionOf(rs);
    if (toRevision === 0) {
      if (latestRevision < v) {
        previousRevision = latestRevision;
        previous = latest;
        latestRevision = v;
        latest = rs;
      } else if (previousRevision < v) {
        previousRevision = v;
        previous = rs;
      }
    } else if (v === toRevision) return rs;
  }
  if (toRevision > 0) throw new RolloutError(`unable to find specified revision ${toRevision} in history`);
  if (!previous) throw new RolloutError(`no rollout history found for deployment "${name}"`);
  return previous;
}

function stripHash(t: PodTemplateSpec | undefined): PodTemplateSpec {
  const template = klona(t ?? {});
  if (template.metadata?.labels) {
    const labels = { ...template.metadata.labels };
    delete labels[HASH_LABEL];
    template.metadata.labels = labels;
  }
  return template;
}

export { REVISION };

const SET_KINDS: Readonly<Record<string, string>> = { DaemonSet: 'daemonsets.apps', StatefulSet: 'statefulsets.apps' };

function setRevisions(api: ApiServer, kind: string, namespace: string, name: string) {
  const resource = SET_KINDS[kind];
  if (!resource) throw new RolloutError(`no history viewer has been implemented for "${kind}"`);
  const owner = api.get(resource, namespace, name);
  const revisions = api
    .list<ControllerRevision>('controllerrevisions.apps', { namespace })
    .items.filter((r) => r.metadata.ownerReferences?.some((o) => o.uid === owner.metadata.uid && o.controller))
    .sort((a, b) => a.revision - b.revision);
  return { resource, owner, revisions };
}

/** `kubectl rollout history daemonset|statefulset/NAME`, from the ControllerRevisions. */
export function controllerRevisionHistory(
  api: ApiServer,
  kind: 'DaemonSet' | 'StatefulSet',
  namespace: string,
  name: string,
): RevisionEntry[] {
  return setRevisions(api, kind, namespace, name).revisions.map((r) => ({
    revision: r.revision,
    changeCause: r.metadata.annotations?.[CHANGE_CAUSE],
    replicaSet: r.metadata.name,
    template: templateOf(r),
  }));
}

/** `kubectl rollout undo daemonset|statefulset/NAME [--to-revision=N]`: the revision's template goes back into the object. */
export function rollbackControllerRevision(
  api: ApiServer,
  kind: 'DaemonSet' | 'StatefulSet',
  namespace: string,
  name: string,
  toRevision = 0,
): string {
  const { owner, revisions } = setRevisions(api, kind, namespace, name);
  let target: (typeof revisions)[number] | undefined;
  if (toRevision > 0) {
    target = revisions.find((r) => r.revision === toRevision);
    if (!target) throw new RolloutError(`unable to find specified revision ${toRevision} in history`);
  } else {
    if (revisions.length < 2) throw new RolloutError('no last revision to roll back to');
    target = revisions[revisions.length - 2];
  }
  if (!target) throw new RolloutError('no last revision to roll back to');
  const template = templateOf(target);
  const current = (owner.spec as { template?: PodTemplateSpec } | undefined)?.template;
  if (stableStringify(template) === stableStringify(current))
    return `skipped rollback (current template already matches revision ${target.revision})`;
  api.update({ ...owner, spec: { ...(owner.spec as object), template } });
  return 'rolled back';
}
