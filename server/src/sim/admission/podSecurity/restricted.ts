/** The restricted level's own checks (k8s.io/pod-security-admission v0.32 policy/check_*.go). */
import type { PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import { containers, eachContainer, joinQuote, plural, setters, sortedSet, type CheckResult } from './helpers.js';

export function capabilitiesRestricted(_: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const missingDrop: string[] = [];
  const adding: string[] = [];
  const caps: string[] = [];
  for (const c of eachContainer(spec)) {
    const capabilities = c.securityContext?.capabilities;
    if (!capabilities) {
      missingDrop.push(c.name);
      continue;
    }
    if (!(capabilities.drop ?? []).includes('ALL')) missingDrop.push(c.name);
    const extra = (capabilities.add ?? []).filter((x) => x !== 'NET_BIND_SERVICE');
    caps.push(...extra);
    if (extra.length) adding.push(c.name);
  }
  const details = [
    ...(missingDrop.length ? [`${containers(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`] : []),
    ...(adding.length
      ? [`${containers(adding)} must not include ${joinQuote(sortedSet(caps))} in securityContext.capabilities.add`]
      : []),
  ];
  return details.length ? { reason: 'unrestricted capabilities', detail: details.join('; ') } : undefined;
}

export function allowPrivilegeEscalation(_: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const bad = eachContainer(spec)
    .filter((c) => c.securityContext?.allowPrivilegeEscalation !== false)
    .map((c) => c.name);
  return bad.length
    ? {
        reason: 'allowPrivilegeEscalation != false',
        detail: `${containers(bad)} must set securityContext.allowPrivilegeEscalation=false`,
      }
    : undefined;
}

export function runAsNonRoot(_: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const podValue = spec.securityContext?.runAsNonRoot;
  const explicit: string[] = [];
  const implicit: string[] = [];
  for (const c of eachContainer(spec)) {
    const value = c.securityContext?.runAsNonRoot;
    if (value !== undefined && value !== null) {
      if (!value) explicit.push(c.name);
    } else if (podValue !== true) implicit.push(c.name);
  }
  const bad = setters(podValue === false, explicit);
  if (bad.length)
    return {
      reason: 'runAsNonRoot != true',
      detail: `${bad.join(' and ')} must not set securityContext.runAsNonRoot=false`,
    };
  return implicit.length
    ? {
        reason: 'runAsNonRoot != true',
        detail: `pod or ${containers(implicit)} must set securityContext.runAsNonRoot=true`,
      }
    : undefined;
}

export function runAsUser(_: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const explicit = eachContainer(spec)
    .filter((c) => c.securityContext?.runAsUser === 0)
    .map((c) => c.name);
  const bad = setters(spec.securityContext?.runAsUser === 0, explicit);
  return bad.length ? { reason: 'runAsUser=0', detail: `${bad.join(' and ')} must not set runAsUser=0` } : undefined;
}

/** restrictedVolumes: the volume types the restricted level allows, and the names of the others. */
const ALLOWED_VOLUMES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
];
const NAMED_VOLUMES = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
];

export function restrictedVolumes(_: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const bad: string[] = [];
  const types: string[] = [];
  for (const v of spec.volumes ?? []) {
    const fields = v as unknown as Record<string, unknown>;
    if (ALLOWED_VOLUMES.some((t) => fields[t] != null)) continue;
    bad.push(v.name);
    types.push(fields.storageos != null ? 'storageos' : (NAMED_VOLUMES.find((t) => fields[t] != null) ?? 'unknown'));
  }
  if (!bad.length) return undefined;
  const list = sortedSet(types);
  return {
    reason: 'restricted volume types',
    detail: `${plural('volume', 'volumes', bad.length)} ${joinQuote(bad)} ${plural('uses', 'use', bad.length)} ${plural('restricted volume type', 'restricted volume types', list.length)} ${joinQuote(list)}`,
  };
}
