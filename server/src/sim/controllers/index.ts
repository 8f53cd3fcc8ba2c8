/**
 * Every controller the simulated kube-controller-manager, scheduler and kubelets run, in the
 * order their queues are served.
 */
import type { Controller } from './controller.js';

export const ALL_CONTROLLERS: readonly Controller[] = [];
