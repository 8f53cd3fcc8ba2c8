/**
 * `kubectl describe`: one entry point that picks the describer by kind. The caller fetches what
 * the real describers fetch (events, the pods a controller owns, a deployment's replica sets…) and
 * passes it in, so this stays pure.
 */
import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import type { CertificateSigningRequest } from 'kubernetes-types/certificates/v1';
import type { Ingress, IngressClass, NetworkPolicy } from 'kubernetes-types/networking/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { RoleBinding } from 'kubernetes-types/rbac/v1';
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import type {
  ConfigMap,
  Endpoints,
  Event,
  LimitRange,
  Namespace,
  Node,
  PersistentVolume,
  PersistentVolumeClaim,
  Pod,
  ReplicationController,
  ResourceQuota,
  Secret,
  Service,
  ServiceAccount,
} from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { groupKind } from '../columns/index.js';
import type { KubeObject } from '../types.js';
import { describeEvents } from './common.js';
import { describeGeneric } from './generic.js';
import {
  describeConfigMap,
  describeDeployment,
  describeJob,
  describeNamespace,
  describePersistentVolumeClaim,
  describePod,
  describeReplicaSet,
  describeSecret,
  describeService,
} from './kinds.js';
import {
  describeCronJob,
  describeDaemonSet,
  describeEndpoints,
  describeIngress,
  describeRole,
  describeRoleBinding,
  describeServiceAccount,
  describeStatefulSet,
} from './more.js';
import { describeCertificateSigningRequest } from './certificates.js';
import { describeNode } from './node.js';
import { describeHorizontalPodAutoscaler } from './hpa.js';
import { describeLimitRange, describeResourceQuota } from './limits.js';
import { describeEndpointSlice, describeIngressClass, describeReplicationController } from './network.js';
import { describeNetworkPolicy, describePodDisruptionBudget, describePriorityClass } from './policies.js';
import { describePersistentVolume, describeStorageClass } from './storage.js';
import { PrefixWriter } from './writer.js';

export interface DescribeInput {
  /** The cluster clock, epoch ms. */
  readonly now: number;
  /**
   * Events about the object (kubectl searches by involvedObject). Omit for `--show-events=false`;
   * Namespace and Secret describers never print events, as in kubectl.
   */
  readonly events?: readonly Event[];
  /**
   * Pods: those a ReplicaSet owns (for Pods Status), the node's non-terminated pods (Node), or the
   * namespace's pods (PersistentVolumeClaim "Used By").
   */
  readonly pods?: readonly Pod[];
  /** Deployment: its old and new replica sets (deploymentutil.GetAllReplicaSets). */
  readonly replicaSets?: { readonly old: readonly ReplicaSet[]; readonly new: readonly ReplicaSet[] };
  /** Service: the EndpointSlices labelled kubernetes.io/service-name=<service>. */
  readonly endpointSlices?: readonly EndpointSlice[];
  /** Namespace: its quotas and limit ranges. */
  readonly resourceQuotas?: readonly ResourceQuota[];
  readonly limitRanges?: readonly LimitRange[];
  /** Node: its Lease in kube-node-lease. */
  readonly lease?: Lease;
  /** ServiceAccount: the namespace's secrets (its tokens, and which referenced secrets are missing). */
  readonly secrets?: readonly Secret[];
  /**
   * Ingress: the ready endpoints of a backend service port (`10.244.0.5:80,…`, `<none>`), or the
   * error text kubectl shows (`<error: services "x" not found>`). Default: `<none>`.
   */
  readonly backendEndpoints?: (service: string, port: string) => string;
}

/** Kinds whose describer does not print events. */
const NO_EVENTS = new Set([
  'Namespace',
  'LimitRange',
  'ResourceQuota',
  'NetworkPolicy.networking.k8s.io',
  'Secret',
  'Role.rbac.authorization.k8s.io',
  'ClusterRole.rbac.authorization.k8s.io',
  'RoleBinding.rbac.authorization.k8s.io',
  'ClusterRoleBinding.rbac.authorization.k8s.io',
]);

/** The full `kubectl describe` text for one object. */
export function describeObject(obj: KubeObject, input: DescribeInput): string {
  const w = new PrefixWriter();
  const { now } = input;
  const gk = groupKind(obj.apiVersion, obj.kind ?? '');
  switch (gk) {
    case 'Pod':
      describePod(w, obj as Pod, now);
      break;
    case 'Deployment.apps':
      describeDeployment(w, obj as Deployment, input.replicaSets);
      break;
    case 'ReplicaSet.apps':
      describeReplicaSet(w, obj as ReplicaSet, input.pods ?? []);
      break;
    case 'Job.batch':
      describeJob(w, obj as Job);
      break;
    case 'Service':
      describeService(w, obj as Service, input.endpointSlices ?? []);
      break;
    case 'Node':
      describeNode(w, obj as Node, input.pods ?? [], input.lease, now);
      break;
    case 'PersistentVolumeClaim':
      describePersistentVolumeClaim(w, obj as PersistentVolumeClaim, input.pods ?? [], now);
      break;
    case 'Namespace':
      describeNamespace(w, obj as Namespace, input.resourceQuotas ?? [], input.limitRanges ?? []);
      break;
    case 'ConfigMap':
      describeConfigMap(w, obj as ConfigMap);
      break;
    case 'Secret':
      describeSecret(w, obj as Secret);
      break;
    case 'StatefulSet.apps':
      describeStatefulSet(w, obj as StatefulSet, input.pods ?? []);
      break;
    case 'DaemonSet.apps':
      describeDaemonSet(w, obj as DaemonSet, input.pods ?? []);
      break;
    case 'CronJob.batch':
      describeCronJob(w, obj as CronJob);
      break;
    case 'Ingress.networking.k8s.io':
      describeIngress(w, obj as Ingress, input.backendEndpoints ?? (() => '<none>'));
      break;
    case 'HorizontalPodAutoscaler.autoscaling':
      describeHorizontalPodAutoscaler(w, obj as HorizontalPodAutoscaler);
      break;
    case 'ServiceAccount':
      describeServiceAccount(w, obj as ServiceAccount, input.secrets);
      break;
    case 'RoleBinding.rbac.authorization.k8s.io':
    case 'ClusterRoleBinding.rbac.authorization.k8s.io':
      describeRoleBinding(w, obj as RoleBinding);
      break;
    case 'Role.rbac.authorization.k8s.io':
    case 'ClusterRole.rbac.authorization.k8s.io':
      describeRole(w, obj);
      break;
    case 'Endpoints':
      describeEndpoints(w, obj as Endpoints);
      break;
    case 'ReplicationController':
      describeReplicationController(w, obj as ReplicationController, input.pods ?? []);
      break;
    case 'PersistentVolume':
      describePersistentVolume(w, obj as PersistentVolume, now);
      break;
    case 'StorageClass.storage.k8s.io':
      describeStorageClass(w, obj as StorageClass);
      break;
    case 'PriorityClass.scheduling.k8s.io':
      describePriorityClass(w, obj as PriorityClass);
      break;
    case 'PodDisruptionBudget.policy':
      describePodDisruptionBudget(w, obj as PodDisruptionBudget);
      break;
    case 'NetworkPolicy.networking.k8s.io':
      describeNetworkPolicy(w, obj as NetworkPolicy);
      break;
    case 'IngressClass.networking.k8s.io':
      describeIngressClass(w, obj as IngressClass);
      break;
    case 'EndpointSlice.discovery.k8s.io':
      describeEndpointSlice(w, obj as EndpointSlice);
      break;
    case 'LimitRange':
      describeLimitRange(w, obj as LimitRange);
      break;
    case 'ResourceQuota':
      describeResourceQuota(w, obj as ResourceQuota);
      break;
    case 'CertificateSigningRequest.certificates.k8s.io':
      describeCertificateSigningRequest(w, obj as unknown as CertificateSigningRequest);
      break;
    default:
      describeGeneric(w, obj);
  }
  if (input.events && !NO_EVENTS.has(gk)) describeEvents(w, input.events, now);
  return w.toString();
}

/** Several objects, as `kubectl describe pods` prints them: separated by a blank line. */
export function describeObjects(items: readonly { obj: KubeObject; input: DescribeInput }[]): string {
  return items.map((i) => describeObject(i.obj, i.input)).join('\n\n');
}
