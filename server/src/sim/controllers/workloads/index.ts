/** Controllers for ReplicaSet, Deployment, StatefulSet, DaemonSet, Job, CronJob, HPA, garbage collectors, namespace and service-account controllers. */
import type { Controller } from '../controller.js';
import { cronJobController } from './cronjob.js';
import { daemonSetController } from './daemonset.js';
import { deploymentController } from './deployment.js';
import { jobController } from './job.js';
import { hpaController } from './hpa.js';
import { podGarbageCollector } from './podGc.js';
import { foregroundDeleter, garbageCollector, namespaceController, serviceAccountController } from './lifecycle.js';
import { replicaSetController, replicationControllerManager } from './replicaset.js';
import { statefulSetController } from './statefulset.js';

export const WORKLOAD_CONTROLLERS: readonly Controller[] = [
  deploymentController,
  replicaSetController,
  replicationControllerManager,
  jobController,
  cronJobController,
  statefulSetController,
  daemonSetController,
  hpaController,
  garbageCollector,
  foregroundDeleter,
  namespaceController,
  serviceAccountController,
  podGarbageCollector,
];

export {
  controllerRevisionHistory,
  deploymentHistory,
  rollbackControllerRevision,
  rollbackDeployment,
  RolloutError,
  type RevisionEntry,
} from './rollout.js';
export { podCpuUsage } from './hpa.js';
