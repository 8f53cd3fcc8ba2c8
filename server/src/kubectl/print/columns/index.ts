/**
 * The registry of table printers by API group and kind. Kinds the server prints with its default
 * table (no printer in printers.go: Role, ClusterRole, LimitRange, CRDs…) get NAME/CREATED AT;
 * any other kind is taken for a custom resource (NAME/AGE).
 */
import type { KubeObject, TablePrinter } from '../types.js';
import { groupOf } from './group.js';
import { validatingAdmissionPolicyBindingPrinter, validatingAdmissionPolicyPrinter } from './admission.js';
import {
  apiServicePrinter,
  certificateSigningRequestPrinter,
  componentStatusPrinter,
  controllerRevisionPrinter,
  podTemplatePrinter,
  priorityClassPrinter,
  runtimeClassPrinter,
  webhookConfigurationPrinter,
} from './extra.js';
import {
  configMapPrinter,
  eventPrinter,
  namespacePrinter,
  nodePrinter,
  resourceQuotaPrinter,
  secretPrinter,
  serviceAccountPrinter,
} from './cluster.js';
import { flowSchemaPrinter, priorityLevelConfigurationPrinter } from './flowcontrol.js';
import { customResourcePrinter, defaultTablePrinter } from './generic.js';
import {
  endpointSlicePrinter,
  endpointsPrinter,
  ingressClassPrinter,
  ingressPrinter,
  networkPolicyPrinter,
  servicePrinter,
} from './network.js';
import { podPrinter } from './pod.js';
import { horizontalPodAutoscalerPrinter, leasePrinter, podDisruptionBudgetPrinter } from './policy.js';
import { roleBindingPrinter } from './rbac.js';
import { persistentVolumeClaimPrinter, persistentVolumePrinter, storageClassPrinter } from './storage.js';
import {
  cronJobPrinter,
  daemonSetPrinter,
  deploymentPrinter,
  jobPrinter,
  replicaSetPrinter,
  replicationControllerPrinter,
  statefulSetPrinter,
} from './workloads.js';

/** Typed printers are stored erased; each row function only ever sees its own kind. */
function erase<T>(p: TablePrinter<T>): TablePrinter {
  return p as unknown as TablePrinter;
}

/** Keyed by `Kind.group` (`Kind` for the core group), as schema.GroupKind prints. */
const PRINTERS: ReadonlyMap<string, TablePrinter> = new Map([
  ['Pod', erase(podPrinter)],
  ['ReplicationController', erase(replicationControllerPrinter)],
  ['Service', erase(servicePrinter)],
  ['Endpoints', erase(endpointsPrinter)],
  ['Node', erase(nodePrinter)],
  ['Namespace', erase(namespacePrinter)],
  ['Event', erase(eventPrinter)],
  ['ConfigMap', erase(configMapPrinter)],
  ['Secret', erase(secretPrinter)],
  ['ServiceAccount', erase(serviceAccountPrinter)],
  ['ResourceQuota', erase(resourceQuotaPrinter)],
  ['PersistentVolume', erase(persistentVolumePrinter)],
  ['PersistentVolumeClaim', erase(persistentVolumeClaimPrinter)],
  ['LimitRange', defaultTablePrinter],
  ['ReplicaSet.apps', erase(replicaSetPrinter)],
  ['Deployment.apps', erase(deploymentPrinter)],
  ['DaemonSet.apps', erase(daemonSetPrinter)],
  ['StatefulSet.apps', erase(statefulSetPrinter)],
  ['Job.batch', erase(jobPrinter)],
  ['CronJob.batch', erase(cronJobPrinter)],
  ['EndpointSlice.discovery.k8s.io', erase(endpointSlicePrinter)],
  ['Ingress.networking.k8s.io', erase(ingressPrinter)],
  ['IngressClass.networking.k8s.io', erase(ingressClassPrinter)],
  ['NetworkPolicy.networking.k8s.io', erase(networkPolicyPrinter)],
  ['StorageClass.storage.k8s.io', erase(storageClassPrinter)],
  ['HorizontalPodAutoscaler.autoscaling', erase(horizontalPodAutoscalerPrinter)],
  ['PodDisruptionBudget.policy', erase(podDisruptionBudgetPrinter)],
  ['Lease.coordination.k8s.io', erase(leasePrinter)],
  ['RoleBinding.rbac.authorization.k8s.io', erase(roleBindingPrinter)],
  ['ClusterRoleBinding.rbac.authorization.k8s.io', erase(roleBindingPrinter)],
  ['Role.rbac.authorization.k8s.io', defaultTablePrinter],
  ['ClusterRole.rbac.authorization.k8s.io', defaultTablePrinter],
  ['CustomResourceDefinition.apiextensions.k8s.io', defaultTablePrinter],
  ['Event.events.k8s.io', erase(eventPrinter)],
  ['ComponentStatus', erase(componentStatusPrinter)],
  ['PodTemplate', erase(podTemplatePrinter)],
  ['PriorityClass.scheduling.k8s.io', erase(priorityClassPrinter)],
  ['FlowSchema.flowcontrol.apiserver.k8s.io', erase(flowSchemaPrinter)],
  ['PriorityLevelConfiguration.flowcontrol.apiserver.k8s.io', erase(priorityLevelConfigurationPrinter)],
  ['RuntimeClass.node.k8s.io', erase(runtimeClassPrinter)],
  ['ControllerRevision.apps', erase(controllerRevisionPrinter)],
  ['MutatingWebhookConfiguration.admissionregistration.k8s.io', erase(webhookConfigurationPrinter)],
  ['ValidatingWebhookConfiguration.admissionregistration.k8s.io', erase(webhookConfigurationPrinter)],
  ['ValidatingAdmissionPolicy.admissionregistration.k8s.io', erase(validatingAdmissionPolicyPrinter)],
  ['ValidatingAdmissionPolicyBinding.admissionregistration.k8s.io', erase(validatingAdmissionPolicyBindingPrinter)],
  ['APIService.apiregistration.k8s.io', erase(apiServicePrinter)],
  ['CertificateSigningRequest.certificates.k8s.io', erase(certificateSigningRequestPrinter)],
]);

export { groupOf };

/** schema.GroupKind.String(): `Deployment.apps`, `Pod`. */
export function groupKind(apiVersion: string | undefined, kind: string): string {
  const group = groupOf(apiVersion);
  return group ? `${kind}.${group}` : kind;
}

/** The `kind/` prefix kubectl puts before names (`deployment.apps/web`, `pod/web`). */
export function kindPrefix(apiVersion: string | undefined, kind: string): string {
  return groupKind(apiVersion, kind).toLowerCase();
}

/** The printer for a kind; custom resources fall back to NAME/AGE. */
export function printerFor(apiVersion: string | undefined, kind: string): TablePrinter {
  return PRINTERS.get(groupKind(apiVersion, kind)) ?? customResourcePrinter;
}

/** A list in the order the server's Table of it has (kubectl get of a list, human-readable output). */
export function inTableOrder<T extends KubeObject>(objects: readonly T[]): readonly T[] {
  const first = objects[0];
  const order = first ? printerFor(first.apiVersion, first.kind ?? '').listOrder : undefined;
  return order ? [...objects].sort(order) : objects;
}

/** Whether printers.go (or the default table) knows this kind, i.e. it is not a custom resource. */
export function isBuiltinKind(apiVersion: string | undefined, kind: string): boolean {
  return PRINTERS.has(groupKind(apiVersion, kind));
}
