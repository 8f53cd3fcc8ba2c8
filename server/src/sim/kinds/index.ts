/**
 * Strategy per kind. Kinds without special rules get the default strategy (name and label
 * validation only, done by the API server for every kind).
 */
import { validatingAdmissionPolicyBindingStrategy, validatingAdmissionPolicyStrategy } from './admissionPolicy.js';
import { csrStrategy } from './certificates.js';
import { priorityClassStrategy } from './priorityClass.js';
import { configMapStrategy, secretStrategy } from './config.js';
import { crdStrategy } from './crd.js';
import { cronJobStrategy } from './cronjob.js';
import { daemonSetStrategy } from './daemonset.js';
import { eventStrategy } from './event.js';
import { flowSchemaStrategy, priorityLevelConfigurationStrategy } from './flowcontrol.js';
import { hpaStrategy } from './hpa.js';
import { jobStrategy } from './job.js';
import { namespaceStrategy } from './namespace.js';
import { ingressStrategy, networkPolicyStrategy } from './networking.js';
import { podStrategy } from './pod.js';
import { replicationControllerStrategy } from './replicationController.js';
import { limitRangeStrategy, pdbStrategy, resourceQuotaStrategy, storageClassStrategy } from './policy.js';
import { clusterRoleBindingStrategy, roleBindingStrategy, roleStrategy } from './rbac.js';
import { serviceStrategy } from './service.js';
import { statefulSetStrategy } from './statefulset.js';
import { pvStrategy, pvcStrategy } from './storage.js';
import type { KindStrategy } from './strategy.js';
import {
  mutatingWebhookConfigurationStrategy,
  validatingWebhookConfigurationStrategy,
} from './webhookConfiguration.js';
import { deploymentStrategy, replicaSetStrategy } from './workloads.js';

const strategies: Readonly<Record<string, KindStrategy>> = {
  Pod: podStrategy,
  Service: serviceStrategy,
  Namespace: namespaceStrategy,
  Deployment: deploymentStrategy,
  ReplicaSet: replicaSetStrategy,
  ReplicationController: replicationControllerStrategy,
  PersistentVolumeClaim: pvcStrategy,
  PersistentVolume: pvStrategy,
  CustomResourceDefinition: crdStrategy,
  ConfigMap: configMapStrategy,
  Secret: secretStrategy,
  Ingress: ingressStrategy,
  NetworkPolicy: networkPolicyStrategy,
  Role: roleStrategy,
  ClusterRole: roleStrategy,
  RoleBinding: roleBindingStrategy,
  ClusterRoleBinding: clusterRoleBindingStrategy,
  PodDisruptionBudget: pdbStrategy,
  StorageClass: storageClassStrategy,
  ResourceQuota: resourceQuotaStrategy,
  LimitRange: limitRangeStrategy,
  StatefulSet: statefulSetStrategy,
  DaemonSet: daemonSetStrategy,
  Job: jobStrategy,
  CronJob: cronJobStrategy,
  HorizontalPodAutoscaler: hpaStrategy,
  Event: eventStrategy,
  CertificateSigningRequest: csrStrategy,
  PriorityClass: priorityClassStrategy,
  FlowSchema: flowSchemaStrategy,
  PriorityLevelConfiguration: priorityLevelConfigurationStrategy,
  ValidatingAdmissionPolicy: validatingAdmissionPolicyStrategy,
  ValidatingAdmissionPolicyBinding: validatingAdmissionPolicyBindingStrategy,
  ValidatingWebhookConfiguration: validatingWebhookConfigurationStrategy,
  MutatingWebhookConfiguration: mutatingWebhookConfigurationStrategy,
};

const none: KindStrategy = {};

export function strategyFor(kind: string): KindStrategy {
  return strategies[kind] ?? none;
}
