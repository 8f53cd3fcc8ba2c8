/**
 * The simulated Kubernetes cluster: the only entry point for code outside `sim/`.
 */
export { Cluster, DEFAULT_START_TIME } from './cluster.js';
export type { ClusterOptions, ClusterSnapshot, ClusterState } from './cluster.js';
export { ApiServer, DEFAULT_LIMITS } from './apiserver.js';
export type {
  ClientDecoding,
  ClusterLimits,
  DeleteOptions,
  List,
  ListOptions,
  PropagationPolicy,
  UpdateOptions,
  WriteOptions,
} from './apiserver.js';
export { LAST_APPLIED_ANNOTATION, lastAppliedConfiguration } from './apply.js';
export { FIELD_MANAGER_MAX_LENGTH } from './managedFields.js';
export { StatusError, isStatusError } from './errors.js';
export { METRICS_TYPES, REVIEW_TYPES, preferredTypes, resolveServed, servedTypes } from './discovery.js';
export { OLDER_VERSIONS, olderVersionOf, servedVersion, type OlderVersion } from './versions.js';
export { validatePatchFields, type FieldValidation } from './schema/fieldValidation.js';
export { repeatedKeys, type KeyPath } from './schema/repeatedKeys.js';
export type { StatusCause, StatusReason } from './errors.js';
export { openApiDocuments, openApiSource } from './openapi/documents.js';
export type { OpenApiDocument, OpenApiSource } from './openapi/documents.js';
export { SWAGGER_METHODS, swaggerV2, toV2Schema } from './openapi/swagger.js';
export { messageFields, messageOfKind, parseFields } from './openapi/protoMessages.js';
export type { ProtoField } from './openapi/protoMessages.js';
export type { PatchType } from './patch.js';
export { customScale, replicasPatch, type ScaleSubresource } from './kinds/customResource/scale.js';
export { unsupportedPatch } from './kinds/customResource/fieldValidation.js';
export { applyPatch, mergePatch } from './patch.js';
export type { Json } from './fieldPaths.js';
export { tokenIdentity } from './tokens.js';
export type { IssuedToken, TokenRequestSpec } from './tokens.js';
export { BUILTIN_RESOURCES, ResourceRegistry, apiVersionOf, groupResource, hasScaleSubresource } from './resources.js';
export type { ResourceType } from './resources.js';
export { formatSelector, fromLabelSelector, fromMap, matches, parseLabelSelector } from './selectors.js';
export type { Selector } from './selectors.js';
export { LabelSelectorError, parseLabelRequirements } from './labelParser.js';
export type { LabelOperator, LabelRequirement } from './labelParser.js';
export type { KubeObject, Stored, WatchEvent, WatchEventType } from './types.js';
export * from './version.js';
export { ADMIN_USER, authorize, forbiddenMessage, rulesFor, rulesReview, userFor } from './rbac.js';
export type { ResourceAttributes, RulesReviewStatus, UserInfo } from './rbac.js';
export { parseUrl } from './network/http.js';
export type { HttpOutcome, RequestOptions, Source } from './network/http.js';
export type { DnsAnswer } from './network/dns.js';
export { accessLog } from './network/accessLog.js';
export type { AccessEntry } from './network/accessLog.js';
export {
  RolloutError,
  controllerRevisionHistory,
  deploymentHistory,
  podCpuUsage,
  rollbackControllerRevision,
  rollbackDeployment,
} from './controllers/workloads/index.js';
export type { RevisionEntry } from './controllers/workloads/index.js';
export { ContainerLog, CONTAINER_LOG_MAX_BYTES } from './node/programs.js';
export type { ContainerProcess, ProgramHost, ProgramSpec, SharedVolume, LogLine } from './node/programs.js';
export {
  podLogs,
  logUnavailable,
  containerView,
  execInContainer,
  writeContainerLayer,
  nodeMetrics,
  podMetrics,
  oneNodeMetrics,
  onePodMetrics,
  metricsAvailable,
  METRICS_GROUP_VERSION,
  goDuration,
  imageInfo,
  lookupImage,
  parseReference,
  pullImage,
  servesWith,
  podContainer,
  podContainerStatus,
  CATALOGUE_IMAGES,
} from './node/api.js';
export type {
  ContainerLayer,
  LogOptions,
  ExecOptions,
  ExecResult,
  NodeMetrics,
  PodMetrics,
  ContainerMetrics,
  MetricsSelectors,
  ImageInfo,
  ImageLookup,
} from './node/api.js';
