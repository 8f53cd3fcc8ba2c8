/** What the node package offers outside the simulator (kubectl logs, exec, top; the image catalogue). */
export { podLogs, type LogOptions } from './logs.js';
export { containerView, execInContainer, type ContainerView, type ExecOptions, type ExecResult } from './exec.js';
export {
  metricsAvailable,
  nodeMetrics,
  oneNodeMetrics,
  onePodMetrics,
  podMetrics,
  METRICS_GROUP_VERSION,
  type ContainerMetrics,
  type MetricsSelectors,
  type NodeMetrics,
  type PodMetrics,
} from './metrics.js';
export { CATALOGUE_IMAGES, goDuration, imageInfo, parseImage, pullImage, type ImageInfo } from './images.js';
