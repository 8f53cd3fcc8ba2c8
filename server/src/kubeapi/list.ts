/**
 * GET on a collection or an object: JSON lists in etcd's key order with `limit`/`continue` paging, or Tables.
 */
import type { Cluster, KubeObject, OlderVersion, ResourceType, Stored } from '../sim/index.js';
import { apiVersionOf, groupResource, StatusError } from '../sim/index.js';
import { jsonResponse } from './status.js';
import { printerForType, toTable, wantsTable, type IncludeObject } from './table.js';
import type { KubeApiResponse } from './types.js';

export interface ReadContext {
  cluster: Cluster;
  /** The stored type (for an older served version, see `served`). */
  type: ResourceType;
  /** The URL's version when it is an older one the stored objects are converted to and from. */
  served?: OlderVersion | undefined;
  namespace: string | undefined;
  query: URLSearchParams;
  accept: string | undefined;
}

const byKey = (a: Stored, b: Stored) => {
  const ka = `${a.metadata.namespace ?? ''}/${a.metadata.name}`;
  const kb = `${b.metadata.namespace ?? ''}/${b.metadata.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

export function includeObjectOf(query: URLSearchParams): IncludeObject {
  const v = query.get('includeObject');
  return v === 'Object' || v === 'None' ? v : 'Metadata';
}

/** A continue token: where the next page starts (the key after the last one given) and the list's RV. */
function encodeContinue(rv: string, start: string): string {
  return Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv: Number(rv), start })).toString('base64');
}

function decodeContinue(token: string): { rv: string; start: string } {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { rv?: unknown; start?: unknown };
    if (typeof parsed.start === 'string' && typeof parsed.rv === 'number')
      return { rv: String(parsed.rv), start: parsed.start };
  } catch {
    // fall through to the API server's message
  }
  throw new StatusError(
    'BadRequest',
    'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
  );
}

export function listObjects(ctx: ReadContext): KubeApiResponse {
  const { cluster, type, query } = ctx;
  const list = cluster.api.list(groupResource(type), {
    namespace: ctx.namespace,
    labelSelector: query.get('labelSelector') ?? undefined,
    fieldSelector: query.get('fieldSelector') ?? undefined,
  });
  let items = [...list.items].sort(byKey);
  let resourceVersion = list.resourceVersion;
  const token = query.get('continue');
  if (token) {
    const from = decodeContinue(token);
    resourceVersion = from.rv;
    items = items.filter((o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}` >= from.start);
  }
  const limit = Number(query.get('limit') ?? '0');
  let next: string | undefined;
  let remaining: number | undefined;
  if (Number.isInteger(limit) && limit > 0 && items.length > limit) {
    const after = items[limit]!;
    next = encodeContinue(resourceVersion, `${after.metadata.namespace ?? ''}/${after.metadata.name}`);
    remaining = items.length - limit;
    items = items.slice(0, limit);
  }
  if (wantsTable(ctx.accept)) {
    return jsonResponse(
      toTable(printerForType(cluster, type), items, {
        now: cluster.now(),
        include: includeObjectOf(query),
        resourceVersion,
        ...(next ? { continueToken: next } : {}),
      }),
    );
  }
  const served = ctx.served;
  return jsonResponse({
    apiVersion: served ? `${served.group}/${served.version}` : apiVersionOf(type),
    kind: `${type.kind}List`,
    metadata: {
      resourceVersion,
      ...(next ? { continue: next, remainingItemCount: remaining } : {}),
    },
    items: served ? items.map((o) => served.fromStored(o)) : items,
  });
}

export function getObject(ctx: ReadContext, name: string): KubeApiResponse {
  const obj = ctx.cluster.api.get(groupResource(ctx.type), ctx.namespace, name);
  return objectResponse(ctx, obj);
}

/** One object as JSON, or as a one-row Table when asked. */
export function objectResponse(ctx: Omit<ReadContext, 'namespace'>, obj: KubeObject, status = 200, changed = false) {
  if (wantsTable(ctx.accept)) {
    const table = toTable(printerForType(ctx.cluster, ctx.type), [obj], {
      now: ctx.cluster.now(),
      include: includeObjectOf(ctx.query),
      ...(obj.metadata?.resourceVersion ? { resourceVersion: obj.metadata.resourceVersion } : {}),
    });
    return jsonResponse(table, status, changed);
  }
  return jsonResponse(ctx.served ? ctx.served.fromStored(obj) : obj, status, changed);
}
