/** Controllers for the scheduler, the kubelets and the node lifecycle controller. */
import type { Controller } from '../controllers/controller.js';
import { kubelet } from './kubelet/kubelet.js';
import { nodeLifecycle, taintEviction } from './lifecycle.js';
import { scheduler } from './scheduler/scheduler.js';

export const NODE_CONTROLLERS: readonly Controller[] = [scheduler, kubelet, nodeLifecycle, taintEviction];
