/** What the node package offers outside the simulator (kubectl logs, exec, top; the image catalogue). */
export { logUnavailable, podLogs, type LogOptions } from './logs.js';
export {
  containerView,
  execInContainer,
  writeContainerLayer,
  type ContainerView,
  type ExecOptions,
  type ExecResult,
} from './exec.js';
export type { ContainerLayer } from './containerFiles.js';
export { podContainer, podContainerStatus } from './podContainers.js';
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
export {
  CATALOGUE_IMAGES,
  goDuration,
  imageInfo,
  lookupImage,
  parseReference,
  pullImage,
  servesWith,
  type ImageInfo,
  type ImageLookup,
} from '../images/index.js';
