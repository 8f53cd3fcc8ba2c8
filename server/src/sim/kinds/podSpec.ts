/**
 * Defaulting and validation of a PodSpec, shared by Pods and every pod template (Deployments,
 * ReplicaSets, DaemonSets, StatefulSets, Jobs, CronJobs), as k8s.io/kubernetes pkg/apis/core does.
 */
import type { Container, ContainerPort, PodSpec, Toleration } from 'kubernetes-types/core/v1';
import { fieldErrors, type StatusCause } from '../errors.js';
import { nameProblems } from '../validation/names.js';
import { tryParseQuantity, quantityMilliValue } from '../../lib/quantity.js';
import { isExtendedResourceName } from '../node/resources.js';

/** The volume sources of core/v1 Volume in v1.32 (`image` is dropped while the ImageVolume gate is off). */
const VOLUME_SOURCES = [
  'hostPath',
  'emptyDir',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'persistentVolumeClaim',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'configMap',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'projected',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'csi',
  'ephemeral',
] as const;

const TOLERATION_OPERATORS = ['Equal', 'Exists'] as const;

/**
 * dropDisabledPodFields (pkg/api/pod/util.go) for the gates a fresh v1.32 cluster has off: the fields exist in the
 * API but the apiserver clears them on create, so the pod behaves as if they were never written.
 */
export function dropDisabledPodFields(spec: PodSpec): void {
  const gated = spec as PodSpec & { resources?: unknown; hostUsers?: unknown; resourceClaims?: unknown };
  delete gated.resources; // PodLevelResources (alpha)
  delete gated.hostUsers; // UserNamespacesSupport (beta, off)
  delete gated.resourceClaims; // DynamicResourceAllocation (beta, off)
  for (const v of spec.volumes ?? []) delete (v as { image?: unknown }).image; // ImageVolume (alpha)
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    const r = c.resources as { claims?: unknown } | undefined;
    if (r) delete r.claims; // DynamicResourceAllocation
    delete (c as { resizePolicy?: unknown }).resizePolicy; // InPlacePodVerticalScaling (alpha)
  }
  if (spec.securityContext)
    delete (spec.securityContext as { supplementalGroupsPolicy?: unknown }).supplementalGroupsPolicy;
}

/** SetDefaults_PodSpec and SetDefaults_Container. `forTemplate` skips what only pods get (tolerations). */
export function defaultPodSpec(spec: PodSpec, opts: { forTemplate: boolean }): void {
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  if (!opts.forTemplate) {
    spec.serviceAccountName ??= spec.serviceAccount ?? 'default';
    spec.serviceAccount ??= spec.serviceAccountName;
    spec.enableServiceLinks ??= true;
    spec.preemptionPolicy ??= 'PreemptLowerPriority';
    spec.priority ??= 0;
    spec.tolerations = withDefaultTolerations(spec.tolerations);
  }
}

function defaultContainer(c: Container): void {
  c.imagePullPolicy ??= pullPolicyFor(c.image ?? '');
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  c.resources ??= {};
  for (const p of c.ports ?? []) p.protocol ??= 'TCP';
  // SetDefaults_Pod: a limit without a request gives the request its value, resource by resource.
  const { limits } = c.resources;
  if (limits && Object.keys(limits).some((k) => c.resources?.requests?.[k] === undefined))
    c.resources.requests = { ...limits, ...c.resources.requests };
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
    if (!probe) continue;
    probe.timeoutSeconds ??= 1;
    probe.periodSeconds ??= 10;
    probe.successThreshold ??= 1;
    probe.failureThreshold ??= 3;
    if (probe.httpGet) {
      probe.httpGet.path ??= '/';
      probe.httpGet.scheme ??= 'HTTP';
    }
  }
}

/** `Always` for `:latest` or untagged images, otherwise `IfNotPresent`. */
export function pullPolicyFor(image: string): 'Always' | 'IfNotPresent' {
  if (image.includes('@')) return 'IfNotPresent';
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const tag = lastPart.includes(':') ? lastPart.slice(lastPart.indexOf(':') + 1) : 'latest';
  return tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/** The DefaultTolerationSeconds admission plugin: 300 s for not-ready and unreachable nodes. */
function withDefaultTolerations(tolerations: Toleration[] | undefined): Toleration[] {
  const out = [...(tolerations ?? [])];
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    if (!out.some((t) => t.key === key || (t.operator === 'Exists' && !t.key))) {
      out.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
    }
  }
  return out;
}

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'] as const;
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'] as const;
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;

/** `claimVolumes`: volume names a StatefulSet's volumeClaimTemplates provide to its template. */
export function validatePodSpec(
  spec: PodSpec | undefined,
  path: string,
  allowedRestart: readonly string[] = RESTART_POLICIES,
  claimVolumes: readonly string[] = [],
): StatusCause[] {
  const out: StatusCause[] = [];
  if (!spec) return [fieldErrors.required(path)];
  const containers = spec.containers ?? [];
  if (containers.length === 0) out.push(fieldErrors.required(`${path}.containers`));
  const names = new Set<string>();
  const check = (list: Container[] | undefined, field: string) => {
    (list ?? []).forEach((c, i) => out.push(...validateContainer(c, `${path}.${field}[${i}]`, names)));
  };
  check(spec.initContainers, 'initContainers');
  check(containers, 'containers');
  if (spec.restartPolicy && !allowedRestart.includes(spec.restartPolicy)) {
    out.push(fieldErrors.notSupported(`${path}.restartPolicy`, spec.restartPolicy, allowedRestart));
  }
  const volumeNames = new Set<string>(claimVolumes);
  (spec.volumes ?? []).forEach((v, i) => {
    if (!v.name) out.push(fieldErrors.required(`${path}.volumes[${i}].name`));
    else if (volumeNames.has(v.name)) out.push(fieldErrors.duplicate(`${path}.volumes[${i}].name`, v.name));
    volumeNames.add(v.name);
    if (!VOLUME_SOURCES.some((s) => (v as unknown as Record<string, unknown>)[s] !== undefined)) {
      out.push(fieldErrors.required(`${path}.volumes[${i}]`, 'must specify a volume type'));
    }
  });
  (spec.tolerations ?? []).forEach((t, i) => {
    if (t.operator && !(TOLERATION_OPERATORS as readonly string[]).includes(t.operator)) {
      out.push(fieldErrors.notSupported(`${path}.tolerations[${i}].operator`, t.operator, TOLERATION_OPERATORS));
    }
  });
  containers.forEach((c, i) =>
    (c.volumeMounts ?? []).forEach((m, j) => {
      if (!volumeNames.has(m.name)) {
        out.push(fieldErrors.notFound(`${path}.containers[${i}].volumeMounts[${j}].name`, m.name));
      }
    }),
  );
  return out;
}

function validateContainer(c: Container, path: string, names: Set<string>): StatusCause[] {
  const out: StatusCause[] = [];
  if (!c.name) out.push(fieldErrors.required(`${path}.name`));
  else {
    for (const msg of nameProblems(c.name, 'label')) out.push(fieldErrors.invalid(`${path}.name`, c.name, msg));
    if (names.has(c.name)) out.push(fieldErrors.duplicate(`${path}.name`, c.name));
    names.add(c.name);
  }
  if (!c.image || !c.image.trim()) out.push(fieldErrors.required(`${path}.image`));
  if (c.imagePullPolicy && !(PULL_POLICIES as readonly string[]).includes(c.imagePullPolicy)) {
    out.push(fieldErrors.notSupported(`${path}.imagePullPolicy`, c.imagePullPolicy, PULL_POLICIES));
  }
  (c.ports ?? []).forEach((p, i) => out.push(...validatePort(p, `${path}.ports[${i}]`)));
  out.push(...validateExtendedResources(c.resources, `${path}.resources`));
  return out;
}

/**
 * validateResourceRequirements for extended resources (pkg/apis/core/validation): whole numbers
 * (isNotIntegerErrorMsg), a limit for every request, and a request equal to its limit.
 */
function validateExtendedResources(resources: Container['resources'], path: string): StatusCause[] {
  const out: StatusCause[] = [];
  const requests: Readonly<Record<string, unknown>> = resources?.requests ?? {};
  const limits: Readonly<Record<string, unknown>> = resources?.limits ?? {};
  const text = (q: unknown) => String(q);
  for (const [field, list] of [
    ['limits', limits],
    ['requests', requests],
  ] as const) {
    for (const [name, q] of Object.entries(list)) {
      if (!isExtendedResourceName(name)) continue;
      const parsed = tryParseQuantity(text(q));
      if (parsed && quantityMilliValue(parsed) % 1000 !== 0)
        out.push(fieldErrors.invalid(`${path}.${field}[${name}]`, text(q), 'must be an integer'));
    }
  }
  for (const [name, q] of Object.entries(requests)) {
    if (!isExtendedResourceName(name)) continue;
    const limit = limits[name];
    if (limit === undefined) {
      out.push(fieldErrors.required(`${path}.limits`, 'Limit must be set for non overcommitable resources'));
      continue;
    }
    const a = tryParseQuantity(text(q));
    const b = tryParseQuantity(text(limit));
    if (a && b && quantityMilliValue(a) !== quantityMilliValue(b))
      out.push(fieldErrors.invalid(`${path}.requests`, text(q), `must be equal to ${name} limit of ${text(limit)}`));
  }
  return out;
}

function validatePort(p: ContainerPort, path: string): StatusCause[] {
  const out: StatusCause[] = [];
  if (!Number.isInteger(p.containerPort) || p.containerPort < 1 || p.containerPort > 65535) {
    out.push(fieldErrors.invalid(`${path}.containerPort`, p.containerPort, 'must be between 1 and 65535, inclusive'));
  }
  if (p.protocol && !(PROTOCOLS as readonly string[]).includes(p.protocol)) {
    out.push(fieldErrors.notSupported(`${path}.protocol`, p.protocol, PROTOCOLS));
  }
  if (p.name) {
    if (p.name.length > 15) out.push(fieldErrors.invalid(`${path}.name`, p.name, 'must be no more than 15 characters'));
  }
  return out;
}
