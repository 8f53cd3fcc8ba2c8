/** The describers for individual kinds, ported from kubectl/pkg/describe/describe.go. */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Job } from 'kubernetes-types/batch/v1';
import type {
  ConfigMap,
  LimitRange,
  Namespace,
  PersistentVolumeClaim,
  Pod,
  ResourceQuota,
  Secret,
  Service,
} from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { canonicalQuantity } from '../../../lib/quantity.js';
import { describeLimitRangeSpec, SCOPE_HELP } from './limits.js';
import { humanDuration, parseTimestamp, formatRFC1123Z, translateTimestampSince } from '../duration.js';
import { formatLabelSelector, formatLabels, selectorString } from '../labels.js';
import { pvcCapacity, pvcClass } from '../columns/storage.js';
import { joinHostPort } from '../columns/common.js';
import {
  controllerOf,
  goList,
  printAnnotationsMultiline,
  printLabelsMultiline,
  printTolerationsMultiline,
} from './common.js';
import {
  describeContainers,
  describeResources,
  describePodTemplate,
  describeTopologySpreadConstraints,
  describeVolumes,
  type FieldResolver,
} from './containers.js';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './writer.js';

/** Counts of the pods a controller owns, by phase (getPodStatusForController). */
export function podPhaseCounts(pods: readonly Pod[], ownerUid: string | undefined): [number, number, number, number] {
  let running = 0;
  let waiting = 0;
  let succeeded = 0;
  let failed = 0;
  for (const p of pods) {
    const ref = p.metadata?.ownerReferences?.find((o) => o.controller);
    if (!ref || ref.uid !== ownerUid) continue;
    switch (p.status?.phase) {
      case 'Running':
        running++;
        break;
      case 'Pending':
        waiting++;
        break;
      case 'Succeeded':
        succeeded++;
        break;
      case 'Failed':
        failed++;
        break;
    }
  }
  return [running, waiting, succeeded, failed];
}

function podFieldResolver(pod: Pod): FieldResolver {
  return (path) => {
    const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
    if (m) return (m[1] === 'labels' ? pod.metadata?.labels : pod.metadata?.annotations)?.[m[2]!] ?? '';
    switch (path) {
      case 'metadata.name':
        return pod.metadata?.name ?? '';
      case 'metadata.namespace':
        return pod.metadata?.namespace ?? '';
      case 'metadata.uid':
        return pod.metadata?.uid ?? '';
      case 'spec.nodeName':
        return pod.spec?.nodeName ?? '';
      case 'spec.serviceAccountName':
        return pod.spec?.serviceAccountName ?? '';
      case 'status.podIP':
        return pod.status?.podIP ?? '';
      case 'status.hostIP':
        return pod.status?.hostIP ?? '';
      default:
        return '';
    }
  };
}

/** qos.GetPodQOS, used when the server has not filled status.qosClass. */
export function podQOS(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    for (const r of ['cpu', 'memory']) {
      if (req[r] !== undefined || lim[r] !== undefined) any = true;
      const l = lim[r];
      const q = req[r] ?? l;
      if (l === undefined || canonicalQuantity(q ?? '') !== canonicalQuantity(l)) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

export function describePod(w: PrefixWriter, pod: Pod, now: number): void {
  const spec = pod.spec;
  const status = pod.status ?? {};
  w.write(LEVEL_0, `Name:\t${pod.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${pod.metadata?.namespace ?? ''}\n`);
  if (spec?.priority !== undefined) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
  if (spec?.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec?.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec?.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
  if (!spec?.nodeName) w.write(LEVEL_0, 'Node:\t<none>\n');
  else w.write(LEVEL_0, `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n`);
  if (status.startTime) w.write(LEVEL_0, `Start Time:\t${formatRFC1123Z(status.startTime)}\n`);
  printLabelsMultiline(w, 'Labels', pod.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', pod.metadata?.annotations);
  if (pod.metadata?.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(pod.metadata.deletionTimestamp, now)})\n`);
    w.write(LEVEL_0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 0}s\n`);
  } else {
    w.write(LEVEL_0, `Status:\t${status.phase ?? ''}\n`);
  }
  if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`);
  const seccomp = spec?.securityContext?.seccompProfile;
  if (seccomp) {
    w.write(LEVEL_0, `SeccompProfile:\t${seccomp.type}\n`);
    if (seccomp.type === 'Localhost') w.write(LEVEL_0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
  }
  w.write(LEVEL_0, `IP:\t${status.podIP ?? ''}\n`);
  const ips = status.podIPs ?? [];
  if (ips.length === 0) {
    w.write(LEVEL_0, 'IPs:\t<none>\n');
  } else {
    w.write(LEVEL_0, 'IPs:\n');
    for (const ip of ips) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
  }
  const controlledBy = controllerOf(pod.metadata?.ownerReferences);
  if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
  if (status.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
  const resolve = podFieldResolver(pod);
  if ((spec?.initContainers ?? []).length > 0) {
    describeContainers(w, 'Init Containers', spec!.initContainers!, status.initContainerStatuses, '', resolve);
  }
  describeContainers(w, 'Containers', spec?.containers ?? [], status.containerStatuses, '', resolve);
  const gates = spec?.readinessGates ?? [];
  if (gates.length > 0) {
    w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const g of gates) {
      const c = status.conditions?.find((x) => x.type === g.conditionType);
      w.write(LEVEL_1, `${g.conditionType} \t${c ? c.status : '<none>'} \n`);
    }
  }
  const conditions = status.conditions ?? [];
  if (conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
    for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(w, spec?.volumes, '');
  w.write(LEVEL_0, `QoS Class:\t${podQOS(pod)}\n`);
  printLabelsMultiline(w, 'Node-Selectors', spec?.nodeSelector);
  printTolerationsMultiline(w, 'Tolerations', spec?.tolerations);
  describeTopologySpreadConstraints(w, spec?.topologySpreadConstraints, '');
}

function replicaSetsByLabels(list: readonly ReplicaSet[]): string {
  const s = list
    .map((rs) => `${rs.metadata?.name ?? ''} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`)
    .join(', ');
  return s || '<none>';
}

export function describeDeployment(
  w: PrefixWriter,
  d: Deployment,
  replicaSets: { readonly old: readonly ReplicaSet[]; readonly new: readonly ReplicaSet[] } | undefined,
): void {
  w.write(LEVEL_0, `Name:\t${d.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${d.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRFC1123Z(d.metadata?.creationTimestamp)}\n`);
  printLabelsMultiline(w, 'Labels', d.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', d.metadata?.annotations);
  w.write(LEVEL_0, `Selector:\t${selectorString(d.spec?.selector)}\n`);
  const st = d.status ?? {};
  w.write(
    LEVEL_0,
    `Replicas:\t${d.spec?.replicas ?? 0} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`,
  );
  w.write(LEVEL_0, `StrategyType:\t${d.spec?.strategy?.type ?? ''}\n`);
  w.write(LEVEL_0, `MinReadySeconds:\t${d.spec?.minReadySeconds ?? 0}\n`);
  const ru = d.spec?.strategy?.rollingUpdate;
  if (ru) {
    w.write(
      LEVEL_0,
      `RollingUpdateStrategy:\t${String(ru.maxUnavailable ?? '')} max unavailable, ${String(ru.maxSurge ?? '')} max surge\n`,
    );
  }
  describePodTemplate(w, d.spec?.template);
  const conds = st.conditions ?? [];
  if (conds.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(LEVEL_1, '----\t------\t------\n');
    for (const c of conds) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
  if (replicaSets && (replicaSets.old.length > 0 || replicaSets.new.length > 0)) {
    w.write(LEVEL_0, `OldReplicaSets:\t${replicaSetsByLabels(replicaSets.old)}\n`);
    w.write(LEVEL_0, `NewReplicaSet:\t${replicaSetsByLabels(replicaSets.new)}\n`);
  }
}

export function describeReplicaSet(w: PrefixWriter, rs: ReplicaSet, pods: readonly Pod[]): void {
  w.write(LEVEL_0, `Name:\t${rs.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${rs.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
  printLabelsMultiline(w, 'Labels', rs.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', rs.metadata?.annotations);
  const controlledBy = controllerOf(rs.metadata?.ownerReferences);
  if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
  w.write(LEVEL_0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 0} desired\n`);
  const [running, waiting, succeeded, failed] = podPhaseCounts(pods, rs.metadata?.uid);
  w.write(LEVEL_0, 'Pods Status:\t');
  w.write(LEVEL_0, `${running} Running / ${waiting} Waiting / ${succeeded} Succeeded / ${failed} Failed\n`);
  describePodTemplate(w, rs.spec?.template);
  const conds = rs.status?.conditions ?? [];
  if (conds.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(LEVEL_1, '----\t------\t------\n');
    for (const c of conds) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
}

export function describeJob(w: PrefixWriter, job: Job): void {
  const spec = job.spec;
  const st = job.status ?? {};
  w.write(LEVEL_0, `Name:\t${job.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${job.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `Selector:\t${selectorString(spec?.selector)}\n`);
  printLabelsMultiline(w, 'Labels', job.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', job.metadata?.annotations);
  const controlledBy = controllerOf(job.metadata?.ownerReferences);
  if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
  if (spec?.parallelism !== undefined) w.write(LEVEL_0, `Parallelism:\t${spec.parallelism}\n`);
  w.write(LEVEL_0, `Completions:\t${spec?.completions !== undefined ? spec.completions : '<unset>'}\n`);
  if (spec?.completionMode) w.write(LEVEL_0, `Completion Mode:\t${spec.completionMode}\n`);
  if (spec?.suspend !== undefined) w.write(LEVEL_0, `Suspend:\t${spec.suspend}\n`);
  if (spec?.backoffLimit !== undefined) w.write(LEVEL_0, `Backoff Limit:\t${spec.backoffLimit}\n`);
  if (spec?.ttlSecondsAfterFinished !== undefined) {
    w.write(LEVEL_0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
  }
  if (st.startTime) w.write(LEVEL_0, `Start Time:\t${formatRFC1123Z(st.startTime)}\n`);
  if (st.completionTime) w.write(LEVEL_0, `Completed At:\t${formatRFC1123Z(st.completionTime)}\n`);
  const start = parseTimestamp(st.startTime);
  const end = parseTimestamp(st.completionTime);
  if (start !== undefined && end !== undefined) w.write(LEVEL_0, `Duration:\t${humanDuration(end - start)}\n`);
  if (spec?.activeDeadlineSeconds !== undefined) {
    w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  }
  if (st.ready === undefined) {
    w.write(
      LEVEL_0,
      `Pods Statuses:\t${st.active ?? 0} Active / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed\n`,
    );
  } else {
    w.write(
      LEVEL_0,
      `Pods Statuses:\t${st.active ?? 0} Active (${st.ready} Ready) / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed\n`,
    );
  }
  if (spec?.completionMode === 'Indexed') {
    w.write(LEVEL_0, `Completed Indexes:\t${st.completedIndexes || '<none>'}\n`);
  }
  describePodTemplate(w, spec?.template);
}

/** formatEndpointSlices for one service port (ready endpoints only, three at most). */
function endpointsForPort(slices: readonly EndpointSlice[], portName: string): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const slice of slices) {
    const ports = slice.ports ?? [];
    if (ports.length === 0) {
      for (const e of slice.endpoints ?? []) {
        if (list.length === max) more = true;
        if (e.conditions?.ready === false) continue;
        if (!more) list.push(e.addresses[0] ?? '');
        count++;
      }
      continue;
    }
    for (const port of ports) {
      if ((port.name ?? '') !== portName) continue;
      for (const e of slice.endpoints ?? []) {
        if (list.length === max) more = true;
        if (e.conditions?.ready === false) continue;
        if (!more) list.push(joinHostPort(e.addresses[0] ?? '', port.port ?? 0));
        count++;
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

export function describeService(w: PrefixWriter, svc: Service, slices: readonly EndpointSlice[]): void {
  const spec = svc.spec ?? {};
  w.write(LEVEL_0, `Name:\t${svc.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${svc.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', svc.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', svc.metadata?.annotations);
  w.write(LEVEL_0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(LEVEL_0, `Type:\t${spec.type ?? ''}\n`);
  if (spec.ipFamilyPolicy) w.write(LEVEL_0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  const families = spec.ipFamilies ?? [];
  w.write(LEVEL_0, `IP Families:\t${families.length > 0 ? families.join(',') : '<none>'}\n`);
  w.write(LEVEL_0, `IP:\t${spec.clusterIP ?? ''}\n`);
  const ips = spec.clusterIPs ?? [];
  w.write(LEVEL_0, `IPs:\t${ips.length > 0 ? ips.join(',') : '<none>'}\n`);
  if ((spec.externalIPs ?? []).length > 0) w.write(LEVEL_0, `External IPs:\t${spec.externalIPs!.join(',')}\n`);
  if (spec.loadBalancerIP) w.write(LEVEL_0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
  if (spec.externalName) w.write(LEVEL_0, `External Name:\t${spec.externalName}\n`);
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length > 0) {
    const list = ingress
      .map((i) => (i.ip ? (i.ipMode ? `${i.ip} (${i.ipMode})` : i.ip) : (i.hostname ?? '')))
      .join(', ');
    w.write(LEVEL_0, `LoadBalancer Ingress:\t${list}\n`);
  }
  for (const sp of spec.ports ?? []) {
    const name = sp.name || '<unset>';
    const protocol = sp.protocol ?? 'TCP';
    w.write(LEVEL_0, `Port:\t${name}\t${sp.port}/${protocol}\n`);
    w.write(LEVEL_0, `TargetPort:\t${String(sp.targetPort ?? sp.port)}/${protocol}\n`);
    if (sp.nodePort) w.write(LEVEL_0, `NodePort:\t${name}\t${sp.nodePort}/${protocol}\n`);
    w.write(LEVEL_0, `Endpoints:\t${endpointsForPort(slices, sp.name ?? '')}\n`);
  }
  w.write(LEVEL_0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
  if (spec.externalTrafficPolicy) w.write(LEVEL_0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(LEVEL_0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec.healthCheckNodePort) w.write(LEVEL_0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  if ((spec.loadBalancerSourceRanges ?? []).length > 0) {
    w.write(LEVEL_0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges!.join(',')}\n`);
  }
  if (spec.trafficDistribution) w.write(LEVEL_0, `Traffic Distribution:\t${spec.trafficDistribution}\n`);
}

export function describePersistentVolumeClaim(
  w: PrefixWriter,
  pvc: PersistentVolumeClaim,
  pods: readonly Pod[],
  now: number,
): void {
  w.write(LEVEL_0, `Name:\t${pvc.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${pvc.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `StorageClass:\t${pvcClass(pvc)}\n`);
  if (pvc.metadata?.deletionTimestamp) {
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(pvc.metadata.deletionTimestamp, now)})\n`);
  } else {
    w.write(LEVEL_0, `Status:\t${pvc.status?.phase ?? ''}\n`);
  }
  w.write(LEVEL_0, `Volume:\t${pvc.spec?.volumeName ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', pvc.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', pvc.metadata?.annotations);
  w.write(LEVEL_0, `Finalizers:\t${goList(pvc.metadata?.finalizers)}\n`);
  const [capacity, modes] = pvcCapacity(pvc);
  w.write(LEVEL_0, `Capacity:\t${capacity}\n`);
  w.write(LEVEL_0, `Access Modes:\t${modes}\n`);
  if (pvc.spec?.volumeMode) w.write(LEVEL_0, `VolumeMode:\t${pvc.spec.volumeMode}\n`);
  const ds = pvc.spec?.dataSource;
  if (ds) {
    w.write(LEVEL_0, 'DataSource:\n');
    if (ds.apiGroup !== undefined) w.write(LEVEL_1, `APIGroup:\t${ds.apiGroup}\n`);
    w.write(LEVEL_1, `Kind:\t${ds.kind}\n`);
    w.write(LEVEL_1, `Name:\t${ds.name}\n`);
  }
  const users = pods
    .filter((p) => (p.spec?.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === pvc.metadata?.name))
    .map((p) => p.metadata?.name ?? '')
    .sort();
  w.write(LEVEL_0, 'Used By:\t');
  if (users.length === 0) w.writeLine('<none>');
  else users.forEach((u, i) => w.write(LEVEL_0, i === 0 ? `${u}\n` : `\t${u}\n`));
  const conds = pvc.status?.conditions ?? [];
  if (conds.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n');
    w.write(LEVEL_1, 'Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conds) {
      w.write(
        LEVEL_1,
        `${c.type} \t${c.status} \t${formatRFC1123Z(c.lastProbeTime)} \t${formatRFC1123Z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
      );
    }
  }
}

function describeQuotas(w: PrefixWriter, quotas: readonly ResourceQuota[]): void {
  if (quotas.length === 0) {
    w.write(LEVEL_0, 'No resource quota.\n');
    return;
  }
  w.write(LEVEL_0, 'Resource Quotas\n');
  for (const q of [...quotas].sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1))) {
    w.write(LEVEL_1, `Name:\t${q.metadata?.name ?? ''}\n`);
    const scopes = [...(q.spec?.scopes ?? [])].sort();
    if (scopes.length > 0) {
      w.write(LEVEL_1, `Scopes:\t${scopes.join(', ')}\n`);
      for (const s of scopes) if (SCOPE_HELP[s]) w.write(LEVEL_1, `* ${SCOPE_HELP[s]}\n`);
    }
    w.write(LEVEL_1, 'Resource\tUsed\tHard\n');
    w.write(LEVEL_1, '--------\t---\t---\n');
    const hard = q.status?.hard ?? {};
    for (const r of Object.keys(hard).sort()) {
      w.write(LEVEL_1, `${r}\t${canonicalQuantity(q.status?.used?.[r] ?? '0')}\t${canonicalQuantity(hard[r]!)}\n`);
    }
  }
}

function describeLimitRanges(w: PrefixWriter, ranges: readonly LimitRange[]): void {
  if (ranges.length === 0) {
    w.write(LEVEL_0, 'No LimitRange resource.\n');
    return;
  }
  w.write(
    LEVEL_0,
    'Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n',
  );
  w.write(LEVEL_0, ' ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
  for (const lr of ranges) describeLimitRangeSpec(w, lr, ' ');
}

export function describeNamespace(
  w: PrefixWriter,
  ns: Namespace,
  quotas: readonly ResourceQuota[],
  limitRanges: readonly LimitRange[],
): void {
  w.write(LEVEL_0, `Name:\t${ns.metadata?.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', ns.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', ns.metadata?.annotations);
  w.write(LEVEL_0, `Status:\t${ns.status?.phase ?? ''}\n`);
  const conds = ns.status?.conditions ?? [];
  if (conds.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n');
    w.write(LEVEL_1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t------------------\t------\t-------\n');
    for (const c of conds) {
      w.write(
        LEVEL_1,
        `${c.type}\t${c.status}\t${formatRFC1123Z(c.lastTransitionTime)}\t${c.reason ?? ''}\t${c.message ?? ''}\n`,
      );
    }
  }
  w.write(LEVEL_0, '\n');
  describeQuotas(w, quotas);
  w.write(LEVEL_0, '\n');
  describeLimitRanges(w, limitRanges);
}

export function describeConfigMap(w: PrefixWriter, cm: ConfigMap): void {
  w.write(LEVEL_0, `Name:\t${cm.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${cm.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', cm.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', cm.metadata?.annotations);
  w.write(LEVEL_0, '\nData\n====\n');
  // Go ranges over a map here (random order); sorted keys keep the simulation deterministic.
  for (const k of Object.keys(cm.data ?? {}).sort()) {
    w.write(LEVEL_0, `${k}:\n----\n`);
    w.write(LEVEL_0, `${cm.data![k]}\n`);
    w.write(LEVEL_0, '\n');
  }
  w.write(LEVEL_0, '\nBinaryData\n====\n');
  for (const k of Object.keys(cm.binaryData ?? {}).sort()) {
    w.write(LEVEL_0, `${k}: ${Buffer.from(cm.binaryData![k]!, 'base64').length} bytes\n`);
  }
  w.write(LEVEL_0, '\n');
}

export function describeSecret(w: PrefixWriter, s: Secret): void {
  w.write(LEVEL_0, `Name:\t${s.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${s.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', s.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', s.metadata?.annotations);
  w.write(LEVEL_0, `\nType:\t${s.type ?? ''}\n`);
  w.write(LEVEL_0, '\nData\n====\n');
  for (const k of Object.keys(s.data ?? {}).sort()) {
    const bytes = Buffer.from(s.data![k]!, 'base64');
    if (k === 'token' && s.type === 'kubernetes.io/service-account-token')
      w.write(LEVEL_0, `${k}:\t${bytes.toString('utf8')}\n`);
    else w.write(LEVEL_0, `${k}:\t${bytes.length} bytes\n`);
  }
}

export { describeResources };
