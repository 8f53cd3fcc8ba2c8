/**
 * The StatefulSet controller (pkg/controller/statefulset): stable names `<set>-<ordinal>`, one PVC
 * per claim template and pod (`<claim>-<set>-<ordinal>`), OrderedReady creation (each pod Running
 * and Ready before the next), scale-down and rolling update in reverse ordinal order (honouring the
 * partition), ControllerRevisions and the status fields.
 */
import type { StatefulSet, StatefulSetStatus } from 'kubernetes-types/apps/v1';
import type { Pod, PodTemplateSpec, Volume } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../errors.js';
import { fromLabelSelector } from '../../selectors.js';
import type { KubeObject, Stored, WatchEvent } from '../../types.js';
import type { Controller, ControllerContext } from '../controller.js';
import { ensureRevision, revisions, templateOf, truncateHistory, type Revision } from './history.js';
import { claimPods, podKeys } from './replicaset.js';
import {
  DEFER,
  POD_BATCH_MS,
  deletePod,
  isPodAvailable,
  isPodReady,
  keyOf,
  ownerRefTo,
  podFromTemplate,
  podPhase,
  splitKey,
  untilAvailable,
  writeStatus,
} from './util.js';

export const STATEFULSET_CONTROLLER = 'statefulset-controller';
const RESOURCE = 'statefulsets.apps';
const REVISION_LABEL = 'controller-revision-hash';
const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

type STS = Stored<StatefulSet>;
type PodObj = Stored<Pod>;

export const statefulSetController: Controller = {
  name: STATEFULSET_CONTROLLER,
  watches: [RESOURCE, 'pods'],
  keysFor(event: WatchEvent): readonly string[] {
    if (event.resource === RESOURCE) return event.type === 'DELETED' ? [] : [keyOf(event.object)];
    return podKeys(event, 'StatefulSet').filter((k) => !k.startsWith('orphan:'));
  },
  reconcile(key, ctx) {
    if (key.startsWith(DEFER)) return ctx.requeueAfter(key.slice(1), POD_BATCH_MS);
    new StatefulSync(ctx, key).run();
  },
};

class StatefulSync {
  private readonly set: STS | undefined;
  private readonly events: { type: 'Normal' | 'Warning'; reason: string; message: string }[] = [];

  constructor(
    readonly ctx: ControllerContext,
    readonly key: string,
  ) {
    const [ns, name] = splitKey(key);
    this.set = ctx.store.get(RESOURCE, ns, name) as STS | undefined;
  }

  run(): void {
    const set = this.set;
    if (!set?.spec || set.metadata.deletionTimestamp) return;
    const ctx = this.ctx;
    const selector = fromLabelSelector(set.spec.selector);
    const fresh = set.status?.observedGeneration !== set.metadata.generation;
    const pods = claimPods(ctx, set, selector, fresh);
    let history = revisions(ctx, set);
    const updateRev = ensureRevision(ctx, set, set.spec.template, 'controller.kubernetes.io/hash', history);
    history = revisions(ctx, set);
    const currentName = set.status?.currentRevision;
    const currentRev = history.find((r) => r.metadata.name === currentName) ?? updateRev;
    const replicas = set.spec.replicas ?? 1;
    const start = set.spec.ordinals?.start ?? 0;
    const byOrdinal = new Map<number, PodObj>();
    const condemned: PodObj[] = [];
    for (const pod of pods) {
      const ord = this.ordinal(pod.metadata.name);
      if (ord !== undefined && ord >= start && ord < start + replicas) byOrdinal.set(ord, pod);
      else condemned.push(pod);
    }
    condemned.sort((a, b) => (this.ordinal(b.metadata.name) ?? 0) - (this.ordinal(a.metadata.name) ?? 0));
    this.manage(set, byOrdinal, condemned, start, replicas, currentRev, updateRev);
    const live = new Set([currentRev.metadata.name, updateRev.metadata.name]);
    for (const p of pods) live.add(p.metadata.labels?.[REVISION_LABEL] ?? '');
    truncateHistory(ctx, history, live, set.spec.revisionHistoryLimit ?? 10);
    const latest = (ctx.store.get(RESOURCE, set.metadata.namespace, set.metadata.name) as STS | undefined) ?? set;
    const after = claimPods(ctx, latest, selector, false);
    writeStatus(ctx, latest, this.status(latest, after, currentRev, updateRev));
  }

  ordinal(name: string): number | undefined {
    const prefix = `${this.set?.metadata.name ?? ''}-`;
    if (!name.startsWith(prefix)) return undefined;
    const rest = name.slice(prefix.length);
    return /^(0|[1-9]\d*)$/.test(rest) ? Number(rest) : undefined;
  }

  healthy(pod: PodObj): boolean {
    const set = this.set;
    if (podPhase(pod) !== 'Running' || !isPodReady(pod) || pod.metadata.deletionTimestamp) return false;
    const minReady = set?.spec?.minReadySeconds ?? 0;
    if (isPodAvailable(pod, minReady, this.ctx.clock.now())) return true;
    const wait = untilAvailable(pod, minReady, this.ctx.clock.now());
    if (wait !== undefined) this.ctx.requeueAfter(this.key, wait);
    return false;
  }

  manage(
    set: STS,
    byOrdinal: Map<number, PodObj>,
    condemned: PodObj[],
    start: number,
    replicas: number,
    currentRev: Revision,
    updateRev: Revision,
  ): void {
    const spec = set.spec;
    if (!spec) return;
    const monotonic = spec.podManagementPolicy !== 'Parallel';
    const rolling = spec.updateStrategy?.type !== 'OnDelete';
    const partition = spec.updateStrategy?.rollingUpdate?.partition ?? 0;
    for (let ord = start; ord < start + replicas; ord++) {
      const pod = byOrdinal.get(ord);
      if (!pod) {
        const useUpdate = rolling ? ord - start >= partition : currentRev === updateRev;
        this.createPod(set, ord, useUpdate ? updateRev : currentRev);
        if (monotonic) return;
        continue;
      }
      const phase = podPhase(pod);
      if ((phase === 'Failed' || phase === 'Succeeded') && !pod.metadata.deletionTimestamp) {
        deletePod(this.ctx, pod);
        this.record(
          'SuccessfulDelete',
          `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`,
        );
        if (monotonic) return;
        continue;
      }
      if (monotonic && !this.healthy(pod)) return;
    }
    for (const pod of condemned) {
      if (pod.metadata.deletionTimestamp) {
        if (monotonic) return;
        continue;
      }
      if (monotonic && [...byOrdinal.values()].some((p) => !this.healthy(p))) return;
      deletePod(this.ctx, pod);
      this.record('SuccessfulDelete', `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`);
      if (spec.persistentVolumeClaimRetentionPolicy?.whenScaled === 'Delete') this.deleteClaims(set, pod.metadata.name);
      if (monotonic) return;
    }
    if (!rolling) return;
    // Rolling update: highest ordinal first, one pod at a time, each healthy before the next.
    const updateHash = this.hashLabel(updateRev);
    for (let ord = start + replicas - 1; ord >= start + partition; ord--) {
      const pod = byOrdinal.get(ord);
      if (!pod) return;
      if (pod.metadata.labels?.[REVISION_LABEL] !== updateHash) {
        if (!pod.metadata.deletionTimestamp) {
          deletePod(this.ctx, pod);
          this.record(
            'SuccessfulDelete',
            `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`,
          );
        }
        return;
      }
      if (!this.healthy(pod)) return;
    }
  }

  hashLabel(rev: Revision): string {
    return rev.metadata.name;
  }

  createPod(set: STS, ord: number, rev: Revision): void {
    const spec = set.spec;
    if (!spec) return;
    const name = `${set.metadata.name}-${ord}`;
    const template: PodTemplateSpec = templateOf(rev);
    const volumes: Volume[] = [...(template.spec?.volumes ?? [])];
    for (const claim of spec.volumeClaimTemplates ?? []) {
      const claimName = `${claim.metadata?.name ?? ''}-${name}`;
      this.ensureClaim(set, claimName, claim, name, ord);
      const volume: Volume = { name: claim.metadata?.name ?? '', persistentVolumeClaim: { claimName } };
      const i = volumes.findIndex((v) => v.name === volume.name);
      if (i >= 0) volumes[i] = volume;
      else volumes.push(volume);
    }
    const pod = podFromTemplate(template, set, {
      name,
      labels: { [REVISION_LABEL]: this.hashLabel(rev), [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(ord) },
      spec: {
        hostname: name,
        ...(spec.serviceName ? { subdomain: spec.serviceName } : {}),
        ...(volumes.length > 0 ? { volumes } : {}),
      },
    });
    try {
      this.ctx.api.create(pod);
      this.record('SuccessfulCreate', `create Pod ${name} in StatefulSet ${set.metadata.name} successful`);
    } catch (err) {
      if (!isStatusError(err)) throw err;
      if (err.reason === 'AlreadyExists') return;
      this.record(
        'FailedCreate',
        `create Pod ${name} in StatefulSet ${set.metadata.name} failed error: ${err.message}`,
        'Warning',
      );
      this.ctx.requeueAfter(this.key, 10_000, true);
    }
  }

  ensureClaim(
    set: STS,
    claimName: string,
    claim: NonNullable<NonNullable<STS['spec']>['volumeClaimTemplates']>[number],
    podName: string,
    _ord: number,
  ): void {
    const ns = set.metadata.namespace ?? 'default';
    if (this.ctx.store.get('persistentvolumeclaims', ns, claimName)) return;
    const policy = set.spec?.persistentVolumeClaimRetentionPolicy;
    const spec = { ...claim.spec };
    const obj = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: claimName,
        namespace: ns,
        labels: { ...set.spec?.selector.matchLabels, ...claim.metadata?.labels },
        ...(claim.metadata?.annotations ? { annotations: { ...claim.metadata.annotations } } : {}),
        ...(policy?.whenDeleted === 'Delete' ? { ownerReferences: [{ ...ownerRefTo(set), controller: true }] } : {}),
      },
      spec,
    } as KubeObject;
    try {
      this.ctx.api.create(obj);
      this.record(
        'SuccessfulCreate',
        `create Claim ${claimName} Pod ${podName} in StatefulSet ${set.metadata.name} success`,
      );
    } catch (err) {
      if (!isStatusError(err)) throw err;
      if (err.reason !== 'AlreadyExists') {
        this.record(
          'FailedCreate',
          `create Claim ${claimName} for Pod ${podName} in StatefulSet ${set.metadata.name} failed error: ${err.message}`,
          'Warning',
        );
        throw err;
      }
    }
  }

  /** persistentVolumeClaimRetentionPolicy.whenScaled: Delete — a scaled-down pod's claims go too. */
  deleteClaims(set: STS, podName: string): void {
    for (const claim of set.spec?.volumeClaimTemplates ?? []) {
      const name = `${claim.metadata?.name ?? ''}-${podName}`;
      if (!this.ctx.store.get('persistentvolumeclaims', set.metadata.namespace, name)) continue;
      this.ctx.api.delete('persistentvolumeclaims', set.metadata.namespace, name);
    }
  }

  record(reason: string, message: string, type: 'Normal' | 'Warning' = 'Normal'): void {
    if (this.set) this.ctx.events.record(this.set, type, reason, message, STATEFULSET_CONTROLLER);
  }

  status(set: STS, pods: PodObj[], currentRev: Revision, updateRev: Revision): StatefulSetStatus {
    const now = this.ctx.clock.now();
    const minReady = set.spec?.minReadySeconds ?? 0;
    let replicas = 0;
    let ready = 0;
    let available = 0;
    let current = 0;
    let updated = 0;
    for (const p of pods) {
      replicas++;
      if (p.metadata.deletionTimestamp) continue;
      if (isPodReady(p) && podPhase(p) === 'Running') {
        ready++;
        if (isPodAvailable(p, minReady, now)) available++;
      }
      const rev = p.metadata.labels?.[REVISION_LABEL];
      if (rev === currentRev.metadata.name) current++;
      if (rev === updateRev.metadata.name) updated++;
    }
    const want = set.spec?.replicas ?? 1;
    let currentRevision = currentRev.metadata.name;
    if (updated === want && ready === want && replicas === want) {
      currentRevision = updateRev.metadata.name;
      current = updated;
    }
    const out: Record<string, unknown> = {
      observedGeneration: set.metadata.generation,
      replicas,
      ...(ready ? { readyReplicas: ready } : {}),
      ...(current ? { currentReplicas: current } : {}),
      ...(updated ? { updatedReplicas: updated } : {}),
      currentRevision,
      updateRevision: updateRev.metadata.name,
      collisionCount: 0,
      availableReplicas: available,
    };
    return out as unknown as StatefulSetStatus;
  }
}
