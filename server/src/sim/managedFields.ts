/**
 * `metadata.managedFields` as kube-apiserver's field manager keeps them (k8s.io/apimachinery/pkg/util/managedfields
 * over sigs.k8s.io/structured-merge-diff's Updater): one entry per manager, operation, API version and subresource,
 * each with the set of fields it owns. A write (Update) takes the fields it changed from everyone else; an apply
 * owns exactly the fields of its configuration, may not change fields others own unless forced (a 409 Conflict
 * listing them), and removes the fields it applied before and no longer applies when nobody else owns them.
 */
import { klona } from 'klona/json';
import { jsonEqual } from '../lib/json.js';
import { StatusError, type StatusCause } from './errors.js';
import {
  appliedFields,
  compareObjects,
  fromFieldsV1,
  pathElements,
  pathString,
  removePath,
  toFieldsV1,
  type Json,
  type JsonObject,
  type PathElement,
  type PathKey,
} from './fieldPaths.js';
import { mergePatch } from './patch.js';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { KubeObject } from './types.js';

export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time?: string;
  fieldsType: 'FieldsV1';
  fieldsV1: JsonObject;
  subresource?: string;
}

export interface ManagerContext {
  manager: string;
  /** The object's apiVersion as the client wrote it. */
  apiVersion: string;
  subresource?: 'status' | 'scale' | undefined;
  /** The type serves a status subresource: a write to the object itself does not own its status. */
  hasStatus: boolean;
  kind: string;
  /** RFC 3339 timestamp of this write. */
  now: string;
}

/** kube-apiserver's limit on a field manager's name (ValidateFieldManager). */
export const FIELD_MANAGER_MAX_LENGTH = 128;

interface Manager {
  entry: Omit<ManagedFieldsEntry, 'fieldsV1' | 'fieldsType'>;
  set: Set<PathKey>;
}

/** The identity of an entry (BuildManagerIdentifier): no time, and no apiVersion for appliers. */
function identity(e: Omit<ManagedFieldsEntry, 'fieldsV1' | 'fieldsType'>): string {
  return JSON.stringify([e.manager, e.operation, e.operation === 'Apply' ? '' : e.apiVersion, e.subresource ?? '']);
}

/** Metadata the field manager strips before tracking (internal/stripmeta.go). */
const STRIPPED_META = new Set([
  'f:name',
  'f:namespace',
  'f:creationTimestamp',
  'f:selfLink',
  'f:uid',
  'f:generation',
  'f:managedFields',
  'f:resourceVersion',
  'f:deletionTimestamp',
  'f:deletionGracePeriodSeconds',
]);

/** Paths no manager owns: apiVersion, kind, server-set metadata, and what the (sub)resource's strategy resets. */
function ignoredBy(ctx: Pick<ManagerContext, 'subresource' | 'hasStatus'>) {
  return (path: readonly PathElement[]): boolean => {
    const [top, second] = path;
    if (top === 'f:apiVersion' || top === 'f:kind') return true;
    if (top === 'f:metadata' && second !== undefined && STRIPPED_META.has(second)) return true;
    if (ctx.subresource === 'status') return top !== undefined && top !== 'f:status' && top !== 'f:metadata';
    return ctx.hasStatus && top === 'f:status';
  };
}

function decode(entries: unknown): Manager[] {
  if (!Array.isArray(entries)) return [];
  const out: Manager[] = [];
  for (const raw of entries as Partial<ManagedFieldsEntry>[]) {
    if (!raw || typeof raw.manager !== 'string' || (raw.operation !== 'Apply' && raw.operation !== 'Update')) continue;
    out.push({
      entry: {
        manager: raw.manager,
        operation: raw.operation,
        apiVersion: raw.apiVersion ?? '',
        ...(raw.time ? { time: raw.time } : {}),
        ...(raw.subresource ? { subresource: raw.subresource } : {}),
      },
      set: fromFieldsV1(raw.fieldsV1),
    });
  }
  return out;
}

/** Entries in kube-apiserver's order: appliers first, then by time, manager, apiVersion and subresource. */
function encode(managers: readonly Manager[]): ManagedFieldsEntry[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return managers
    .filter((m) => m.set.size > 0)
    .sort(
      (a, b) =>
        cmp(a.entry.operation, b.entry.operation) ||
        cmp(a.entry.time ?? '', b.entry.time ?? '') ||
        cmp(a.entry.manager, b.entry.manager) ||
        cmp(a.entry.apiVersion, b.entry.apiVersion) ||
        cmp(a.entry.subresource ?? '', b.entry.subresource ?? ''),
    )
    .map((m) => ({
      manager: m.entry.manager,
      operation: m.entry.operation,
      apiVersion: m.entry.apiVersion,
      ...(m.entry.time ? { time: m.entry.time } : {}),
      fieldsType: 'FieldsV1' as const,
      fieldsV1: toFieldsV1(m.set),
      ...(m.entry.subresource ? { subresource: m.entry.subresource } : {}),
    }));
}

/**
 * The typed zero value a create is compared with (SMD compares with the empty Go object): structs that are values,
 * not pointers, exist empty in it, a zero Time is null and a slice without omitempty is null, so creating them makes
 * the creator own their members, not the node itself (no `.` for `spec`, `template`, `containers` …).
 */
function zeroObject(obj: KubeObject): JsonObject {
  const zero: JsonObject = { metadata: ZERO_META() };
  const spec = (obj as { spec?: Json }).spec;
  if (spec !== undefined) zero.spec = obj.kind === 'Pod' ? ZERO_POD_SPEC() : zeroSpec(spec);
  if ((obj as { status?: Json }).status !== undefined) zero.status = {};
  return zero;
}

const ZERO_META = (): JsonObject => ({ creationTimestamp: null });
const ZERO_POD_SPEC = (): JsonObject => ({ containers: null });
const ZERO_TEMPLATE = (): JsonObject => ({ metadata: ZERO_META(), spec: ZERO_POD_SPEC() });

/** The value structs of a workload's spec: its pod (or job) template and update strategy. */
function zeroSpec(spec: Json): JsonObject {
  const out: JsonObject = {};
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return out;
  if ('template' in spec) out.template = ZERO_TEMPLATE();
  if ('jobTemplate' in spec) out.jobTemplate = { metadata: ZERO_META(), spec: { template: ZERO_TEMPLATE() } };
  for (const k of ['strategy', 'updateStrategy']) if (k in spec) out[k] = {};
  return out;
}

const sameEntry = (m: Manager, e: Omit<ManagedFieldsEntry, 'fieldsV1' | 'fieldsType'>) =>
  identity(m.entry) === identity(e);

/**
 * The managedFields after a create, update or patch by `ctx.manager` (operation Update): it owns what it changed,
 * everyone else loses those fields and whatever was removed. `live` is undefined for a create. Entries the client
 * sent (`metadata.managedFields` in the body) replace the stored ones first, as kube-apiserver lets them.
 */
export function managedFieldsAfterUpdate(
  live: KubeObject | undefined,
  next: KubeObject,
  ctx: ManagerContext,
): ObjectMeta['managedFields'] {
  // Entries sent back as they are stored (an update of what was read) are not a change of them.
  const echoed = next.metadata?.managedFields;
  const sent = echoed && !(live && jsonEqual(echoed, live.metadata?.managedFields ?? null)) ? echoed : undefined;
  const before = (live ?? zeroObject(next)) as unknown as JsonObject;
  const { changed, removed } = compareObjects(before, next as unknown as JsonObject, ignoredBy(ctx));
  if (changed.size === 0 && removed.size === 0) return sent ? encode(decode(sent)) : live?.metadata?.managedFields;
  const managers = decode(sent ?? live?.metadata?.managedFields);
  const entry = {
    manager: ctx.manager,
    operation: 'Update' as const,
    apiVersion: ctx.apiVersion,
    time: ctx.now,
    ...(ctx.subresource ? { subresource: ctx.subresource } : {}),
  };
  for (const m of managers) {
    if (sameEntry(m, entry)) continue;
    for (const p of changed) m.set.delete(p);
    for (const p of removed) m.set.delete(p);
  }
  let own = managers.find((m) => sameEntry(m, entry));
  if (!own) managers.push((own = { entry, set: new Set() }));
  own.entry = entry;
  for (const p of changed) own.set.add(p);
  for (const p of removed) own.set.delete(p);
  return encode(managers);
}

export interface ApplyOptions extends ManagerContext {
  force: boolean;
}

/**
 * Server-side apply of `config` onto `live` (undefined: the object is created): the merged object with its
 * managedFields, or a 409 Conflict worded as kube-apiserver words it (internal/conflict.go).
 */
export function serverSideApply(live: KubeObject | undefined, config: KubeObject, opts: ApplyOptions): KubeObject {
  const ignore = ignoredBy(opts);
  const managers = decode(live?.metadata?.managedFields);
  const entry = { manager: opts.manager, operation: 'Apply' as const, apiVersion: opts.apiVersion, time: opts.now };
  const previous = managers.find((m) => sameEntry(m, entry));
  const applied = appliedFields(config as unknown as JsonObject, ignore);
  const base = (live ? klona(live) : zeroObject(config)) as unknown as JsonObject;
  delete (base.metadata as JsonObject).managedFields;
  const merged = mergePatch(base, withoutNulls(config) as Json, true, opts.kind, []) as JsonObject;
  // Fields this manager applied last time and not now, that nobody else owns, go (Updater.prune).
  if (previous) {
    const ownedByOthers = new Set<PathKey>();
    for (const m of managers) if (m !== previous) for (const p of m.set) ownedByOthers.add(p);
    const gone = [...previous.set].filter((p) => !applied.has(p) && !ownedByOthers.has(p));
    // Deepest first, so a list item's members go before the item.
    gone.sort((a, b) => pathElements(b).length - pathElements(a).length);
    for (const p of gone) removePath(merged, pathElements(p));
  }
  const { changed, removed } = compareObjects(base, merged, ignore);
  const conflicts: { manager: Manager; path: PathKey }[] = [];
  for (const m of managers) {
    if (m === previous) continue;
    for (const p of [...changed].sort()) if (m.set.has(p)) conflicts.push({ manager: m, path: p });
  }
  if (conflicts.length > 0 && !opts.force) throw conflictError(conflicts);
  for (const m of managers) {
    if (m === previous) continue;
    for (const p of changed) m.set.delete(p);
    for (const p of removed) m.set.delete(p);
  }
  const unchanged = previous !== undefined && sameSet(previous.set, applied) && changed.size + removed.size === 0;
  const kept = managers.filter((m) => m !== previous);
  kept.push({ entry: unchanged && previous ? previous.entry : entry, set: applied });
  (merged.metadata as JsonObject).managedFields = encode(kept) as unknown as Json;
  return merged as unknown as KubeObject;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** An applied configuration's nulls set nothing (SMD drops them from the merge). */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
  return out;
}

/** A conflicting manager as printManager words it. */
function printManager(e: Manager['entry']): string {
  let out = JSON.stringify(e.manager);
  if (e.subresource) out += ` with subresource ${JSON.stringify(e.subresource)}`;
  if (e.operation === 'Update') out += ` using ${e.apiVersion}`;
  return out;
}

function conflictError(conflicts: readonly { manager: Manager; path: PathKey }[]): StatusError {
  const causes: StatusCause[] = conflicts.map((c) => ({
    reason: 'FieldManagerConflict',
    message: `conflict with ${printManager(c.manager.entry)}`,
    field: pathString(c.path),
  }));
  if (conflicts.length === 1) {
    const [c] = conflicts;
    return new StatusError(
      'Conflict',
      `Apply failed with 1 conflict: conflict with ${printManager(c!.manager.entry)}: ${pathString(c!.path)}`,
      causes,
    );
  }
  const byManager = new Map<string, string[]>();
  for (const c of conflicts) {
    const name = printManager(c.manager.entry);
    byManager.set(name, [...(byManager.get(name) ?? []), pathString(c.path)]);
  }
  const lines: string[] = [];
  for (const name of [...byManager.keys()].sort()) {
    lines.push(`conflicts with ${name}:`);
    for (const p of byManager.get(name) ?? []) lines.push(`- ${p}`);
  }
  return new StatusError('Conflict', `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`, causes);
}
