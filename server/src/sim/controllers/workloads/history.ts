/**
 * ControllerRevisions (pkg/controller/history) for StatefulSets and DaemonSets: one per distinct
 * pod template, named `<owner>-<hash>`, numbered by `revision`, pruned to revisionHistoryLimit.
 */
import type { ControllerRevision } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../errors.js';
import type { KubeObject, Stored } from '../../types.js';
import type { ControllerContext } from '../controller.js';
import { stableStringify, templateHash } from '../hash.js';
import { owned, ownerRefTo } from './util.js';

export type Revision = Stored<ControllerRevision>;
const RESOURCE = 'controllerrevisions.apps';

export function revisions(ctx: ControllerContext, owner: Stored): Revision[] {
  return (owned(ctx, owner, 'ControllerRevision') as Revision[]).sort((a, b) => a.revision - b.revision);
}

const dataOf = (template: PodTemplateSpec | undefined) => ({ spec: { template: { ...template, $patch: 'replace' } } });

export function templateOf(rev: Revision): PodTemplateSpec {
  const t = { ...((rev.data as { spec?: { template?: Record<string, unknown> } } | undefined)?.spec?.template ?? {}) };
  delete t.$patch;
  return t;
}

/**
 * The revision of `template`: the existing one with the same data (renumbered to the newest when a
 * rollback brings an old template back), or a new one. `hashLabel` is the label the revision carries.
 */
export function ensureRevision(
  ctx: ControllerContext,
  owner: Stored,
  template: PodTemplateSpec | undefined,
  hashLabel: string,
  existing: Revision[],
): Revision {
  const data = stableStringify(dataOf(template));
  const max = existing.reduce((m, r) => Math.max(m, r.revision), 0);
  const match = existing.find((r) => stableStringify(r.data) === data);
  if (match) {
    if (match.revision === max) return match;
    return ctx.api.update({ ...match, revision: max + 1 }) as Revision;
  }
  const hash = templateHash(template);
  const revision = {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name: `${owner.metadata.name}-${hash}`,
      namespace: owner.metadata.namespace ?? 'default',
      labels: { ...template?.metadata?.labels, [hashLabel]: hash },
      ...(owner.metadata.annotations ? { annotations: { ...owner.metadata.annotations } } : {}),
      ownerReferences: [ownerRefTo(owner)],
    },
    data: dataOf(template),
    revision: max + 1,
  } as unknown as KubeObject;
  try {
    return ctx.api.create(revision) as Revision;
  } catch (err) {
    if (!isStatusError(err, 'AlreadyExists')) throw err;
    return ctx.store.get(RESOURCE, owner.metadata.namespace, `${owner.metadata.name}-${hash}`) as Revision;
  }
}

/** Deletes the oldest revisions beyond `limit`, never one in `live` (names). */
export function truncateHistory(
  ctx: ControllerContext,
  list: Revision[],
  live: ReadonlySet<string>,
  limit: number,
): void {
  const old = list.filter((r) => !live.has(r.metadata.name));
  const excess = old.length - limit;
  for (const r of old.slice(0, Math.max(0, excess))) ctx.api.delete(RESOURCE, r.metadata.namespace, r.metadata.name);
}
