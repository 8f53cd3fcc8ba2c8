/** Controllers for the scheduler, the kubelets and the node lifecycle controller. */
import type { Controller } from '../controllers/controller.js';

export const NODE_CONTROLLERS: readonly Controller[] = [];
