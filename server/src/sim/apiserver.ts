/**
 * The simulated kube-apiserver: create, get, list, update, patch, apply, delete and watch over the
 * store, with admission (defaulting, validation, quota, limits) and the API server's error shapes.
 */
import { jsonEqual } from '../lib/json.js';
import { klona } from 'klona/json';
import type { CustomResourceDefinition } from 'kubernetes-types/apiextensions/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1';
import { applyLimitRanges } from './admission/limitRanger.js';
import { checkQuota } from './admission/resourceQuota.js';
import type { AdmissionAttributes } from './admission/policy/attributes.js';
import { admitValidatingPolicies } from './admission/policy/validatingPolicy.js';
import { admitNamespaceLabels, admitPodSecurity } from './admission/podSecurity/podSecurity.js';
import { admitServiceAccount } from './admission/serviceAccount.js';
import { applyConfiguration } from './apply.js';
import { managedFieldsAfterUpdate, serverSideApply, type ManagerContext } from './managedFields.js';
import { SYSTEM_NAMESPACES } from './bootstrap.js';
import {
  StatusError,
  alreadyExists,
  badRequest,
  conflict,
  databaseSpaceExceeded,
  fieldErrors,
  forbidden,
  invalid,
  notFound,
  tooLarge,
  type StatusCause,
} from './errors.js';
import { crdResourceType } from './kinds/crd.js';
import {
  checkAppliedCustomFields,
  decodeCustomResource,
  unsupportedPatch,
  type Decoded,
} from './kinds/customResource/fieldValidation.js';
import type { ScaleSubresource } from './kinds/customResource/scale.js';
import { customResourceStrategy, type CustomResourceStrategy } from './kinds/customResource/strategy.js';
import { strategyFor } from './kinds/index.js';
import { admitPodPriority } from './kinds/priorityClass.js';
import { warningsOnCreate } from './kinds/podWarnings.js';
import { canonicalizeQuantities } from './quantities.js';
import type { AdmissionContext, Draft, KindStrategy } from './kinds/strategy.js';
import { applyPatch, type PatchType } from './patch.js';
import { apiVersionOf, groupResource, type ResourceType } from './resources.js';
import { checkDecodable } from './schema/decodable.js';
import type { KeyPath } from './schema/repeatedKeys.js';
import {
  checkAppliedFields,
  validateFields,
  validatePatchFields,
  type FieldValidation,
  type KeyOrder,
} from './schema/fieldValidation.js';
import { matches, matchesFields, parseFieldSelector, parseLabelSelector, type Selector } from './selectors.js';
import type { KubeObject, Stored, WatchListener, Writable } from './types.js';
import { validateLabels, validateName } from './validation/names.js';
import { replaceLoneSurrogates } from './wellFormed.js';
import { olderVersionOf } from './versions.js';

export interface ClusterLimits {
  /** Objects of every kind together. */
  maxObjects: number;
  maxPods: number;
  /** `spec.replicas` (and Job parallelism/completions) of one object. */
  maxReplicas: number;
  /** Serialized size of one object, in bytes. */
  maxObjectBytes: number;
  /**
   * Serialized size of all objects together (etcd's `--quota-backend-bytes`): bounds what a snapshot
   * of the cluster takes, whatever a student creates.
   */
  maxStoredBytes: number;
  maxWatches: number;
}

export const DEFAULT_LIMITS: ClusterLimits = {
  maxObjects: 2000,
  maxPods: 500,
  maxReplicas: 100,
  maxObjectBytes: 1024 * 1024,
  maxStoredBytes: 8 * 1024 * 1024,
  maxWatches: 64,
};

/**
 * A client's request body, decoded as kube-apiserver decodes one: unknown fields dropped, and refused or warned of
 * as `fieldValidation` says; `keyOrder` is the order its fields came in (see schema/fieldValidation.ts).
 */
export interface ClientDecoding {
  fieldValidation: FieldValidation;
  keyOrder: KeyOrder;
  /** The keys the body's JSON repeated (see schema/repeatedKeys.ts): duplicate fields. */
  repeated?: readonly KeyPath[] | undefined;
}

export interface WriteOptions {
  /** Request namespace (kubectl's `-n`); defaults to the object's, then `default`. */
  namespace?: string | undefined;
  /** Set for a client's request (kubectl's, the REST API's): its body is decoded as a client's. */
  decode?: ClientDecoding | undefined;
  dryRun?: boolean | undefined;
  fieldManager?: string | undefined;
  /** The subresource a write came through, for its managedFields entry (`kubectl scale` writes through `scale`). */
  managerSubresource?: 'scale' | undefined;
  /**
   * Built by a controller from an object already admitted (a pod from its ReplicaSet's template):
   * its size is bounded by that object's, so it is not serialised to be measured again, and its
   * strings are storable already.
   */
  derived?: boolean | undefined;
}

export interface UpdateOptions extends WriteOptions {
  /**
   * `status` writes only the status; a plain update leaves the status as it was. `scale` is a spec
   * write through the scale subresource (admission policies see `deployments/scale`).
   */
  subresource?: 'status' | 'scale' | undefined;
}

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

/** The finalizer that holds an owner deleted with `propagationPolicy: Foreground` (metav1.FinalizerDeleteDependents). */
export const FOREGROUND_DELETION = 'foregroundDeletion';

export interface DeleteOptions {
  gracePeriodSeconds?: number | undefined;
  propagationPolicy?: PropagationPolicy | undefined;
  dryRun?: boolean | undefined;
  /** metav1.Preconditions: the delete happens only to this very object (reconcile recreates a binding so). */
  preconditions?: { uid?: string | undefined; resourceVersion?: string | undefined } | undefined;
}

export interface ListOptions {
  namespace?: string | undefined;
  labelSelector?: string | Selector | undefined;
  fieldSelector?: string | undefined;
}

export interface List<T extends object = KubeObject> {
  items: Stored<T>[];
  resourceVersion: string;
}

export class ApiServer {
  private openWatches = 0;
  private readonly jsonCache = new WeakMap<object, string>();
  /** Where admission warnings of the current client request go (the `Warning` header kubectl prints). */
  private warningSink: ((warning: string) => void) | undefined;

  constructor(
    private readonly ctx: AdmissionContext,
    private readonly limits: ClusterLimits,
  ) {}

  /**
   * Runs a client's request, handing the admission warnings it draws to `sink` (kubectl prints them as
   * `Warning: …`). Controllers' requests run outside it, so their warnings go nowhere, as in a cluster.
   */
  withWarnings<T>(sink: (warning: string) => void, request: () => T): T {
    const previous = this.warningSink;
    this.warningSink = sink;
    try {
      return request();
    } finally {
      this.warningSink = previous;
    }
  }

  private warn(warnings: readonly string[]): void {
    if (this.warningSink) for (const w of warnings) this.warningSink(w);
  }

  /** The resource type for a group-qualified plural (`deployments.apps`), or the API server's 404. */
  type(resource: string): ResourceType {
    const type = this.ctx.registry.get(resource);
    if (!type) throw new StatusError('NotFound', 'the server could not find the requested resource');
    return type;
  }

  /** The resource type an object's apiVersion and kind name (or "no matches for kind"). */
  typeOf(obj: Pick<KubeObject, 'apiVersion' | 'kind'>): ResourceType {
    return this.ctx.registry.forObject(obj.apiVersion, obj.kind);
  }

  /** The group-qualified plural an object is stored under, e.g. `deployments.apps`. */
  resourceOf(obj: Pick<KubeObject, 'apiVersion' | 'kind'>): string {
    return groupResource(this.typeOf(obj));
  }

  get<T extends object = KubeObject>(resource: string, namespace: string | undefined, name: string): Stored<T> {
    const type = this.type(resource);
    const obj = this.ctx.store.get(resource, type.namespaced ? (namespace ?? 'default') : undefined, name);
    if (!obj) throw notFound(groupResource(type), name);
    return obj as unknown as Stored<T>;
  }

  /** Like `get`, but undefined instead of NotFound. */
  find<T extends object = KubeObject>(
    resource: string,
    namespace: string | undefined,
    name: string,
  ): Stored<T> | undefined {
    const type = this.type(resource);
    return this.ctx.store.get(resource, type.namespaced ? (namespace ?? 'default') : undefined, name) as
      Stored<T> | undefined;
  }

  list<T extends object = KubeObject>(resource: string, opts: ListOptions = {}): List<T> {
    const type = this.type(resource);
    const test = this.selection(resource, opts);
    const all = this.ctx.store.list(resource, type.namespaced ? opts.namespace : undefined);
    // `store.list` gives a fresh array already: without selectors it is the answer.
    const items = test ? all.filter(test) : all;
    return { items: items as unknown as Stored<T>[], resourceVersion: String(this.ctx.store.resourceVersion()) };
  }

  /**
   * Whether an object of `resource` passes label and field selectors, judged on the object alone (so a watch can
   * judge an object's previous version too); undefined when nothing is selected. Bad selectors throw BadRequest.
   */
  selection(
    resource: string,
    opts: Pick<ListOptions, 'labelSelector' | 'fieldSelector'>,
  ): ((obj: Stored) => boolean) | undefined {
    const type = this.type(resource);
    const labels = typeof opts.labelSelector === 'string' ? parseLabelSelector(opts.labelSelector) : opts.labelSelector;
    const fieldGetters = this.strategy(type).fields ?? {};
    // A cluster-scoped custom resource has no metadata.namespace to select on (crConverter.ConvertFieldLabel).
    const meta = type.namespaced || !this.ctx.registry.isCustom(type) ? META_FIELDS : ['metadata.name'];
    const fields = opts.fieldSelector
      ? parseFieldSelector(opts.fieldSelector, [...meta, ...Object.keys(fieldGetters)])
      : [];
    if (!labels && fields.length === 0) return undefined;
    return (obj) =>
      (!labels || matches(labels, obj.metadata.labels)) &&
      (fields.length === 0 ||
        matchesFields(fields, (f) =>
          f === 'metadata.name'
            ? obj.metadata.name
            : f === 'metadata.namespace'
              ? (obj.metadata.namespace ?? '')
              : (fieldGetters[f]?.(obj) ?? ''),
        ));
  }

  create<T extends object = KubeObject>(input: KubeObject, opts: WriteOptions = {}): Stored<T> {
    const type = this.ctx.registry.forObject(input.apiVersion, input.kind);
    const draft = this.draft(input, type, opts.namespace, opts.derived, opts.decode);
    const custom = this.customStrategy(type);
    if (custom) this.decode(custom, draft, type, 'body', opts);
    const meta = draft.metadata;
    // Mutating admission that runs before the name is generated (it names a pod by its generateName).
    if (type.kind === 'Pod') admitServiceAccount(draft as Draft & Pod, this.ctx.store);
    const generated = !meta.name && !!meta.generateName;
    if (generated) meta.name = `${meta.generateName}${this.ctx.rng.nameSuffix()}`;
    const strategy = custom ?? strategyFor(type.kind);
    if (!custom) canonicalizeQuantities(draft, type.kind);
    strategy.defaults?.(draft, this.ctx);
    // A custom resource is prepared before it is validated (rest.BeforeCreate): its status goes first.
    if (custom) custom.prepareForCreate?.(draft, this.ctx);
    const validationWarnings = this.validateCreate(draft, type, strategy);
    // The strategy's warnings (WarningsOnCreate) come before validating admission's.
    const warnings = [...validationWarnings, ...warningsOnCreate(draft, type.kind)];
    const resource = groupResource(type);
    const taken = () => this.ctx.store.get(resource, meta.namespace, meta.name ?? '') !== undefined;
    // RetryGenerateName (GA in 1.32): a generated name that is taken is drawn again, 8 attempts in all.
    let clash = taken();
    for (let attempt = 1; clash && generated && attempt < 8; attempt++) {
      meta.name = `${meta.generateName}${this.ctx.rng.nameSuffix()}`;
      clash = taken();
    }
    if (clash) throw alreadyExists(resource, meta.name ?? '');
    // Admission plugins, in kube-apiserver's order: mutating (LimitRanger), then validating (ResourceQuota).
    if (type.kind === 'Pod') {
      admitPodPriority(draft as Draft & Pod, this.ctx.store);
      applyLimitRanges(draft as Draft & Pod, this.ctx.store);
    }
    // Validating admission, in kube-apiserver's order: PodSecurity before ResourceQuota.
    warnings.push(
      ...(type.kind === 'Namespace'
        ? admitNamespaceLabels(draft, undefined, this.ctx.store)
        : admitPodSecurity(draft, this.ctx.store)),
    );
    warnings.push(...this.admitPolicies('CREATE', type, draft, undefined, opts.dryRun));
    this.checkCapacity(type, draft);
    if (type.namespaced) checkQuota(this.ctx.store, draft, type, this.ctx.registry.all());
    // Clients never choose a uid; a strategy may draw it early when it needs it (a Job's selector).
    delete (draft.metadata as Writable<ObjectMeta>).uid;
    if (!custom) strategy.prepareForCreate?.(draft, this.ctx);
    const now = this.ctx.clock.timestamp();
    // Object.assign: a literal that starts with a spread and adds keys is V8's slow path on Node 20.
    const metadata = Object.assign({}, draft.metadata, {
      name: meta.name ?? '',
      uid: draft.metadata.uid ?? this.ctx.rng.uuid(),
      resourceVersion: '',
      creationTimestamp: now,
      ...(type.hasStatus && type.kind !== 'Namespace' && type.kind !== 'Node' ? { generation: 1 } : {}),
    });
    const stored: Stored = { ...draft, metadata };
    delete (stored.metadata as Writable<ObjectMeta>).deletionTimestamp;
    if (opts.fieldManager) this.trackFields(stored, undefined, type, opts);
    if (!opts.derived) this.checkSize(stored);
    this.warn(warnings);
    if (opts.dryRun) return stored as unknown as Stored<T>;
    const written = this.ctx.store.put(resource, stored, this.checkSpace(resource, stored));
    if (type.kind === 'CustomResourceDefinition')
      this.ctx.registry.addCustom(crdResourceType(written as unknown as CustomResourceDefinition));
    return written as unknown as Stored<T>;
  }

  update<T extends object = KubeObject>(input: KubeObject, opts: UpdateOptions = {}): Stored<T> {
    const type = this.ctx.registry.forObject(input.apiVersion, input.kind);
    if (opts.subresource === 'status') {
      if (opts.decode) this.decoded(input, type, opts.decode);
      const older = olderVersionOf(input.apiVersion, input.kind);
      return this.updateStatus(type, older ? older.toStored(input) : input, opts, 'body') as unknown as Stored<T>;
    }
    const draft = this.draft(input, type, opts.namespace, false, opts.decode);
    const custom = this.customStrategy(type);
    if (custom) this.decode(custom, draft, type, 'body', opts);
    const name = draft.metadata.name ?? '';
    const resource = groupResource(type);
    const old = this.ctx.store.get(resource, draft.metadata.namespace, name);
    if (!old) throw notFound(resource, name);
    const rv = draft.metadata.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) throw conflict(resource, name);
    return this.replace(type, old, draft, opts) as unknown as Stored<T>;
  }

  patch<T extends object = KubeObject>(
    resource: string,
    namespace: string | undefined,
    name: string,
    patch: unknown,
    patchType: PatchType,
    opts: UpdateOptions = {},
  ): Stored<T> {
    const type = this.type(resource);
    const old = this.get(resource, namespace, name);
    const custom = this.customStrategy(type);
    if (custom && patchType === 'strategic') throw unsupportedPatch();
    const decode = opts.decode;
    if (decode)
      this.warn(validatePatchFields(patch, patchType, type, type.version, decode.fieldValidation, decode.repeated));
    const patched = applyPatch(old, patch, patchType, type.kind);
    if (opts.subresource === 'status') {
      if (!type.hasStatus) throw new StatusError('NotFound', 'the server could not find the requested resource');
      return this.updateStatus(type, { ...old, status: patched.status }, opts, 'patch') as unknown as Stored<T>;
    }
    const draft = this.draft(patched, type, old.metadata.namespace);
    if (custom) this.decode(custom, draft, type, 'patch', opts);
    if (draft.metadata.name !== old.metadata.name) {
      throw badRequest(
        `the name of the object (${draft.metadata.name ?? ''}) does not match the name on the URL (${name})`,
      );
    }
    const rv = draft.metadata.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) throw conflict(groupResource(type), name);
    return this.replace(type, old, draft, opts) as unknown as Stored<T>;
  }

  /** `kubectl apply`: create, or a three-way merge with the last applied configuration. */
  apply(
    input: KubeObject,
    opts: WriteOptions = {},
  ): { object: Stored; result: 'created' | 'configured' | 'unchanged' } {
    const type = this.ctx.registry.forObject(input.apiVersion, input.kind);
    // The annotation records the configuration as given (decoded), so that copy must be storable too.
    const given = this.decoded(input, type, opts.decode);
    // An older version's configuration merges with the live object as seen in that version.
    const older = olderVersionOf(input.apiVersion, input.kind);
    const draft = this.settle(this.copy(given, true), type, opts.namespace);
    if (older) draft.apiVersion = input.apiVersion;
    const resource = groupResource(type);
    const old = this.ctx.store.get(resource, draft.metadata.namespace, draft.metadata.name ?? '');
    const merged = applyConfiguration(given, draft, old && older ? (older.fromStored(old) as Stored) : old);
    const object = older ? older.toStored(merged) : merged;
    // A built-in kind's configuration is decoded once, above; a custom resource's by its schema, on the write.
    const custom = this.customStrategy(type);
    const write = custom ? opts : { ...opts, decode: undefined };
    if (!old) return { object: this.create(object, write), result: 'created' };
    // The merged object is freshly built, so it needs no second copy; admit it once, then write it.
    // kubectl sends no request for an unchanged object, so it gets no warnings either.
    const warnings: string[] = [];
    const sink = this.warningSink;
    this.warningSink = sink ? (w) => warnings.push(w) : undefined;
    let next: Stored;
    try {
      const merged = this.settle(object as Draft, type, opts.namespace);
      // kubectl sends the change as a patch (JSON merge patch for custom resources).
      if (custom) this.decode(custom, merged, type, 'patch', opts);
      next = this.replace(type, old, merged, Object.assign({}, write, { dryRun: true }));
    } finally {
      this.warningSink = sink;
    }
    if (this.sameObject(old, next)) return { object: old, result: 'unchanged' };
    this.warn(warnings);
    return { object: opts.dryRun ? next : this.commit(type, next), result: 'configured' };
  }

  /**
   * Deletes an object. Pods on a node and objects with finalizers are marked (deletionTimestamp) and
   * go when their kubelet or controller lets them; dependents follow by the propagation policy.
   */
  delete(resource: string, namespace: string | undefined, name: string, opts: DeleteOptions = {}): Stored {
    const type = this.type(resource);
    const old = this.get(resource, namespace, name);
    checkPreconditions(resource, old, opts.preconditions);
    this.warn(this.admitPolicies('DELETE', type, undefined, old, opts.dryRun));
    if (opts.dryRun) return old;
    if (type.kind === 'Namespace' && (SYSTEM_NAMESPACES as readonly string[]).includes(name)) {
      throw forbidden(`namespaces "${name}" is forbidden: this namespace may not be deleted`);
    }
    const policy = opts.propagationPolicy ?? 'Background';
    if (policy === 'Orphan') this.orphanDependents(old);
    if (policy === 'Foreground' && type.kind !== 'Namespace' && this.ctx.store.dependents(old.metadata.uid).length > 0)
      return this.deleteInForeground(resource, old);
    const graceful = this.gracefulDeletion(type, old, opts.gracePeriodSeconds);
    if (graceful !== undefined) {
      if (old.metadata.deletionTimestamp) return old;
      const marked: Stored = {
        ...old,
        metadata: {
          ...old.metadata,
          deletionTimestamp: this.ctx.clock.timestamp(this.ctx.clock.now() + graceful * 1000),
          deletionGracePeriodSeconds: graceful,
        },
      };
      if (type.kind === 'Namespace') {
        (marked as { status?: unknown }).status = { phase: 'Terminating' };
        marked.spec = { finalizers: ['kubernetes'] };
      }
      return this.ctx.store.put(resource, marked);
    }
    if (type.kind === 'CustomResourceDefinition') this.dropCustomResources(old as unknown as CustomResourceDefinition);
    return this.ctx.store.remove(resource, old.metadata.namespace, name) ?? old;
  }

  /**
   * Foreground cascading deletion: the owner stays, marked and held by the `foregroundDeletion` finalizer, until the
   * garbage collector has deleted its dependents (and their own, first); then it goes.
   */
  private deleteInForeground(resource: string, old: Stored): Stored {
    const finalizers = old.metadata.finalizers ?? [];
    if (old.metadata.deletionTimestamp && finalizers.includes(FOREGROUND_DELETION)) return old;
    return this.ctx.store.put(resource, {
      ...old,
      metadata: {
        ...old.metadata,
        deletionTimestamp: old.metadata.deletionTimestamp ?? this.ctx.clock.timestamp(),
        deletionGracePeriodSeconds: old.metadata.deletionGracePeriodSeconds ?? 0,
        finalizers: [...finalizers.filter((f) => f !== FOREGROUND_DELETION), FOREGROUND_DELETION],
      },
    });
  }

  /** Deleting a CRD deletes every object of its kind and stops serving it. */
  private dropCustomResources(crd: CustomResourceDefinition): void {
    const served = groupResource(crdResourceType(crd));
    for (const obj of this.ctx.store.list(served))
      this.ctx.store.remove(served, obj.metadata.namespace, obj.metadata.name);
    this.ctx.registry.removeCustom(served);
  }

  /** Removes an object now, whatever its grace period (the kubelet's last step, `--force --grace-period=0`). */
  remove(resource: string, namespace: string | undefined, name: string): Stored | undefined {
    const type = this.type(resource);
    return this.ctx.store.remove(resource, type.namespaced ? namespace : undefined, name);
  }

  deleteCollection(resource: string, opts: ListOptions & DeleteOptions): Stored[] {
    return this.list(resource, opts).items.map((obj) =>
      this.delete(resource, obj.metadata.namespace, obj.metadata.name, opts),
    );
  }

  watch(
    resource: string | undefined,
    opts: { namespace?: string | undefined; resourceVersion?: string | undefined },
    listener: WatchListener,
  ): () => void {
    // Client watches only: the controllers' own subscription is not the student's to spend.
    if (this.openWatches >= this.limits.maxWatches) {
      throw new StatusError('TooManyRequests', `too many watches on this cluster (limit ${this.limits.maxWatches})`);
    }
    const stop = this.ctx.store.watch(
      { resource, namespace: opts.namespace },
      listener,
      opts.resourceVersion === undefined ? undefined : Number(opts.resourceVersion),
    );
    this.openWatches++;
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      this.openWatches--;
      stop();
    };
  }

  /** Seconds of grace for a deletion, or undefined when the object goes at once. */
  private gracefulDeletion(type: ResourceType, obj: Stored, requested: number | undefined): number | undefined {
    if (type.kind === 'Namespace') return 0;
    if ((obj.metadata.finalizers?.length ?? 0) > 0) return requested ?? 0;
    if (type.kind !== 'Pod') return undefined;
    const spec = obj.spec as { nodeName?: string; terminationGracePeriodSeconds?: number };
    const status = obj.status as { phase?: string } | undefined;
    if (!spec.nodeName || status?.phase === 'Succeeded' || status?.phase === 'Failed') return undefined;
    const grace = requested ?? spec.terminationGracePeriodSeconds ?? 30;
    return grace <= 0 ? undefined : grace;
  }

  private orphanDependents(owner: Stored): void {
    for (const dep of this.ctx.store.dependents(owner.metadata.uid)) {
      const refs = (dep.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
      const resource = groupResource(this.ctx.registry.forObject(dep.apiVersion, dep.kind));
      const metadata: ObjectMeta = { ...dep.metadata };
      if (refs.length > 0) metadata.ownerReferences = refs;
      else delete metadata.ownerReferences;
      this.ctx.store.put(resource, { ...dep, metadata: metadata as Stored['metadata'] });
    }
  }

  private replace(type: ResourceType, old: Stored, draft: Draft, opts: UpdateOptions): Stored {
    const custom = this.customStrategy(type);
    const strategy = custom ?? strategyFor(type.kind);
    const next = draft;
    if (!custom) canonicalizeQuantities(next, type.kind);
    strategy.defaults?.(next, this.ctx);
    if (type.hasStatus) {
      if (old.status === undefined) delete next.status;
      else next.status = old.status;
    }
    strategy.prepareForUpdate?.(next, old, this.ctx);
    // Server-owned metadata carries over whatever the client sent.
    const meta = next.metadata as Writable<ObjectMeta>;
    meta.uid = old.metadata.uid;
    meta.creationTimestamp = old.metadata.creationTimestamp;
    if (old.metadata.namespace !== undefined) meta.namespace = old.metadata.namespace;
    if (old.metadata.deletionTimestamp) meta.deletionTimestamp = old.metadata.deletionTimestamp;
    else delete meta.deletionTimestamp;
    if (old.metadata.deletionGracePeriodSeconds !== undefined)
      meta.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds;
    const causes = this.validateCommon(next, type);
    const warnings: string[] = [];
    causes.push(...(strategy.validate?.(next, old, this.ctx, (w) => warnings.push(w)) ?? []));
    if (causes.length > 0) throw invalid(type.kind, type.group, meta.name ?? '', causes);
    this.warn(warnings);
    // Pods are admitted once: their spec is all but immutable, so updates are never significant here.
    if (type.kind === 'Namespace') this.warn(admitNamespaceLabels(next, old, this.ctx.store));
    else if (type.kind !== 'Pod') this.warn(admitPodSecurity(next, this.ctx.store));
    this.warn(this.admitPolicies('UPDATE', type, next, old, opts.dryRun, opts.subresource));
    if (old.metadata.generation !== undefined) {
      // A custom resource without a status subresource counts its status too (customresource PrepareForUpdate).
      const counted = specChanged(old, next, !!custom && !type.hasStatus);
      meta.generation = counted ? old.metadata.generation + 1 : old.metadata.generation;
    }
    // Entries the client left out are the stored ones (a body with `managedFields: []` clears them).
    if (meta.managedFields === undefined && old.metadata.managedFields) meta.managedFields = old.metadata.managedFields;
    if (opts.fieldManager) this.trackFields(next, old, type, opts);
    const stored = { ...next, metadata: { ...meta, resourceVersion: old.metadata.resourceVersion } } as Stored;
    this.checkSize(stored);
    if (opts.dryRun) return stored;
    if (this.sameObject(old, stored)) return old;
    return this.commit(type, stored);
  }

  /** Records the client's write in the object's managedFields (operation Update). */
  private trackFields(next: Draft, old: Stored | undefined, type: ResourceType, opts: UpdateOptions): void {
    const ctx = this.managerContext(type, opts.fieldManager ?? '', opts.managerSubresource ?? opts.subresource);
    const entries = managedFieldsAfterUpdate(old, next, ctx);
    const meta = next.metadata as Writable<ObjectMeta>;
    if (entries && entries.length > 0) meta.managedFields = entries;
    else delete meta.managedFields;
  }

  private managerContext(type: ResourceType, manager: string, subresource?: 'status' | 'scale'): ManagerContext {
    return {
      manager,
      apiVersion: apiVersionOf(type),
      subresource,
      hasStatus: type.hasStatus,
      kind: type.kind,
      now: this.ctx.clock.timestamp(),
    };
  }

  /**
   * Server-side apply (`kubectl apply --server-side`, PATCH application/apply-patch+yaml): creates the object or
   * merges the configuration into it, owning its fields as `opts.fieldManager`; a 409 Conflict when it would
   * change fields other managers own, unless `force`.
   */
  applyServerSide(
    input: KubeObject,
    opts: WriteOptions & { fieldManager: string; force?: boolean | undefined },
  ): { object: Stored; created: boolean } {
    const type = this.ctx.registry.forObject(input.apiVersion, input.kind);
    // An applied configuration must fit the schema whatever the directive (structured-merge-diff's typed patch).
    if (opts.decode) checkAppliedFields(input, type, versionOf(input, type));
    const draft = this.draft(input, type, opts.namespace);
    const custom = this.customStrategy(type);
    if (custom) checkAppliedCustomFields(custom, draft, type);
    const resource = groupResource(type);
    const old = this.ctx.store.get(resource, draft.metadata.namespace, draft.metadata.name ?? '');
    const merged = serverSideApply(old, draft, {
      ...this.managerContext(type, opts.fieldManager),
      force: opts.force ?? false,
    });
    const write = { ...opts, fieldManager: undefined, decode: undefined };
    if (!old) return { object: this.create(merged, write), created: true };
    const rv = draft.metadata.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) throw conflict(resource, old.metadata.name);
    return {
      object: this.replace(type, old, this.settle(merged as Draft, type, opts.namespace), write),
      created: false,
    };
  }

  /** Writes an admitted update; a finalizer-held object goes once its last finalizer is removed. */
  private commit(type: ResourceType, stored: Stored): Stored {
    const resource = groupResource(type);
    const written = this.ctx.store.put(resource, stored, this.checkSpace(resource, stored));
    // A CRD's new subresources are served from now on.
    if (type.kind === 'CustomResourceDefinition' && !this.ctx.registry.isCustom(type))
      this.ctx.registry.replaceCustom(crdResourceType(written as unknown as CustomResourceDefinition));
    if (
      written.metadata.deletionTimestamp &&
      (written.metadata.finalizers?.length ?? 0) === 0 &&
      type.kind !== 'Pod' &&
      type.kind !== 'Namespace'
    ) {
      return this.ctx.store.remove(resource, written.metadata.namespace, written.metadata.name) ?? written;
    }
    return written;
  }

  /**
   * An object's JSON, remembered per object: stored objects never change, so comparing an update
   * with the stored version (or measuring its size) serialises each object once.
   */
  private json(obj: object): string {
    let text = this.jsonCache.get(obj);
    if (text === undefined) {
      text = JSON.stringify(obj);
      this.jsonCache.set(obj, text);
    }
    return text;
  }

  /** An update that changes nothing does not bump the resourceVersion (as etcd's no-op guard). */
  private sameObject(a: Stored, b: Stored): boolean {
    return a === b || this.json(a) === this.json(b);
  }

  /**
   * The status subresource: only `status` changes (the rest is the stored object's), so neither the
   * spec nor the size is validated again. Controllers and kubelets write it most, so it stays cheap.
   */
  private updateStatus(type: ResourceType, input: KubeObject, opts: UpdateOptions, how: Decoded): Stored {
    const resource = groupResource(type);
    const name = input.metadata?.name ?? '';
    const namespace = type.namespaced ? (input.metadata?.namespace ?? opts.namespace ?? 'default') : undefined;
    const old = this.ctx.store.get(resource, namespace, name);
    if (!old) throw notFound(resource, name);
    const rv = input.metadata?.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) throw conflict(resource, name);
    const custom = this.customStrategy(type);
    if (custom) return this.updateCustomStatus(custom, type, old, input, opts, how);
    const status: unknown = klona(input.status);
    replaceLoneSurrogates(status);
    const text = JSON.stringify(status) ?? '';
    const oldText = JSON.stringify(old.status) ?? '';
    if (text === oldText) return old;
    const stored = { ...old, metadata: { ...old.metadata }, status } as Stored;
    if (opts.dryRun) return stored;
    this.reserveSpace(text.length - oldText.length);
    return this.ctx.store.put(resource, stored);
  }

  /**
   * A custom resource's status subresource: the stored object with the new status (statusStrategy.PrepareForUpdate),
   * decoded and validated as a whole, its status against the schema.
   */
  private updateCustomStatus(
    custom: CustomResourceStrategy,
    type: ResourceType,
    old: Stored,
    input: KubeObject,
    opts: UpdateOptions,
    how: Decoded,
  ): Stored {
    const next = this.copy({ ...old, status: input.status });
    if (input.status === undefined) delete next.status;
    this.decode(custom, next, type, how, opts);
    const warnings: string[] = [];
    const causes = custom.validateStatus(next, old, (w) => warnings.push(w));
    if (causes.length > 0) throw invalid(type.kind, type.group, old.metadata.name, causes);
    this.warn(warnings);
    const stored = next as unknown as Stored;
    if (opts.fieldManager) this.trackFields(stored, old, type, { ...opts, subresource: 'status' });
    this.checkSize(stored);
    if (opts.dryRun) return stored;
    if (this.sameObject(old, stored)) return old;
    return this.commit(type, stored);
  }

  /** A custom resource's scale subresource, as its CRD declares it. */
  customScale(type: ResourceType): ScaleSubresource | undefined {
    return this.customStrategy(type)?.scale;
  }

  /** A kind's strategy; a custom resource's comes from its CRD. */
  private strategy(type: ResourceType): KindStrategy {
    return this.customStrategy(type) ?? strategyFor(type.kind);
  }

  private customStrategy(type: ResourceType): CustomResourceStrategy | undefined {
    if (!this.ctx.registry.isCustom(type)) return undefined;
    const crd = this.ctx.store.get('customresourcedefinitions.apiextensions.k8s.io', undefined, groupResource(type));
    return crd ? customResourceStrategy(crd as unknown as Stored<CustomResourceDefinition>) : undefined;
  }

  /** Decoding a custom resource: its unknown fields pruned (refused or warned of as the directive says), defaults set. */
  private decode(custom: CustomResourceStrategy, draft: Draft, type: ResourceType, how: Decoded, opts: WriteOptions) {
    decodeCustomResource(custom, draft, type, how, opts.decode?.fieldValidation ?? 'Warn', (w) => this.warn(w));
  }

  /**
   * A deep copy of the input, decoded (a client's: unknown fields dropped as its directive says; an older version
   * converted to the stored one) and with its namespace settled; the API server never keeps the caller's object.
   */
  private draft(
    input: KubeObject,
    type: ResourceType,
    requestNamespace: string | undefined,
    trusted = false,
    decode?: ClientDecoding,
  ): Draft {
    const copy = trusted ? this.copy(input, true) : this.decoded(input, type, decode);
    const older = olderVersionOf(input.apiVersion, input.kind);
    return this.settle(older ? (older.toStored(copy) as Draft) : copy, type, requestNamespace);
  }

  /**
   * What kube-apiserver's decoder makes of a body: refused when it does not fit the Go type (see
   * schema/decodable.ts), else a copy without the fields the type lacks (warned of or refused as a client's
   * directive says; silently when the request is no client's).
   */
  private decoded(input: KubeObject, type: ResourceType, decode: ClientDecoding | undefined): Draft {
    const version = versionOf(input, type);
    checkDecodable(input, type, version, decode?.keyOrder ?? 'given');
    const copy = this.copy(input);
    if (decode)
      this.warn(validateFields(copy, type, version, decode.fieldValidation, decode.keyOrder, decode.repeated));
    return copy;
  }

  /**
   * A deep copy with its strings made storable: this is the cluster's edge (kubectl and the
   * controllers all write through here). `trusted`: built from objects already admitted.
   */
  private copy(input: KubeObject, trusted = false): Draft {
    const copy = klona(input) as Draft;
    if (!trusted) replaceLoneSurrogates(copy);
    return copy;
  }

  /** Settles apiVersion and namespace of an object the API server owns already (changed in place). */
  private settle(draft: Draft, type: ResourceType, requestNamespace: string | undefined): Draft {
    draft.metadata ??= {};
    dropEmptyMetadata(draft.metadata);
    draft.apiVersion = apiVersionOf(type) === draft.apiVersion ? draft.apiVersion : apiVersionOf(type);
    if (type.namespaced) {
      const own = draft.metadata.namespace;
      if (own && requestNamespace && own !== requestNamespace) {
        throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
      }
      draft.metadata.namespace = own || requestNamespace || 'default';
    } else {
      delete draft.metadata.namespace;
    }
    return draft;
  }

  /** Validates a new object; returns the warnings its validation gave. */
  private validateCreate(draft: Draft, type: ResourceType, strategy: KindStrategy): string[] {
    const meta = draft.metadata;
    if (!meta.name) {
      throw invalid(type.kind, type.group, '', [
        fieldErrors.required('metadata.name', 'name or generateName is required'),
      ]);
    }
    if (type.namespaced) {
      const ns = this.ctx.store.get('namespaces', undefined, meta.namespace ?? '');
      if (!ns) throw notFound('namespaces', meta.namespace ?? '');
      if (ns.metadata.deletionTimestamp || (ns.status as { phase?: string } | undefined)?.phase === 'Terminating') {
        throw forbidden(
          `${type.plural} "${meta.name}" is forbidden: unable to create new content in namespace ${meta.namespace ?? ''} because it is being terminated`,
        );
      }
    }
    const causes = this.validateCommon(draft, type);
    const warnings: string[] = [];
    causes.push(...(strategy.validate?.(draft, undefined, this.ctx, (w) => warnings.push(w)) ?? []));
    if (causes.length > 0) throw invalid(type.kind, type.group, meta.name, causes);
    return warnings;
  }

  private validateCommon(draft: Draft, type: ResourceType): StatusCause[] {
    const meta = draft.metadata;
    const rule =
      type.kind === 'Service'
        ? 'dns1035'
        : type.kind === 'Namespace'
          ? 'label'
          : type.group === 'rbac.authorization.k8s.io'
            ? 'pathSegment'
            : 'subdomain';
    const causes = validateName('metadata.name', meta.name ?? '', rule);
    causes.push(...validateLabels('metadata.labels', meta.labels));
    for (const ref of meta.ownerReferences ?? []) causes.push(...validateOwnerRef(ref));
    return causes;
  }

  /** The ValidatingAdmissionPolicy plugin (after PodSecurity, before ResourceQuota, as kube-apiserver orders them). */
  private admitPolicies(
    operation: AdmissionAttributes['operation'],
    type: ResourceType,
    object: Draft | undefined,
    oldObject: Stored | undefined,
    dryRun: boolean | undefined,
    subresource?: string,
  ): string[] {
    const meta = object?.metadata ?? oldObject?.metadata;
    const namespace = type.namespaced ? meta?.namespace : undefined;
    return admitValidatingPolicies(this.ctx.store, this.ctx.registry, {
      operation,
      type,
      name: meta?.name ?? '',
      namespace,
      subresource,
      object,
      oldObject,
      namespaceObject: namespace ? this.ctx.store.get('namespaces', undefined, namespace) : undefined,
      dryRun: !!dryRun,
    });
  }

  private checkCapacity(type: ResourceType, draft: Draft): void {
    if (this.ctx.store.size() >= this.limits.maxObjects) {
      throw forbidden(
        `${type.plural} "${draft.metadata.name ?? ''}" is forbidden: this cluster holds its limit of ${this.limits.maxObjects} objects`,
      );
    }
    if (type.kind === 'Pod' && this.ctx.store.countOf('pods') >= this.limits.maxPods) {
      throw forbidden(
        `pods "${draft.metadata.name ?? ''}" is forbidden: this cluster holds its limit of ${this.limits.maxPods} pods`,
      );
    }
    const spec = draft.spec as { replicas?: unknown; parallelism?: unknown; completions?: unknown } | undefined;
    for (const field of ['replicas', 'parallelism', 'completions'] as const) {
      const n = spec?.[field];
      if (typeof n === 'number' && n > this.limits.maxReplicas) {
        throw invalid(type.kind, type.group, draft.metadata.name ?? '', [
          fieldErrors.invalid(
            `spec.${field}`,
            n,
            `must be less than or equal to ${this.limits.maxReplicas} in this lab cluster`,
          ),
        ]);
      }
    }
  }

  /**
   * etcd's space quota: a write that would grow the stored objects past it fails; deletes never do.
   * Returns the object's size, for the store's accounting.
   */
  private checkSpace(resource: string, next: Stored): number {
    // Measured already unless controller-made; those are not remembered (10,000 pods' JSON held for nothing).
    const bytes = (this.jsonCache.get(next) ?? JSON.stringify(next)).length;
    this.reserveSpace(bytes - this.ctx.store.bytesOf(resource, next.metadata.namespace, next.metadata.name));
    return bytes;
  }

  private reserveSpace(growth: number): void {
    // A write that does not grow the total passes, so a full cluster can still shrink what it holds.
    if (growth <= 0) return;
    const max = this.limits.maxStoredBytes;
    // Well below the quota an estimate will do (objects changed since last measured count at their
    // old size); in its last eighth, only the exact figure.
    if (this.ctx.store.approximateBytes() + growth <= max - max / 8) return;
    if (this.ctx.store.storedBytes() + growth > max) throw databaseSpaceExceeded();
  }

  private checkSize(obj: Stored): void {
    const bytes = this.json(obj).length;
    if (bytes > this.limits.maxObjectBytes) throw tooLarge('Request entity too large: limit is 1048576');
  }
}

/** ObjectMeta's maps and lists are `omitempty`: an empty one is no member at all (`annotations: {}` is not kept). */
function dropEmptyMetadata(meta: Writable<ObjectMeta>): void {
  for (const key of ['labels', 'annotations'] as const) {
    const v = meta[key];
    if (v && typeof v === 'object' && Object.keys(v).length === 0) delete meta[key];
  }
  for (const key of ['finalizers', 'ownerReferences'] as const) if (meta[key]?.length === 0) delete meta[key];
}

function validateOwnerRef(ref: OwnerReference): StatusCause[] {
  const out: StatusCause[] = [];
  if (!ref.uid) out.push(fieldErrors.invalid('metadata.ownerReferences.uid', ref.uid ?? '', 'uid must not be empty'));
  if (!ref.name)
    out.push(fieldErrors.invalid('metadata.ownerReferences.name', ref.name ?? '', 'name must not be empty'));
  return out;
}

/** Everything but metadata and (unless `withStatus`) status: what `generation` counts changes of. */
function specChanged(a: KubeObject, b: KubeObject, withStatus = false): boolean {
  const { metadata: _am, status: as, ...restA } = a;
  const { metadata: _bm, status: bs, ...restB } = b;
  return !jsonEqual(restA, restB) || (withStatus && !jsonEqual(as, bs));
}

const META_FIELDS = ['metadata.name', 'metadata.namespace'];

/** The version an object is written in: its apiVersion's, for an older served version; else its type's. */
function versionOf(input: KubeObject, type: ResourceType): string {
  return olderVersionOf(input.apiVersion, input.kind)?.version ?? type.version;
}

/** The storage layer's Preconditions.Check (k8s.io/apiserver/pkg/storage), as the registry words its failure. */
function checkPreconditions(resource: string, obj: Stored, pre: DeleteOptions['preconditions']): void {
  const { uid, resourceVersion } = obj.metadata;
  if (pre?.uid !== undefined && pre.uid !== uid)
    throw conflict(
      resource,
      obj.metadata.name,
      `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${uid}`,
    );
  if (pre?.resourceVersion !== undefined && pre.resourceVersion !== resourceVersion)
    throw conflict(
      resource,
      obj.metadata.name,
      `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${resourceVersion}`,
    );
}
