/** Controllers for ReplicaSet, Deployment, StatefulSet, DaemonSet, Job, CronJob, HPA, garbage collector, namespace and service-account controllers. */
import type { Controller } from '../controller.js';

export const WORKLOAD_CONTROLLERS: readonly Controller[] = [];
