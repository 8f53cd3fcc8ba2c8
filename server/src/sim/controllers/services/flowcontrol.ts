/**
 * kube-apiserver's two API Priority and Fairness loops (no request is throttled here):
 * - the config consumer (k8s.io/apiserver pkg/util/flowcontrol, presyncFlowSchemaStatus) keeps each FlowSchema's
 *   `Dangling` condition saying whether its PriorityLevelConfiguration exists;
 * - the config producer (pkg/registry/flowcontrol/ensurer), every minute: recreates the bootstrap objects that are
 *   missing, puts back the spec of the mandatory ones and of the suggested ones still marked
 *   `apf.kubernetes.io/autoupdate-spec: "true"`, and removes auto-updated objects that are no longer part of it.
 */
import { jsonEqual } from '../../../lib/json.js';
import type { Stored } from '../../types.js';
import type { Controller, ControllerContext } from '../controller.js';
import {
  AUTO_UPDATE,
  BOOTSTRAP_FLOW_SCHEMAS,
  BOOTSTRAP_PRIORITY_LEVELS,
  FLOW_SCHEMAS,
  PRIORITY_LEVELS,
  bootstrapObject,
  danglingCondition,
  type Bootstrap,
  type DanglingCondition,
} from '../../kinds/flowcontrolBootstrap.js';

export const FLOW_CONTROL = 'api-priority-and-fairness';
const DANGLING = 'dangling';
/** A change to the configuration: the next minute's pass of the producer will look at it. */
const ENSURE = 'ensure';
/** The producer's pass itself (also run when kube-apiserver starts). */
export const ENSURE_NOW = 'tick';
const PERIOD_MS = 60_000;

interface ConfigObject extends Stored {
  spec?: { priorityLevelConfiguration?: { name?: string }; type?: string; exempt?: unknown };
  status?: { conditions?: (DanglingCondition | { type: string })[] };
}

export const flowControlController: Controller = {
  name: FLOW_CONTROL,
  watches: [FLOW_SCHEMAS, PRIORITY_LEVELS],
  keysFor(event) {
    const obj = event.object as ConfigObject;
    const old = event.old as ConfigObject | undefined;
    const keys: string[] = [];
    if (event.resource === PRIORITY_LEVELS) {
      if (event.type !== 'MODIFIED') keys.push(DANGLING);
    } else if (
      event.type === 'ADDED' ||
      obj.spec?.priorityLevelConfiguration?.name !== old?.spec?.priorityLevelConfiguration?.name ||
      obj.status !== old?.status
    )
      keys.push(DANGLING);
    const specOrAnnotation =
      event.type === 'DELETED' ||
      (event.type === 'MODIFIED' &&
        (obj.spec !== old?.spec ||
          obj.metadata.annotations?.[AUTO_UPDATE] !== old?.metadata.annotations?.[AUTO_UPDATE]));
    if (specOrAnnotation) keys.push(ENSURE);
    return keys;
  },
  reconcile(key, ctx) {
    if (key === DANGLING) syncDangling(ctx);
    else if (key === ENSURE) ctx.requeueAfter(ENSURE_NOW, PERIOD_MS - (ctx.clock.now() % PERIOD_MS), true);
    else ensure(ctx);
  },
};

function syncDangling(ctx: ControllerContext): void {
  const levels = new Set(ctx.store.list(PRIORITY_LEVELS).map((l) => l.metadata.name));
  for (const fs of ctx.store.list(FLOW_SCHEMAS) as ConfigObject[]) {
    if (fs.metadata.deletionTimestamp) continue;
    const level = fs.spec?.priorityLevelConfiguration?.name ?? '';
    const want = danglingCondition(level, levels.has(level), ctx.clock.timestamp());
    const conditions = fs.status?.conditions ?? [];
    const have = conditions.find((c): c is DanglingCondition => c.type === 'Dangling');
    if (have && have.status === want.status && have.reason === want.reason && have.message === want.message) continue;
    const next = [...conditions.filter((c) => c.type !== 'Dangling'), want];
    ctx.api.update({ ...fs, status: { ...fs.status, conditions: next } }, { subresource: 'status' });
  }
}

/** strconv.ParseBool. */
function parseBool(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

function ensure(ctx: ControllerContext): void {
  ensureKind(ctx, PRIORITY_LEVELS, 'PriorityLevelConfiguration', BOOTSTRAP_PRIORITY_LEVELS);
  ensureKind(ctx, FLOW_SCHEMAS, 'FlowSchema', BOOTSTRAP_FLOW_SCHEMAS);
}

function ensureKind(
  ctx: ControllerContext,
  resource: string,
  kind: 'FlowSchema' | 'PriorityLevelConfiguration',
  wanted: readonly Bootstrap<object>[],
): void {
  for (const b of wanted) {
    const current = ctx.store.get(resource, undefined, b.name) as ConfigObject | undefined;
    if (!current) {
      ctx.api.create(bootstrapObject(kind, b));
      continue;
    }
    if (current.metadata.deletionTimestamp) continue;
    // The suggested objects follow the bootstrap while their annotation says so (or, without one, while unedited).
    const auto =
      b.mandatory || (parseBool(current.metadata.annotations?.[AUTO_UPDATE]) ?? current.metadata.generation === 1);
    const annotate = parseBool(current.metadata.annotations?.[AUTO_UPDATE]) !== auto;
    const spec = auto ? revisedSpec(b, current) : undefined;
    if (!annotate && !spec) continue;
    ctx.api.update({
      ...current,
      metadata: { ...current.metadata, annotations: { ...current.metadata.annotations, [AUTO_UPDATE]: String(auto) } },
      ...(spec ? { spec } : {}),
    });
  }
  const names = new Set(wanted.map((b) => b.name));
  for (const obj of ctx.store.list(resource)) {
    if (names.has(obj.metadata.name) || obj.metadata.deletionTimestamp) continue;
    if (parseBool(obj.metadata.annotations?.[AUTO_UPDATE]) === true)
      ctx.api.delete(resource, undefined, obj.metadata.name);
  }
}

/** The bootstrap spec when the object's differs (the exempt level keeps the numbers it was given), else undefined. */
function revisedSpec(b: Bootstrap<object>, current: ConfigObject): object | undefined {
  const keepExempt = current.spec?.type === 'Exempt' && (b.spec as { type?: string }).type === 'Exempt';
  const want = keepExempt ? { ...b.spec, exempt: current.spec?.exempt } : b.spec;
  return jsonEqual(want, current.spec) ? undefined : structuredClone(want);
}
