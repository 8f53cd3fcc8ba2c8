/** Controllers for endpoints, endpoint slices, volumes, quotas and ingresses. */
import { loadController } from '../../network/load.js';
import type { Controller } from '../controller.js';
import { csrSigningController } from './csrSigning.js';
import { disruptionController } from './disruption.js';
import { endpointSliceController, endpointsController } from './endpoints.js';
import { flowControlController } from './flowcontrol.js';
import { ingressStatusController } from './ingress.js';
import { quotaController } from './quota.js';
import { tokensController } from './tokens.js';
import { volumeController } from './volumes.js';

export const SERVICE_CONTROLLERS: readonly Controller[] = [
  endpointsController,
  endpointSliceController,
  volumeController,
  quotaController,
  loadController,
  ingressStatusController,
  disruptionController,
  csrSigningController,
  tokensController,
  flowControlController,
];
