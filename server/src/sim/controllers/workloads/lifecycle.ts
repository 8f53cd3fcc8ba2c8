/**
 * The garbage collector, the namespace controller and the service-account / root-CA publishers of
 * kube-controller-manager.
 */
import type { Namespace } from 'kubernetes-types/core/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { isStatusError } from '../../errors.js';
import { BUILTIN_RESOURCES, apiVersionOf, groupResource, type ResourceType } from '../../resources.js';
import type { Stored, WatchEvent } from '../../types.js';
import { FOREGROUND_DELETION } from '../../apiserver.js';
import type { Controller, ControllerContext } from '../controller.js';

export const GARBAGE_COLLECTOR = 'garbage-collector';
export const FOREGROUND_DELETER = 'foreground-deleter';
export const NAMESPACE_CONTROLLER = 'namespace-controller';
export const SERVICE_ACCOUNT_CONTROLLER = 'serviceaccount-controller';

/** Events own nothing: kube-controller-manager's garbage collector ignores them (DefaultIgnoredResources). */
const OWNER_KINDS = BUILTIN_RESOURCES.filter((t) => t.verbs.includes('delete') && t.kind !== 'Event').map(
  groupResource,
);

/** apiVersion/kind → type, for the built-in kinds (custom resources are not collected yet). */
const BY_KIND: ReadonlyMap<string, ResourceType> = new Map(
  BUILTIN_RESOURCES.map((t) => [`${apiVersionOf(t)}/${t.kind}`, t]),
);
const NAMESPACED: readonly ResourceType[] = BUILTIN_RESOURCES.filter(
  (t) => t.namespaced && t.kind !== 'Event' && t.kind !== 'Binding' && t.verbs.includes('list'),
);

/**
 * Dependents whose owners are all gone are deleted (background propagation). Keys are the uids of
 * deleted objects; the store's owner index finds their dependents.
 */
export const garbageCollector: Controller = {
  name: GARBAGE_COLLECTOR,
  watches: [...new Set(OWNER_KINDS)],
  keysFor(event: WatchEvent): readonly string[] {
    return event.type === 'DELETED' ? [event.object.metadata.uid] : [];
  },
  reconcile(uid, ctx) {
    for (const dep of ctx.store.dependents(uid)) {
      if (dep.metadata.deletionTimestamp) continue;
      const refs = dep.metadata.ownerReferences ?? [];
      if (refs.some((r) => ownerExists(ctx, r, dep.metadata.namespace))) continue;
      const type = typeOf(ctx, dep.apiVersion, dep.kind);
      if (!type) continue;
      try {
        ctx.api.delete(groupResource(type), dep.metadata.namespace, dep.metadata.name, {
          propagationPolicy: 'Background',
        });
      } catch (err) {
        if (!isStatusError(err)) throw err;
      }
    }
  },
};

/**
 * The garbage collector's foreground deletions: an owner held by the `foregroundDeletion` finalizer has its
 * dependents deleted (those with dependents of their own in the foreground too); once no dependent that blocks its
 * deletion is left, the finalizer goes, and with it the owner. Keys are `resource/namespace/name`.
 */
export const foregroundDeleter: Controller = {
  name: FOREGROUND_DELETER,
  watches: [...new Set(OWNER_KINDS)],
  keysFor(event: WatchEvent): readonly string[] {
    const meta = event.object.metadata;
    if (event.type === 'DELETED' || !meta.deletionTimestamp || !meta.finalizers?.includes(FOREGROUND_DELETION))
      return [];
    return [[event.resource, meta.namespace ?? '', meta.name].join('/')];
  },
  reconcile(key, ctx) {
    const [resource = '', namespace = '', name = ''] = key.split('/');
    const owner = ctx.store.get(resource, namespace || undefined, name);
    if (!owner?.metadata.deletionTimestamp || !owner.metadata.finalizers?.includes(FOREGROUND_DELETION)) return;
    let blocking = 0;
    for (const dep of ctx.store.dependents(owner.metadata.uid)) {
      const ref = dep.metadata.ownerReferences?.find((r) => r.uid === owner.metadata.uid);
      if (ref?.blockOwnerDeletion) blocking++;
      if (dep.metadata.deletionTimestamp) continue;
      const type = typeOf(ctx, dep.apiVersion, dep.kind);
      if (!type) continue;
      const hasOwn = ctx.store.dependents(dep.metadata.uid).length > 0;
      try {
        ctx.api.delete(groupResource(type), dep.metadata.namespace, dep.metadata.name, {
          propagationPolicy: hasOwn ? 'Foreground' : 'Background',
        });
      } catch (err) {
        if (!isStatusError(err)) throw err;
      }
    }
    if (blocking > 0) {
      ctx.requeueAfter(key, 500);
      return;
    }
    const finalizers = owner.metadata.finalizers.filter((f) => f !== FOREGROUND_DELETION);
    ctx.api.update({ ...owner, metadata: { ...owner.metadata, finalizers } });
  },
};

/** The type of a kind, custom resources included (undefined when the cluster does not serve it). */
function typeOf(ctx: ControllerContext, apiVersion: string, kind: string): ResourceType | undefined {
  const builtin = BY_KIND.get(`${apiVersion}/${kind}`);
  if (builtin) return builtin;
  try {
    return ctx.api.typeOf({ apiVersion, kind });
  } catch {
    return undefined;
  }
}

function ownerExists(ctx: ControllerContext, ref: OwnerReference, namespace: string | undefined): boolean {
  const type = typeOf(ctx, ref.apiVersion, ref.kind);
  // An owner of a kind the cluster no longer serves is gone.
  if (!type) return false;
  const owner = ctx.store.get(groupResource(type), type.namespaced ? namespace : undefined, ref.name);
  return owner?.metadata.uid === ref.uid;
}

/** A Terminating namespace loses its content, then goes. */
export const namespaceController: Controller = {
  name: NAMESPACE_CONTROLLER,
  watches: ['namespaces', 'pods'],
  keysFor(event: WatchEvent): readonly string[] {
    if (event.resource === 'namespaces') return event.type === 'DELETED' ? [] : [event.object.metadata.name];
    return event.type === 'DELETED' && event.object.metadata.namespace ? [event.object.metadata.namespace] : [];
  },
  reconcile(name, ctx) {
    const ns = ctx.store.get('namespaces', undefined, name) as Stored<Namespace> | undefined;
    if (!ns || (!ns.metadata.deletionTimestamp && ns.status?.phase !== 'Terminating')) return;
    const remaining = new Map<string, number>();
    for (const type of NAMESPACED) {
      const resource = groupResource(type);
      for (const obj of ctx.store.list(resource, name)) {
        if (!obj.metadata.deletionTimestamp) {
          try {
            ctx.api.delete(resource, name, obj.metadata.name, { propagationPolicy: 'Background' });
          } catch (err) {
            if (!isStatusError(err)) throw err;
          }
        }
        if (ctx.store.get(resource, name, obj.metadata.name))
          remaining.set(type.plural, (remaining.get(type.plural) ?? 0) + 1);
      }
    }
    if (remaining.size > 0) {
      const list = [...remaining.entries()].sort(([a], [b]) => a.localeCompare(b));
      const status = {
        phase: 'Terminating',
        conditions: terminatingConditions(
          ctx,
          ns,
          `Some resources are remaining: ${list.map(([r, n]) => `${r}. has ${n} resource instances`).join(', ')}`,
        ),
      };
      if (JSON.stringify(ns.status) !== JSON.stringify(status))
        ctx.api.update({ ...ns, status }, { subresource: 'status' });
      ctx.requeueAfter(name, 5000, true);
      return;
    }
    for (const e of ctx.store.list('events', name)) ctx.store.remove('events', name, e.metadata.name);
    ctx.api.remove('namespaces', undefined, name);
  },
};

function terminatingConditions(ctx: ControllerContext, ns: Stored<Namespace>, remaining: string) {
  const prev = ns.status?.conditions ?? [];
  const at = (type: string) => prev.find((c) => c.type === type)?.lastTransitionTime ?? ctx.clock.timestamp();
  const c = (type: string, status: string, reason: string, message: string) => ({
    type,
    status,
    lastTransitionTime: at(type),
    reason,
    message,
  });
  return [
    c('NamespaceDeletionDiscoveryFailure', 'False', 'ResourcesDiscovered', 'All resources successfully discovered'),
    c(
      'NamespaceDeletionGroupVersionParsingFailure',
      'False',
      'ParsedGroupVersions',
      'All legacy kube types successfully parsed',
    ),
    c(
      'NamespaceDeletionContentFailure',
      'False',
      'ContentDeleted',
      'All content successfully deleted, may be waiting on finalization',
    ),
    c('NamespaceContentRemaining', 'True', 'SomeResourcesRemain', remaining),
    c('NamespaceFinalizersRemaining', 'False', 'ContentHasNoFinalizers', 'All content-preserving finalizers finished'),
  ];
}

const ROOT_CA = 'kube-root-ca.crt';

/** Every active namespace has a `default` ServiceAccount and the `kube-root-ca.crt` ConfigMap. */
export const serviceAccountController: Controller = {
  name: SERVICE_ACCOUNT_CONTROLLER,
  watches: ['namespaces', 'serviceaccounts', 'configmaps'],
  keysFor(event: WatchEvent): readonly string[] {
    if (event.resource === 'namespaces') return event.type === 'ADDED' ? [event.object.metadata.name] : [];
    const name = event.object.metadata.name;
    if (event.type === 'ADDED') return [];
    if (
      (event.resource === 'serviceaccounts' && name === 'default') ||
      (event.resource === 'configmaps' && name === ROOT_CA)
    ) {
      return [event.object.metadata.namespace ?? 'default'];
    }
    return [];
  },
  reconcile(name, ctx) {
    const ns = ctx.store.get('namespaces', undefined, name) as Stored<Namespace> | undefined;
    if (!ns || ns.metadata.deletionTimestamp || ns.status?.phase === 'Terminating') return;
    try {
      if (!ctx.store.get('serviceaccounts', name, 'default')) {
        ctx.api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: name } });
      }
      const source = ctx.store.get('configmaps', 'kube-system', ROOT_CA) as
        (Stored & { data?: Record<string, string> }) | undefined;
      const existing = ctx.store.get('configmaps', name, ROOT_CA) as
        (Stored & { data?: Record<string, string> }) | undefined;
      if (source && !existing) {
        ctx.api.create({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: {
            name: ROOT_CA,
            namespace: name,
            ...(source.metadata.annotations ? { annotations: source.metadata.annotations } : {}),
          },
          data: source.data ?? {},
        });
      } else if (source && existing && JSON.stringify(existing.data) !== JSON.stringify(source.data)) {
        ctx.api.update({ ...existing, data: source.data ?? {} });
      }
    } catch (err) {
      if (!isStatusError(err)) throw err;
      ctx.requeueAfter(name, 5000, true);
    }
  },
};
