/**
 * POST, PUT, PATCH and DELETE on objects and their `status` and `scale` subresources, with kube-apiserver's
 * options (`dryRun=All`, `fieldManager`, `propagationPolicy`, `gracePeriodSeconds`) and answers.
 */
import type {
  Cluster,
  FieldValidation,
  KeyPath,
  KubeObject,
  PatchType,
  PropagationPolicy,
  Stored,
} from '../sim/index.js';
import {
  apiVersionOf,
  applyPatch,
  customScale,
  FIELD_MANAGER_MAX_LENGTH,
  groupResource,
  repeatedKeys,
  replicasPatch,
  StatusError,
  unsupportedPatch,
  validatePatchFields,
} from '../sim/index.js';
import { decodeBody, mediaType } from './body.js';
import { objectResponse, type ReadContext } from './list.js';
import { ApiError, jsonResponse } from './status.js';
import type { KubeApiRequest, KubeApiResponse } from './types.js';

export interface WriteContext extends ReadContext {
  request: KubeApiRequest;
  /** Adds a `Warning` header to the answer (kubectl prints `Warning: …`). */
  warn(warning: string): void;
}

const PATCH_TYPES: Readonly<Record<string, PatchType | 'apply'>> = {
  'application/json-patch+json': 'json',
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
  'application/apply-patch+cbor': 'apply',
};

/**
 * The field manager of a write: `?fieldManager=`, else the user agent up to its first `/` (kube-apiserver's
 * prefixFromUserAgent: `kubectl/v1.32.4 (linux/amd64) …` manages as `kubectl`), at most 128 characters.
 */
function fieldManager(ctx: WriteContext): string | undefined {
  const given = ctx.query.get('fieldManager');
  if (given !== null) {
    if (given.length > FIELD_MANAGER_MAX_LENGTH || [...given].some((c) => c < ' ' || c === '\x7f')) {
      throw new StatusError(
        'BadRequest',
        `Invalid value: "${given.slice(0, 140)}": fieldManager must be printable and at most ${FIELD_MANAGER_MAX_LENGTH} characters`,
      );
    }
    if (given !== '') return given;
  }
  const agent = ctx.request.headers.userAgent?.split('/')[0]?.slice(0, FIELD_MANAGER_MAX_LENGTH);
  return agent || undefined;
}

/** The directive of a write (`?fieldValidation=`); kube-apiserver refuses any other value. */
function fieldValidation(query: URLSearchParams): FieldValidation {
  const given = query.get('fieldValidation');
  if (given === null || given === '') return 'Warn';
  if (given === 'Strict' || given === 'Warn' || given === 'Ignore') return given;
  throw new StatusError(
    'BadRequest',
    `fieldValidation parameter unsupported: ${given}, must be one of [Ignore Warn Strict]`,
  );
}

/** How the API server decodes this request's body: as it came, under its directive. */
const decoding = (ctx: WriteContext) => ({
  fieldValidation: fieldValidation(ctx.query),
  keyOrder: 'given' as const,
  repeated: repeatedInBody(ctx),
});

/** The keys a JSON body repeats (duplicate fields); a YAML or protobuf body is not checked for them here. */
function repeatedInBody(ctx: WriteContext): KeyPath[] {
  const type = mediaType(ctx.request.headers.contentType);
  if (type !== '' && !type.endsWith('json')) return [];
  return repeatedKeys(new TextDecoder().decode(ctx.request.body ?? new Uint8Array()));
}

function writeOptions(ctx: WriteContext) {
  const dryRun = ctx.query.getAll('dryRun');
  if (dryRun.some((v) => v !== 'All'))
    throw new StatusError('BadRequest', `Invalid dry run value: ${dryRun.join(', ')}`);
  return {
    namespace: ctx.namespace,
    dryRun: dryRun.length > 0,
    fieldManager: fieldManager(ctx),
  };
}

/** The URL's apiVersion (an older served one, or the stored type's). */
const urlApiVersion = (ctx: WriteContext) =>
  ctx.served ? `${ctx.served.group}/${ctx.served.version}` : apiVersionOf(ctx.type);

function objectBody(ctx: WriteContext): KubeObject {
  const body = decodeBody(ctx.request.body, ctx.request.headers.contentType);
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new StatusError('BadRequest', 'the object provided is unrecognized (must be of type map)');
  const obj = body as KubeObject;
  // A body that leaves out apiVersion and kind is the URL's type (client libraries often send them anyway).
  if (!obj.apiVersion) obj.apiVersion = urlApiVersion(ctx);
  if (!obj.kind) obj.kind = ctx.type.kind;
  if (obj.apiVersion !== urlApiVersion(ctx)) {
    throw new StatusError(
      'BadRequest',
      `the API version in the data (${obj.apiVersion}) does not match the expected API version (${urlApiVersion(ctx)})`,
    );
  }
  if (obj.kind !== ctx.type.kind) {
    throw new StatusError(
      'BadRequest',
      `the kind in the data (${obj.kind}) does not match the expected kind (${ctx.type.kind})`,
    );
  }
  return obj;
}

export function createObject(ctx: WriteContext): KubeApiResponse {
  const obj = objectBody(ctx);
  const created = ctx.cluster.api.create(obj, { ...writeOptions(ctx), decode: decoding(ctx) });
  return objectResponse(ctx, created, 201, true);
}

function checkName(obj: KubeObject, name: string): void {
  const given = obj.metadata?.name;
  if (given !== undefined && given !== name) {
    throw new StatusError(
      'BadRequest',
      `the name of the object (${given}) does not match the name on the URL (${name})`,
    );
  }
}

export function replaceObject(ctx: WriteContext, name: string, subresource: string | undefined): KubeApiResponse {
  if (subresource === 'scale') return writeScale(ctx, name, () => anyObjectBody(ctx));
  const obj = objectBody(ctx);
  checkName(obj, name);
  obj.metadata = { ...obj.metadata, name };
  const updated = ctx.cluster.api.update(obj, {
    ...writeOptions(ctx),
    decode: decoding(ctx),
    ...(subresource === 'status' ? { subresource: 'status' as const } : {}),
  });
  return objectResponse(ctx, updated, 200, true);
}

/** A PUT body for the scale subresource (an autoscaling/v1 Scale). */
function anyObjectBody(ctx: WriteContext): KubeObject {
  const body = decodeBody(ctx.request.body, ctx.request.headers.contentType);
  if (body === null || typeof body !== 'object')
    throw new StatusError('BadRequest', 'the object provided is unrecognized');
  return body as KubeObject;
}

export function patchObject(ctx: WriteContext, name: string, subresource: string | undefined): KubeApiResponse {
  const patchType = PATCH_TYPES[mediaType(ctx.request.headers.contentType)];
  if (!patchType) {
    throw new ApiError(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: ${Object.keys(PATCH_TYPES).join(', ')}`,
    );
  }
  const patch = decodeBody(ctx.request.body, patchType === 'apply' ? 'application/yaml' : 'application/json');
  if (patchType === 'strategic' && ctx.cluster.registry.isCustom(ctx.type)) throw unsupportedPatch();
  if (subresource === 'scale') {
    return writeScale(ctx, name, (scale) =>
      applyPatch(scale, patch, patchType === 'apply' ? 'merge' : patchType, 'Scale'),
    );
  }
  if (patchType === 'apply') return serverSideApply(ctx, name, patch);
  // Unknown fields dropped, and refused or warned of as `?fieldValidation=` says (in the version of the URL).
  const version = ctx.served?.version ?? ctx.type.version;
  const repeated = repeatedInBody(ctx);
  for (const w of validatePatchFields(patch, patchType, ctx.type, version, fieldValidation(ctx.query), repeated))
    ctx.warn(w);
  const resource = groupResource(ctx.type);
  // A custom resource's patched object is decoded by its schema under the request's directive (the API server does
  // it); a built-in kind's patch fields were checked above, in the URL's version.
  const opts = {
    ...writeOptions(ctx),
    ...(subresource === 'status' ? { subresource: 'status' as const } : {}),
    ...(ctx.cluster.registry.isCustom(ctx.type) ? { decode: decoding(ctx) } : {}),
  };
  const served = ctx.served;
  if (subresource === 'status' || served) {
    // Patched as the client sees it: an older version's view of the object, converted back.
    const current = ctx.cluster.api.get(resource, ctx.namespace, name);
    const view = served ? served.fromStored(current) : current;
    const patched = applyPatch(view, patch, patchType, ctx.type.kind);
    const next = served ? served.toStored(patched) : patched;
    return objectResponse(ctx, ctx.cluster.api.update(next, opts), 200, true);
  }
  const patched = ctx.cluster.api.patch(resource, ctx.namespace, name, patch, patchType, opts);
  return objectResponse(ctx, patched, 200, true);
}

/**
 * `application/apply-patch+yaml`: server-side apply, with field ownership and conflicts (`?force=true` takes the
 * conflicting fields from their managers).
 */
function serverSideApply(ctx: WriteContext, name: string, patch: unknown): KubeApiResponse {
  const manager = ctx.query.get('fieldManager');
  if (!manager)
    throw new StatusError(
      'BadRequest',
      'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
    );
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch))
    throw new StatusError('BadRequest', 'error decoding YAML: the applied configuration is not an object');
  const config = patch as KubeObject;
  checkName(config, name);
  const force = ctx.query.get('force');
  if (force !== null && force !== 'true' && force !== 'false')
    throw new StatusError('BadRequest', `Invalid value for force: ${force}`);
  const { object, created } = ctx.cluster.api.applyServerSide(
    { ...config, metadata: { ...config.metadata, name } },
    { ...writeOptions(ctx), decode: decoding(ctx), fieldManager: manager, force: force === 'true' },
  );
  return objectResponse(ctx, object, created ? 201 : 200, true);
}

function scaleOf(ctx: ReadContext, obj: Stored): KubeObject {
  const type = ctx.type;
  const custom = ctx.cluster.api.customScale(type);
  if (custom) {
    const scale = customScale(custom, obj);
    return scaleObject(obj, scale.specReplicas, scale.statusReplicas, scale.selector);
  }
  const spec = obj.spec as {
    replicas?: number;
    selector?: { matchLabels?: Record<string, string> } | Record<string, string>;
  };
  const status = obj.status as { replicas?: number } | undefined;
  const labels = (spec.selector && 'matchLabels' in spec.selector ? spec.selector.matchLabels : spec.selector) as
    Record<string, string> | undefined;
  const selector = Object.entries(
    type.kind === 'ReplicationController' ? ((spec.selector as Record<string, string>) ?? {}) : (labels ?? {}),
  )
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return scaleObject(obj, spec.replicas ?? 1, status?.replicas ?? 0, selector);
}

/** An autoscaling/v1 Scale of an object. */
function scaleObject(obj: Stored, replicas: number, statusReplicas: number, selector: string): KubeObject {
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: obj.metadata.name,
      ...(obj.metadata.namespace ? { namespace: obj.metadata.namespace } : {}),
      uid: obj.metadata.uid,
      resourceVersion: obj.metadata.resourceVersion,
      creationTimestamp: obj.metadata.creationTimestamp,
    },
    spec: { replicas },
    status: { replicas: statusReplicas, ...(selector ? { selector } : {}) },
  };
}

export function getScale(ctx: ReadContext, name: string): KubeApiResponse {
  const obj = ctx.cluster.api.get(groupResource(ctx.type), ctx.namespace, name);
  return jsonResponse(scaleOf(ctx, obj));
}

/** Changes `spec.replicas` from a new Scale (a PUT body, or the current Scale patched). */
function writeScale(ctx: WriteContext, name: string, next: (current: KubeObject) => KubeObject): KubeApiResponse {
  const resource = groupResource(ctx.type);
  const current = ctx.cluster.api.get(resource, ctx.namespace, name);
  const scale = next(scaleOf(ctx, current));
  const replicas = (scale.spec as { replicas?: unknown } | undefined)?.replicas;
  if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
    throw new StatusError(
      'Invalid',
      `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: ${String(replicas)}: must be greater than or equal to 0`,
    );
  }
  const rv = scale.metadata?.resourceVersion;
  const custom = ctx.cluster.api.customScale(ctx.type);
  const updated = ctx.cluster.api.patch(
    resource,
    ctx.namespace,
    name,
    {
      metadata: rv ? { resourceVersion: rv } : {},
      ...(custom ? replicasPatch(custom, replicas) : { spec: { replicas } }),
    },
    'merge',
    { ...writeOptions(ctx), managerSubresource: 'scale' },
  );
  return jsonResponse(scaleOf(ctx, updated), 200, true);
}

interface DeleteBody {
  propagationPolicy?: unknown;
  gracePeriodSeconds?: unknown;
  orphanDependents?: unknown;
  dryRun?: unknown;
  preconditions?: { uid?: unknown; resourceVersion?: unknown } | null;
}

function deleteOptions(ctx: WriteContext) {
  let body: DeleteBody = {};
  if (ctx.request.body && ctx.request.body.length > 0) {
    const decoded = decodeBody(ctx.request.body, ctx.request.headers.contentType ?? 'application/json');
    if (decoded && typeof decoded === 'object') body = decoded;
  }
  const q = ctx.query;
  const policy =
    q.get('propagationPolicy') ?? (typeof body.propagationPolicy === 'string' ? body.propagationPolicy : undefined);
  if (policy !== undefined && !['Background', 'Foreground', 'Orphan'].includes(policy)) {
    throw new StatusError(
      'Invalid',
      `DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan", "nil"`,
    );
  }
  const orphan = q.get('orphanDependents') === 'true' || body.orphanDependents === true;
  const grace =
    q.get('gracePeriodSeconds') ??
    (typeof body.gracePeriodSeconds === 'number' ? String(body.gracePeriodSeconds) : undefined);
  const dryRun = q.getAll('dryRun').length > 0 || (Array.isArray(body.dryRun) && body.dryRun.length > 0);
  const pre = body.preconditions;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    ...(policy || orphan ? { propagationPolicy: (policy ?? 'Orphan') as PropagationPolicy } : {}),
    ...(grace !== undefined && /^-?\d+$/.test(grace) ? { gracePeriodSeconds: Number(grace) } : {}),
    ...(pre ? { preconditions: { uid: text(pre.uid), resourceVersion: text(pre.resourceVersion) } } : {}),
    dryRun,
  };
}

export function deleteObject(ctx: WriteContext, name: string): KubeApiResponse {
  const resource = groupResource(ctx.type);
  const opts = deleteOptions(ctx);
  const cluster: Cluster = ctx.cluster;
  const gone = cluster.api.delete(resource, ctx.namespace, name, opts);
  const still = !opts.dryRun && cluster.api.find(resource, ctx.namespace, name);
  // An object that stays (graceful deletion, finalizers) is returned as it is now; one that went, as a Status.
  if (still || opts.dryRun) return objectResponse(ctx, still || gone, 200, true);
  return jsonResponse(
    {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: {
        name,
        ...(ctx.type.group ? { group: ctx.type.group } : {}),
        kind: ctx.type.plural,
        uid: gone.metadata.uid,
      },
    },
    200,
    true,
  );
}

export function deleteCollection(ctx: WriteContext): KubeApiResponse {
  const opts = deleteOptions(ctx);
  const deleted = ctx.cluster.api.deleteCollection(groupResource(ctx.type), {
    namespace: ctx.namespace,
    labelSelector: ctx.query.get('labelSelector') ?? undefined,
    fieldSelector: ctx.query.get('fieldSelector') ?? undefined,
    ...opts,
  });
  return jsonResponse(
    { apiVersion: apiVersionOf(ctx.type), kind: `${ctx.type.kind}List`, metadata: {}, items: deleted },
    200,
    true,
  );
}
