/**
 * Strategy per kind. Kinds without special rules get the default strategy (name and label
 * validation only, done by the API server for every kind).
 */
import { crdStrategy } from './crd.js';
import { namespaceStrategy } from './namespace.js';
import { podStrategy } from './pod.js';
import { serviceStrategy } from './service.js';
import { pvStrategy, pvcStrategy } from './storage.js';
import type { KindStrategy } from './strategy.js';
import { deploymentStrategy, replicaSetStrategy } from './workloads.js';

const strategies: Readonly<Record<string, KindStrategy>> = {
  Pod: podStrategy,
  Service: serviceStrategy,
  Namespace: namespaceStrategy,
  Deployment: deploymentStrategy,
  ReplicaSet: replicaSetStrategy,
  PersistentVolumeClaim: pvcStrategy,
  PersistentVolume: pvStrategy,
  CustomResourceDefinition: crdStrategy,
};

const none: KindStrategy = {};

export function strategyFor(kind: string): KindStrategy {
  return strategies[kind] ?? none;
}
