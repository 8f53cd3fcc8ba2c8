/** Controllers for endpoints, endpoint slices, volumes, quotas and ingresses. */
import type { Controller } from '../controller.js';

export const SERVICE_CONTROLLERS: readonly Controller[] = [];
