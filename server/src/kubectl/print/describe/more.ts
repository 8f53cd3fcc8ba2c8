/** More describers ported from kubectl/pkg/describe/describe.go: StatefulSet, DaemonSet, CronJob,
 * Ingress, HorizontalPodAutoscaler (v2), ServiceAccount, RoleBinding/ClusterRoleBinding, Endpoints. */
import type { Secret } from 'kubernetes-types/core/v1';
import type { DaemonSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { CronJob } from 'kubernetes-types/batch/v1';
import type { Endpoints, Pod, ServiceAccount } from 'kubernetes-types/core/v1';
import type { Ingress, IngressBackend } from 'kubernetes-types/networking/v1';
import type { ClusterRoleBinding, RoleBinding } from 'kubernetes-types/rbac/v1';
import { canonicalQuantity } from '../../../lib/quantity.js';
import { loadBalancerStatus } from '../columns/common.js';
import { formatRFC1123Z } from '../duration.js';
import { formatLabels, selectorString } from '../labels.js';
import { boolPtr } from '../columns/common.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './common.js';
import { describePodTemplate } from './containers.js';
import { podPhaseCounts } from './kinds.js';
import { LEVEL_0, LEVEL_1, LEVEL_2, type PrefixWriter } from './writer.js';

export function describeStatefulSet(w: PrefixWriter, ss: StatefulSet, pods: readonly Pod[]): void {
  w.write(LEVEL_0, `Name:\t${ss.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${ss.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRFC1123Z(ss.metadata?.creationTimestamp)}\n`);
  w.write(LEVEL_0, `Selector:\t${selectorString(ss.spec?.selector)}\n`);
  printLabelsMultiline(w, 'Labels', ss.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', ss.metadata?.annotations);
  w.write(LEVEL_0, `Replicas:\t${ss.spec?.replicas ?? 0} desired | ${ss.status?.replicas ?? 0} total\n`);
  w.write(LEVEL_0, `Update Strategy:\t${ss.spec?.updateStrategy?.type ?? ''}\n`);
  const ru = ss.spec?.updateStrategy?.rollingUpdate;
  if (ru?.partition !== undefined) {
    w.write(LEVEL_1, `Partition:\t${ru.partition}\n`);
    if (ru.maxUnavailable !== undefined) w.write(LEVEL_1, `MaxUnavailable:\t${String(ru.maxUnavailable)}\n`);
  }
  const [running, waiting, succeeded, failed] = podPhaseCounts(pods, ss.metadata?.uid);
  w.write(
    LEVEL_0,
    `Pods Status:\t${running} Running / ${waiting} Waiting / ${succeeded} Succeeded / ${failed} Failed\n`,
  );
  describePodTemplate(w, ss.spec?.template);
  const templates = ss.spec?.volumeClaimTemplates ?? [];
  if (templates.length === 0) {
    w.write(LEVEL_0, 'Volume Claims:\t<none>\n');
    return;
  }
  w.write(LEVEL_0, 'Volume Claims:\n');
  for (const pvc of templates) {
    w.write(LEVEL_1, `Name:\t${pvc.metadata?.name ?? ''}\n`);
    w.write(LEVEL_1, `StorageClass:\t${pvc.spec?.storageClassName ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', pvc.metadata?.labels, '  ');
    printLabelsMultiline(w, 'Annotations', pvc.metadata?.annotations, '  ');
    const capacity = pvc.spec?.resources?.requests?.['storage'];
    w.write(LEVEL_1, `Capacity:\t${capacity !== undefined ? canonicalQuantity(capacity) : '<default>'}\n`);
    w.write(LEVEL_1, `Access Modes:\t[${(pvc.spec?.accessModes ?? []).join(' ')}]\n`);
  }
}

export function describeDaemonSet(w: PrefixWriter, ds: DaemonSet, pods: readonly Pod[]): void {
  const st = ds.status;
  w.write(LEVEL_0, `Name:\t${ds.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${ds.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `Selector:\t${selectorString(ds.spec?.selector)}\n`);
  w.write(LEVEL_0, `Node-Selector:\t${formatLabels(ds.spec?.template.spec?.nodeSelector)}\n`);
  printLabelsMultiline(w, 'Labels', ds.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', ds.metadata?.annotations);
  w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${st?.desiredNumberScheduled ?? 0}\n`);
  w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${st?.currentNumberScheduled ?? 0}\n`);
  w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${st?.updatedNumberScheduled ?? 0}\n`);
  w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${st?.numberAvailable ?? 0}\n`);
  w.write(LEVEL_0, `Number of Nodes Misscheduled: ${st?.numberMisscheduled ?? 0}\n`);
  const [running, waiting, succeeded, failed] = podPhaseCounts(pods, ds.metadata?.uid);
  w.write(
    LEVEL_0,
    `Pods Status:\t${running} Running / ${waiting} Waiting / ${succeeded} Succeeded / ${failed} Failed\n`,
  );
  describePodTemplate(w, ds.spec?.template);
}

export function describeCronJob(w: PrefixWriter, cj: CronJob): void {
  const spec = cj.spec;
  w.write(LEVEL_0, `Name:\t${cj.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${cj.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', cj.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', cj.metadata?.annotations);
  w.write(LEVEL_0, `Schedule:\t${spec?.schedule ?? ''}\n`);
  w.write(LEVEL_0, `Concurrency Policy:\t${spec?.concurrencyPolicy ?? ''}\n`);
  w.write(LEVEL_0, `Suspend:\t${boolPtr(spec?.suspend)}\n`);
  const opt = (v: number | undefined, suffix = ''): string => (v !== undefined ? `${v}${suffix}` : '<unset>');
  w.write(LEVEL_0, `Successful Job History Limit:\t${opt(spec?.successfulJobsHistoryLimit)}\n`);
  w.write(LEVEL_0, `Failed Job History Limit:\t${opt(spec?.failedJobsHistoryLimit)}\n`);
  w.write(LEVEL_0, `Starting Deadline Seconds:\t${opt(spec?.startingDeadlineSeconds, 's')}\n`);
  const jt = spec?.jobTemplate.spec;
  w.write(LEVEL_0, `Selector:\t${jt?.selector ? selectorString(jt.selector) : '<unset>'}\n`);
  w.write(LEVEL_0, `Parallelism:\t${opt(jt?.parallelism)}\n`);
  w.write(LEVEL_0, `Completions:\t${opt(jt?.completions)}\n`);
  if (jt?.activeDeadlineSeconds !== undefined)
    w.write(LEVEL_0, `Active Deadline Seconds:\t${jt.activeDeadlineSeconds}s\n`);
  describePodTemplate(w, jt?.template);
  const last = cj.status?.lastScheduleTime;
  w.write(LEVEL_0, `Last Schedule Time:\t${last ? formatRFC1123Z(last) : '<unset>'}\n`);
  const active = cj.status?.active ?? [];
  w.write(LEVEL_0, 'Active Jobs:\t');
  if (active.length === 0) w.writeLine('<none>');
  else {
    w.write(LEVEL_0, active.map((j) => j.name ?? '').join(', '));
    w.writeLine('');
  }
}

function backendString(b: IngressBackend | undefined, endpoints: (service: string, port: string) => string): string {
  if (!b) return '';
  if (b.service) {
    const port = b.service.port?.number ? String(b.service.port.number) : (b.service.port?.name ?? '');
    return `${b.service.name}:${port} (${endpoints(b.service.name, port)})`;
  }
  if (b.resource)
    return `APIGroup: ${b.resource.apiGroup ?? '<none>'}, Kind: ${b.resource.kind}, Name: ${b.resource.name}`;
  return '';
}

/** `endpoints(service, port)`: the ready endpoints the caller found for the backend, `<none>` when none. */
export function describeIngress(
  w: PrefixWriter,
  ing: Ingress,
  endpoints: (service: string, port: string) => string,
): void {
  w.write(LEVEL_0, `Name:\t${ing.metadata?.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', ing.metadata?.labels);
  w.write(LEVEL_0, `Namespace:\t${ing.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `Address:\t${loadBalancerStatus(ing.status?.loadBalancer?.ingress, true)}\n`);
  w.write(LEVEL_0, `Ingress Class:\t${ing.spec?.ingressClassName ?? '<none>'}\n`);
  const def = ing.spec?.defaultBackend ? backendString(ing.spec.defaultBackend, endpoints) : '<default>';
  w.write(LEVEL_0, `Default backend:\t${def}\n`);
  const tls = ing.spec?.tls ?? [];
  if (tls.length > 0) {
    w.write(LEVEL_0, 'TLS:\n');
    for (const t of tls) {
      if (!t.secretName) w.write(LEVEL_1, `SNI routes ${(t.hosts ?? []).join(',')}\n`);
      else w.write(LEVEL_1, `${t.secretName} terminates ${(t.hosts ?? []).join(',')}\n`);
    }
  }
  w.write(LEVEL_0, 'Rules:\n  Host\tPath\tBackends\n');
  w.write(LEVEL_1, '----\t----\t--------\n');
  let count = 0;
  for (const rule of ing.spec?.rules ?? []) {
    if (!rule.http) continue;
    count++;
    w.write(LEVEL_1, `${rule.host || '*'}\t\n`);
    for (const p of rule.http.paths) w.write(LEVEL_2, `\t${p.path ?? ''} \t${backendString(p.backend, endpoints)}\n`);
  }
  if (count === 0) w.write(LEVEL_1, `*\t*\t${def}\n`);
  printAnnotationsMultiline(w, 'Annotations', ing.metadata?.annotations);
}

/**
 * describeServiceAccount: the three secret lists, headed in sorted order; tokens are the namespace's
 * service-account-token secrets annotated with this account's name and uid, and referenced secrets
 * that do not exist are marked "(not found)" (ServiceAccountDescriber.Describe).
 */
export function describeServiceAccount(w: PrefixWriter, sa: ServiceAccount, secrets?: readonly Secret[]): void {
  w.write(LEVEL_0, `Name:\t${sa.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${sa.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', sa.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', sa.metadata?.annotations);
  const existing = new Set((secrets ?? []).map((s) => s.metadata?.name ?? ''));
  const tokens = (secrets ?? [])
    .filter(
      (s) =>
        s.type === 'kubernetes.io/service-account-token' &&
        s.metadata?.annotations?.['kubernetes.io/service-account.name'] === sa.metadata?.name &&
        s.metadata?.annotations?.['kubernetes.io/service-account.uid'] === sa.metadata?.uid,
    )
    .map((s) => s.metadata?.name ?? '');
  const lists: [string, string[]][] = [
    ['Image pull secrets:', (sa.imagePullSecrets ?? []).map((s) => s.name ?? '')],
    ['Mountable secrets: ', (sa.secrets ?? []).map((s) => s.name ?? '')],
    ['Tokens:            ', tokens],
  ];
  for (const [header, names] of lists) {
    if (names.length === 0) {
      w.write(LEVEL_0, `${header}\t<none>\n`);
      continue;
    }
    names.forEach((n, i) => {
      const missing = secrets !== undefined && !existing.has(n) ? ' (not found)' : '';
      w.write(LEVEL_0, `${i === 0 ? header : '                   '}\t${n}${missing}\n`);
    });
  }
}

export function describeRoleBinding(w: PrefixWriter, b: RoleBinding | ClusterRoleBinding): void {
  w.write(LEVEL_0, `Name:\t${b.metadata?.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', b.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', b.metadata?.annotations);
  w.write(LEVEL_0, 'Role:\n');
  w.write(LEVEL_1, `Kind:\t${b.roleRef.kind}\n`);
  w.write(LEVEL_1, `Name:\t${b.roleRef.name}\n`);
  w.write(LEVEL_0, 'Subjects:\n');
  w.write(LEVEL_1, 'Kind\tName\tNamespace\n');
  w.write(LEVEL_1, '----\t----\t---------\n');
  for (const s of b.subjects ?? []) w.write(LEVEL_1, `${s.kind}\t${s.name}\t${s.namespace ?? ''}\n`);
}

export function describeEndpoints(w: PrefixWriter, ep: Endpoints): void {
  w.write(LEVEL_0, `Name:\t${ep.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${ep.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', ep.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', ep.metadata?.annotations);
  w.write(LEVEL_0, 'Subsets:\n');
  for (const ss of ep.subsets ?? []) {
    w.write(LEVEL_1, `Addresses:\t${(ss.addresses ?? []).map((a) => a.ip).join(',') || '<none>'}\n`);
    w.write(LEVEL_1, `NotReadyAddresses:\t${(ss.notReadyAddresses ?? []).map((a) => a.ip).join(',') || '<none>'}\n`);
    if ((ss.ports ?? []).length > 0) {
      w.write(LEVEL_1, 'Ports:\n');
      w.write(LEVEL_2, 'Name\tPort\tProtocol\n');
      w.write(LEVEL_2, '----\t----\t--------\n');
      for (const p of ss.ports ?? []) w.write(LEVEL_2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? 'TCP'}\n`);
    }
    w.write(LEVEL_0, '\n');
  }
}

interface PolicyRuleLike {
  readonly apiGroups?: readonly string[];
  readonly resources?: readonly string[];
  readonly resourceNames?: readonly string[];
  readonly nonResourceURLs?: readonly string[];
  readonly verbs: readonly string[];
}

/** CombineResourceGroup: `deployments.apps`, `pods/log`. */
function combineResourceGroup(resource: string, group: string): string {
  const slash = resource.indexOf('/');
  const base = slash < 0 ? resource : resource.slice(0, slash);
  return (group ? `${base}.${group}` : base) + (slash < 0 ? '' : resource.slice(slash));
}

/**
 * Role and ClusterRole: rules broken down per group and resource, rules that differ only in verbs
 * merged (rbac.BreakdownRule / CompactRules), sorted by resource.
 */
export function describeRole(w: PrefixWriter, role: HasRules): void {
  w.write(LEVEL_0, `Name:\t${role.metadata?.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', role.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', role.metadata?.annotations);
  const rows = new Map<string, { resource: string; urls: string; names: string; verbs: string[] }>();
  for (const rule of role.rules ?? []) {
    const groups = rule.apiGroups?.length ? rule.apiGroups : [''];
    for (const g of groups) {
      for (const r of rule.resources ?? []) {
        const resource = combineResourceGroup(r, g);
        const names = `[${(rule.resourceNames ?? []).join(' ')}]`;
        const key = `${resource}\u0000${names}`;
        const row = rows.get(key) ?? { resource, urls: '[]', names, verbs: [] };
        for (const v of rule.verbs) if (!row.verbs.includes(v)) row.verbs.push(v);
        rows.set(key, row);
      }
    }
    for (const url of rule.nonResourceURLs ?? []) {
      rows.set(`\u0000${url}`, { resource: '', urls: `[${url}]`, names: '[]', verbs: [...rule.verbs] });
    }
  }
  w.write(LEVEL_0, 'PolicyRule:\n');
  w.write(LEVEL_1, 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n');
  w.write(LEVEL_1, '---------\t-----------------\t--------------\t-----\n');
  const sorted = [...rows.values()].sort((a, b) =>
    a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : a.urls < b.urls ? -1 : 1,
  );
  for (const r of sorted) w.write(LEVEL_1, `${r.resource}\t${r.urls}\t${r.names}\t[${r.verbs.join(' ')}]\n`);
}

interface HasRules {
  readonly metadata?: RoleBinding['metadata'];
  readonly rules?: readonly PolicyRuleLike[];
}
