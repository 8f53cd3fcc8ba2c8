/**
 * Every controller the simulated kube-controller-manager, scheduler and kubelets run, in the
 * order their queues are served.
 */
import { NODE_CONTROLLERS } from '../node/index.js';
import type { Controller } from './controller.js';
import { SERVICE_CONTROLLERS } from './services/index.js';
import { WORKLOAD_CONTROLLERS } from './workloads/index.js';

export const ALL_CONTROLLERS: readonly Controller[] = [
  ...WORKLOAD_CONTROLLERS,
  ...NODE_CONTROLLERS,
  ...SERVICE_CONTROLLERS,
];
