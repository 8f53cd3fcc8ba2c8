/**
 * The API server's warnings about a new pod or pod template (kubernetes v1.32 pkg/api/pod/warnings.go, the
 * strategies' WarningsOnCreate): annotations that no longer do anything, named by their field path
 * (`metadata.annotations[...]`, under `spec.template` for a template). A pod's AppArmor annotations are synced with
 * the `appArmorProfile` fields instead (pkg/registry/core/pod/strategy.go applyAppArmorVersionSkew), which warns
 * of each annotation it reads. Only these annotation warnings are simulated.
 */
import type { AppArmorProfile, Container, Pod, PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { Draft } from './strategy.js';

const DEPRECATED_ANNOTATIONS: readonly { key: string; message: string }[] = [
  {
    key: 'scheduler.alpha.kubernetes.io/critical-pod',
    message: 'non-functional in v1.16+; use the "priorityClassName" field instead',
  },
  { key: 'security.alpha.kubernetes.io/sysctls', message: 'non-functional in v1.11+; use the "sysctls" field instead' },
  {
    key: 'security.alpha.kubernetes.io/unsafe-sysctls',
    message: 'non-functional in v1.11+; use the "sysctls" field instead',
  },
];
const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_CONTAINER = 'container.apparmor.security.beta.kubernetes.io/';
const SECCOMP_MESSAGE = 'non-functional in v1.27+; use the "seccompProfile" field instead';
const APPARMOR_MESSAGE = 'deprecated since v1.30; use the "appArmorProfile" field instead';

/** Where a kind keeps its pod template. */
const TEMPLATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  PodTemplate: ['template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

interface PodShape {
  metadata?: ObjectMeta;
  spec?: PodSpec;
}

/** Init containers, containers, then ephemeral containers (pods.VisitContainersWithPath). */
const allContainers = (spec: PodSpec | undefined): readonly Container[] => [
  ...(spec?.initContainers ?? []),
  ...(spec?.containers ?? []),
  ...((spec?.ephemeralContainers ?? []) as Container[]),
];

/** The warnings for a pod being created (after its AppArmor annotations are synced) or for a template's owner. */
export function warningsOnCreate(obj: Draft, kind: string): string[] {
  if (kind === 'Pod') {
    const pod = obj as Draft & Pod;
    return [...applyAppArmorVersionSkew(pod), ...annotationWarnings(pod, '', false)];
  }
  const path = TEMPLATE_PATHS[kind];
  if (!path) return [];
  let template: unknown = obj;
  for (const key of path) template = (template as Record<string, unknown> | undefined)?.[key];
  if (!template || typeof template !== 'object') return [];
  return annotationWarnings(template, `${path.join('.')}.`, true);
}

function annotationWarnings(pod: PodShape, prefix: string, isTemplate: boolean): string[] {
  const annotations = pod.metadata?.annotations ?? {};
  const at = (key: string) => `${prefix}metadata.annotations[${key}]`;
  const out: string[] = [];
  for (const { key, message } of DEPRECATED_ANNOTATIONS) if (key in annotations) out.push(`${at(key)}: ${message}`);
  const podContext = pod.spec?.securityContext;
  if (!podContext?.seccompProfile && SECCOMP_POD in annotations) out.push(`${at(SECCOMP_POD)}: ${SECCOMP_MESSAGE}`);
  for (const c of allContainers(pod.spec)) {
    const seccomp = `${SECCOMP_CONTAINER}${c.name}`;
    if (!c.securityContext?.seccompProfile && seccomp in annotations) out.push(`${at(seccomp)}: ${SECCOMP_MESSAGE}`);
    // A pod's own are warned of as its AppArmor fields are synced; a template's here.
    const apparmor = `${APPARMOR_CONTAINER}${c.name}`;
    const hasField = !!podContext?.appArmorProfile || !!c.securityContext?.appArmorProfile;
    if (isTemplate && !hasField && apparmor in annotations) out.push(`${at(apparmor)}: ${APPARMOR_MESSAGE}`);
  }
  return out;
}

/**
 * A container's AppArmor annotation and its `appArmorProfile` field say the same (the field from an annotation
 * that differs from the pod's profile, the annotation from a field); an annotation read is warned of.
 */
function applyAppArmorVersionSkew(pod: Draft & Pod): string[] {
  if (pod.spec?.os?.name === 'windows') return [];
  const podProfile = pod.spec?.securityContext?.appArmorProfile;
  const warnings: string[] = [];
  for (const c of allContainers(pod.spec)) {
    const key = `${APPARMOR_CONTAINER}${c.name}`;
    const annotation = pod.metadata.annotations?.[key];
    const own = c.securityContext?.appArmorProfile;
    if (annotation === undefined) {
      const value = annotationFor(own ?? podProfile);
      if (value) pod.metadata.annotations = { ...pod.metadata.annotations, [key]: value };
      continue;
    }
    if (own) continue;
    const field = fieldFor(annotation);
    if (field && !sameProfile(field, podProfile)) c.securityContext = { ...c.securityContext, appArmorProfile: field };
    if (!field || !sameProfile(field, podProfile)) warnings.push(`metadata.annotations[${key}]: ${APPARMOR_MESSAGE}`);
  }
  return warnings;
}

function annotationFor(profile: AppArmorProfile | undefined): string | undefined {
  switch (profile?.type) {
    case 'Unconfined':
      return 'unconfined';
    case 'RuntimeDefault':
      return 'runtime/default';
    case 'Localhost':
      return profile.localhostProfile ? `localhost/${profile.localhostProfile}` : undefined;
    default:
      return undefined;
  }
}

function fieldFor(annotation: string): AppArmorProfile | undefined {
  if (annotation === 'unconfined') return { type: 'Unconfined' };
  if (annotation === 'runtime/default') return { type: 'RuntimeDefault' };
  const local = annotation.startsWith('localhost/') ? annotation.slice('localhost/'.length) : '';
  return local ? { type: 'Localhost', localhostProfile: local } : undefined;
}

const sameProfile = (a: AppArmorProfile, b: AppArmorProfile | undefined) =>
  !!b && a.type === b.type && (a.localhostProfile ?? '') === (b.localhostProfile ?? '');
