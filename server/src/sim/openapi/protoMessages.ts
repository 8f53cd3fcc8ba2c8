/**
 * The structure of the Kubernetes v1.32 API types the simulator serves, as their protobuf wire schema: every
 * built-in kind (except CustomResourceDefinition) and the reviews and requests kubectl sends (`auth can-i`,
 * `auth whoami`, `create token`, evictions), with every type they reach. The API server's decoder checks a client's
 * fields against it (sim/schema); kubeapi/protobuf.ts decodes request bodies with it; schemas.ts describes the kinds'
 * fields with it for the OpenAPI documents.
 *
 * One entry per message, `'<package>/<version>.<Message>'`, listing its fields as `<number> <json name> <type>`:
 * - types: `s` string, `b` bool, `i32`/`i64` integers, `bytes` (base64 in JSON), another message's key, or a type
 *   with its own JSON form: `Time` (RFC 3339, `null` when zero), `MicroTime`, `IntOrString`, `Quantity`, `FieldsV1`
 *   and `RawExtension` (raw JSON),
 *   `StringList` (a message wrapping `repeated string items`, a plain array in JSON);
 * - `[]T` repeated, `{T}` a map from string to T;
 * - a trailing `!` marks a field without `omitempty` (or a pointer): such a scalar is kept in JSON when zero, such a
 *   list or map is `null` when empty; other zero scalars and empty lists are dropped, as Go's `omitempty` drops
 *   them (Go's protobuf encoder always writes non-pointer scalars, and no empty list);
 * - json name `...` is an embedded struct whose fields JSON inlines (`VolumeSource` in `Volume`).
 *
 * Field numbers, names and JSON tags are the facts of the Kubernetes API (kubernetes/api, Apache-2.0); the tests
 * check them against the bodies the real kubectl sends.
 */
import { CORE_MESSAGES } from './protoMessagesCore.js';

/** Protobuf packages of the API groups, by group name ('' is the core group). */
export const PACKAGE_OF_GROUP: Readonly<Record<string, string>> = {
  '': 'core',
  'admissionregistration.k8s.io': 'admissionregistration',
  apps: 'apps',
  batch: 'batch',
  autoscaling: 'autoscaling',
  policy: 'policy',
  'authentication.k8s.io': 'authentication',
  'authorization.k8s.io': 'authorization',
  'certificates.k8s.io': 'certificates',
  'coordination.k8s.io': 'coordination',
  'discovery.k8s.io': 'discovery',
  'events.k8s.io': 'events',
  'flowcontrol.apiserver.k8s.io': 'flowcontrol',
  'networking.k8s.io': 'networking',
  'rbac.authorization.k8s.io': 'rbac',
  'scheduling.k8s.io': 'scheduling',
  'storage.k8s.io': 'storage',
};

export interface ProtoField {
  number: number;
  json: string;
  /** The element's type: a scalar (`s`, `b`, `i32`, `i64`, `bytes`), a special type or a message key. */
  type: string;
  repeated: boolean;
  map: boolean;
  /** No `omitempty` in Go (or a pointer): kept in JSON when zero, `null` when an empty list or map. */
  kept: boolean;
}

/** Fields written in this file's notation (`1 name s!; 2 items []core/v1.Container`), in declaration order. */
export function parseFields(spec: string): ProtoField[] {
  return spec.split('; ').map((field) => {
    const [number = '', json = '', raw = ''] = field.split(' ');
    const kept = raw.endsWith('!');
    const bare = kept ? raw.slice(0, -1) : raw;
    const repeated = bare.startsWith('[]');
    const map = bare.startsWith('{');
    const type = repeated ? bare.slice(2) : map ? bare.slice(1, -1) : bare;
    return { number: Number(number), json, type, repeated, map, kept };
  });
}

const parsed = new Map<string, readonly ProtoField[]>();

/** The fields of a message of PROTO_MESSAGES (none for an unknown name), parsed once. */
export function messageFields(message: string): readonly ProtoField[] {
  let fields = parsed.get(message);
  if (!fields) {
    fields = Object.hasOwn(PROTO_MESSAGES, message) ? parseFields(PROTO_MESSAGES[message] ?? '') : [];
    parsed.set(message, fields);
  }
  return fields;
}

/** The message of a kind, `apps/v1.Deployment`, if the schema has it. */
export function messageOfKind(group: string, version: string, kind: string): string | undefined {
  const name = `${PACKAGE_OF_GROUP[group] ?? '?'}/${version}.${kind}`;
  return Object.hasOwn(PROTO_MESSAGES, name) ? name : undefined;
}

export const PROTO_MESSAGES: Readonly<Record<string, string>> = {
  ...CORE_MESSAGES,
  'admissionregistration/v1.AuditAnnotation': '1 key s!; 2 valueExpression s!',
  'admissionregistration/v1.ExpressionWarning': '2 fieldRef s!; 3 warning s!',
  'admissionregistration/v1.MatchCondition': '1 name s!; 2 expression s!',
  'admissionregistration/v1.MatchResources':
    '1 namespaceSelector meta/v1.LabelSelector; 2 objectSelector meta/v1.LabelSelector; 3 resourceRules []admissionregistration/v1.NamedRuleWithOperations; 4 excludeResourceRules []admissionregistration/v1.NamedRuleWithOperations; 7 matchPolicy s!',
  'admissionregistration/v1.MutatingWebhook':
    '1 name s!; 2 clientConfig admissionregistration/v1.WebhookClientConfig; 3 rules []admissionregistration/v1.RuleWithOperations; 4 failurePolicy s!; 9 matchPolicy s!; 5 namespaceSelector meta/v1.LabelSelector; 11 objectSelector meta/v1.LabelSelector; 6 sideEffects s!; 7 timeoutSeconds i32!; 8 admissionReviewVersions []s!; 10 reinvocationPolicy s!; 12 matchConditions []admissionregistration/v1.MatchCondition',
  'admissionregistration/v1.MutatingWebhookConfiguration':
    '1 metadata meta/v1.ObjectMeta; 2 webhooks []admissionregistration/v1.MutatingWebhook',
  'admissionregistration/v1.NamedRuleWithOperations':
    '1 resourceNames []s; 2 ... admissionregistration/v1.RuleWithOperations',
  'admissionregistration/v1.ParamKind': '1 apiVersion s; 2 kind s',
  'admissionregistration/v1.ParamRef':
    '1 name s; 2 namespace s; 3 selector meta/v1.LabelSelector; 4 parameterNotFoundAction s!',
  'admissionregistration/v1.Rule': '1 apiGroups []s; 2 apiVersions []s; 3 resources []s; 4 scope s!',
  'admissionregistration/v1.RuleWithOperations': '1 operations []s; 2 ... admissionregistration/v1.Rule',
  'admissionregistration/v1.ServiceReference': '1 namespace s!; 2 name s!; 3 path s!; 4 port i32!',
  'admissionregistration/v1.TypeChecking': '1 expressionWarnings []admissionregistration/v1.ExpressionWarning',
  'admissionregistration/v1.ValidatingAdmissionPolicy':
    '1 metadata meta/v1.ObjectMeta; 2 spec admissionregistration/v1.ValidatingAdmissionPolicySpec; 3 status admissionregistration/v1.ValidatingAdmissionPolicyStatus',
  'admissionregistration/v1.ValidatingAdmissionPolicyBinding':
    '1 metadata meta/v1.ObjectMeta; 2 spec admissionregistration/v1.ValidatingAdmissionPolicyBindingSpec',
  'admissionregistration/v1.ValidatingAdmissionPolicyBindingSpec':
    '1 policyName s; 2 paramRef admissionregistration/v1.ParamRef; 3 matchResources admissionregistration/v1.MatchResources; 4 validationActions []s',
  'admissionregistration/v1.ValidatingAdmissionPolicySpec':
    '1 paramKind admissionregistration/v1.ParamKind; 2 matchConstraints admissionregistration/v1.MatchResources; 3 validations []admissionregistration/v1.Validation; 4 failurePolicy s!; 5 auditAnnotations []admissionregistration/v1.AuditAnnotation; 6 matchConditions []admissionregistration/v1.MatchCondition; 7 variables []admissionregistration/v1.Variable',
  'admissionregistration/v1.ValidatingAdmissionPolicyStatus':
    '1 observedGeneration i64; 2 typeChecking admissionregistration/v1.TypeChecking; 3 conditions []meta/v1.Condition',
  'admissionregistration/v1.ValidatingWebhook':
    '1 name s!; 2 clientConfig admissionregistration/v1.WebhookClientConfig; 3 rules []admissionregistration/v1.RuleWithOperations; 4 failurePolicy s!; 9 matchPolicy s!; 5 namespaceSelector meta/v1.LabelSelector; 10 objectSelector meta/v1.LabelSelector; 6 sideEffects s!; 7 timeoutSeconds i32!; 8 admissionReviewVersions []s!; 11 matchConditions []admissionregistration/v1.MatchCondition',
  'admissionregistration/v1.ValidatingWebhookConfiguration':
    '1 metadata meta/v1.ObjectMeta; 2 webhooks []admissionregistration/v1.ValidatingWebhook',
  'admissionregistration/v1.Validation': '1 expression s!; 2 message s; 3 reason s!; 4 messageExpression s',
  'admissionregistration/v1.Variable': '1 name s!; 2 expression s!',
  'admissionregistration/v1.WebhookClientConfig':
    '3 url s!; 1 service admissionregistration/v1.ServiceReference; 2 caBundle bytes',
  'apps/v1.ControllerRevision': '1 metadata meta/v1.ObjectMeta; 2 data RawExtension; 3 revision i64!',
  'apps/v1.DaemonSet': '1 metadata meta/v1.ObjectMeta; 2 spec apps/v1.DaemonSetSpec; 3 status apps/v1.DaemonSetStatus',
  'apps/v1.DaemonSetCondition': '1 type s!; 2 status s!; 3 lastTransitionTime Time; 4 reason s; 5 message s',
  'apps/v1.DaemonSetSpec':
    '1 selector meta/v1.LabelSelector; 2 template core/v1.PodTemplateSpec; 3 updateStrategy apps/v1.DaemonSetUpdateStrategy; 4 minReadySeconds i32; 6 revisionHistoryLimit i32!',
  'apps/v1.DaemonSetStatus':
    '1 currentNumberScheduled i32!; 2 numberMisscheduled i32!; 3 desiredNumberScheduled i32!; 4 numberReady i32!; 5 observedGeneration i64; 6 updatedNumberScheduled i32; 7 numberAvailable i32; 8 numberUnavailable i32; 9 collisionCount i32!; 10 conditions []apps/v1.DaemonSetCondition',
  'apps/v1.DaemonSetUpdateStrategy': '1 type s; 2 rollingUpdate apps/v1.RollingUpdateDaemonSet',
  'apps/v1.Deployment':
    '1 metadata meta/v1.ObjectMeta; 2 spec apps/v1.DeploymentSpec; 3 status apps/v1.DeploymentStatus',
  'apps/v1.DeploymentCondition':
    '1 type s!; 2 status s!; 6 lastUpdateTime Time; 7 lastTransitionTime Time; 4 reason s; 5 message s',
  'apps/v1.DeploymentSpec':
    '1 replicas i32!; 2 selector meta/v1.LabelSelector; 3 template core/v1.PodTemplateSpec; 4 strategy apps/v1.DeploymentStrategy; 5 minReadySeconds i32; 6 revisionHistoryLimit i32!; 7 paused b; 9 progressDeadlineSeconds i32!',
  'apps/v1.DeploymentStatus':
    '1 observedGeneration i64; 2 replicas i32; 3 updatedReplicas i32; 7 readyReplicas i32; 4 availableReplicas i32; 5 unavailableReplicas i32; 6 conditions []apps/v1.DeploymentCondition; 8 collisionCount i32!',
  'apps/v1.DeploymentStrategy': '1 type s; 2 rollingUpdate apps/v1.RollingUpdateDeployment',
  'apps/v1.ReplicaSet':
    '1 metadata meta/v1.ObjectMeta; 2 spec apps/v1.ReplicaSetSpec; 3 status apps/v1.ReplicaSetStatus',
  'apps/v1.ReplicaSetCondition': '1 type s!; 2 status s!; 3 lastTransitionTime Time; 4 reason s; 5 message s',
  'apps/v1.ReplicaSetSpec':
    '1 replicas i32!; 4 minReadySeconds i32; 2 selector meta/v1.LabelSelector; 3 template core/v1.PodTemplateSpec',
  'apps/v1.ReplicaSetStatus':
    '1 replicas i32!; 2 fullyLabeledReplicas i32; 4 readyReplicas i32; 5 availableReplicas i32; 3 observedGeneration i64; 6 conditions []apps/v1.ReplicaSetCondition',
  'apps/v1.RollingUpdateDaemonSet': '1 maxUnavailable IntOrString; 2 maxSurge IntOrString',
  'apps/v1.RollingUpdateDeployment': '1 maxUnavailable IntOrString; 2 maxSurge IntOrString',
  'apps/v1.RollingUpdateStatefulSetStrategy': '1 partition i32!; 2 maxUnavailable IntOrString',
  'apps/v1.StatefulSet':
    '1 metadata meta/v1.ObjectMeta; 2 spec apps/v1.StatefulSetSpec; 3 status apps/v1.StatefulSetStatus',
  'apps/v1.StatefulSetCondition': '1 type s!; 2 status s!; 3 lastTransitionTime Time; 4 reason s; 5 message s',
  'apps/v1.StatefulSetOrdinals': '1 start i32!',
  'apps/v1.StatefulSetPersistentVolumeClaimRetentionPolicy': '1 whenDeleted s; 2 whenScaled s',
  'apps/v1.StatefulSetSpec':
    '1 replicas i32!; 2 selector meta/v1.LabelSelector; 3 template core/v1.PodTemplateSpec; 4 volumeClaimTemplates []core/v1.PersistentVolumeClaim; 5 serviceName s!; 6 podManagementPolicy s; 7 updateStrategy apps/v1.StatefulSetUpdateStrategy; 8 revisionHistoryLimit i32!; 9 minReadySeconds i32; 10 persistentVolumeClaimRetentionPolicy apps/v1.StatefulSetPersistentVolumeClaimRetentionPolicy; 11 ordinals apps/v1.StatefulSetOrdinals',
  'apps/v1.StatefulSetStatus':
    '1 observedGeneration i64; 2 replicas i32!; 3 readyReplicas i32; 4 currentReplicas i32; 5 updatedReplicas i32; 6 currentRevision s; 7 updateRevision s; 9 collisionCount i32!; 10 conditions []apps/v1.StatefulSetCondition; 11 availableReplicas i32!',
  'apps/v1.StatefulSetUpdateStrategy': '1 type s; 2 rollingUpdate apps/v1.RollingUpdateStatefulSetStrategy',
  'batch/v1.CronJob': '1 metadata meta/v1.ObjectMeta; 2 spec batch/v1.CronJobSpec; 3 status batch/v1.CronJobStatus',
  'batch/v1.CronJobSpec':
    '1 schedule s!; 8 timeZone s!; 2 startingDeadlineSeconds i64!; 3 concurrencyPolicy s; 4 suspend b!; 5 jobTemplate batch/v1.JobTemplateSpec; 6 successfulJobsHistoryLimit i32!; 7 failedJobsHistoryLimit i32!',
  'batch/v1.CronJobStatus': '1 active []core/v1.ObjectReference; 4 lastScheduleTime Time; 5 lastSuccessfulTime Time',
  'batch/v1.Job': '1 metadata meta/v1.ObjectMeta; 2 spec batch/v1.JobSpec; 3 status batch/v1.JobStatus',
  'batch/v1.JobCondition':
    '1 type s!; 2 status s!; 3 lastProbeTime Time; 4 lastTransitionTime Time; 5 reason s; 6 message s',
  'batch/v1.JobSpec':
    '1 parallelism i32!; 2 completions i32!; 3 activeDeadlineSeconds i64!; 11 podFailurePolicy batch/v1.PodFailurePolicy; 16 successPolicy batch/v1.SuccessPolicy; 7 backoffLimit i32!; 12 backoffLimitPerIndex i32!; 13 maxFailedIndexes i32!; 4 selector meta/v1.LabelSelector; 5 manualSelector b!; 6 template core/v1.PodTemplateSpec; 8 ttlSecondsAfterFinished i32!; 9 completionMode s!; 10 suspend b!; 14 podReplacementPolicy s!; 15 managedBy s!',
  'batch/v1.JobStatus':
    '1 conditions []batch/v1.JobCondition; 2 startTime Time; 3 completionTime Time; 4 active i32; 5 succeeded i32; 6 failed i32; 11 terminating i32!; 7 completedIndexes s; 10 failedIndexes s!; 8 uncountedTerminatedPods batch/v1.UncountedTerminatedPods; 9 ready i32!',
  'batch/v1.JobTemplateSpec': '1 metadata meta/v1.ObjectMeta; 2 spec batch/v1.JobSpec',
  'batch/v1.PodFailurePolicy': '1 rules []batch/v1.PodFailurePolicyRule!',
  'batch/v1.PodFailurePolicyOnExitCodesRequirement': '1 containerName s!; 2 operator s!; 3 values []i32!',
  'batch/v1.PodFailurePolicyOnPodConditionsPattern': '1 type s!; 2 status s!',
  'batch/v1.PodFailurePolicyRule':
    '1 action s!; 2 onExitCodes batch/v1.PodFailurePolicyOnExitCodesRequirement; 3 onPodConditions []batch/v1.PodFailurePolicyOnPodConditionsPattern',
  'batch/v1.SuccessPolicy': '1 rules []batch/v1.SuccessPolicyRule!',
  'batch/v1.SuccessPolicyRule': '1 succeededIndexes s!; 2 succeededCount i32!',
  'batch/v1.UncountedTerminatedPods': '1 succeeded []s; 2 failed []s',
  'flowcontrol/v1.ExemptPriorityLevelConfiguration': '1 nominalConcurrencyShares i32!; 2 lendablePercent i32!',
  'flowcontrol/v1.FlowDistinguisherMethod': '1 type s!',
  'flowcontrol/v1.FlowSchema':
    '1 metadata meta/v1.ObjectMeta; 2 spec flowcontrol/v1.FlowSchemaSpec; 3 status flowcontrol/v1.FlowSchemaStatus',
  'flowcontrol/v1.FlowSchemaCondition': '1 type s; 2 status s; 3 lastTransitionTime Time; 4 reason s; 5 message s',
  'flowcontrol/v1.FlowSchemaSpec':
    '1 priorityLevelConfiguration flowcontrol/v1.PriorityLevelConfigurationReference; 2 matchingPrecedence i32!; 3 distinguisherMethod flowcontrol/v1.FlowDistinguisherMethod; 4 rules []flowcontrol/v1.PolicyRulesWithSubjects',
  'flowcontrol/v1.FlowSchemaStatus': '1 conditions []flowcontrol/v1.FlowSchemaCondition',
  'flowcontrol/v1.GroupSubject': '1 name s!',
  'flowcontrol/v1.LimitResponse': '1 type s!; 2 queuing flowcontrol/v1.QueuingConfiguration',
  'flowcontrol/v1.LimitedPriorityLevelConfiguration':
    '1 nominalConcurrencyShares i32!; 2 limitResponse flowcontrol/v1.LimitResponse; 3 lendablePercent i32!; 4 borrowingLimitPercent i32!',
  'flowcontrol/v1.NonResourcePolicyRule': '1 verbs []s!; 6 nonResourceURLs []s!',
  'flowcontrol/v1.PolicyRulesWithSubjects':
    '1 subjects []flowcontrol/v1.Subject!; 2 resourceRules []flowcontrol/v1.ResourcePolicyRule; 3 nonResourceRules []flowcontrol/v1.NonResourcePolicyRule',
  'flowcontrol/v1.PriorityLevelConfiguration':
    '1 metadata meta/v1.ObjectMeta; 2 spec flowcontrol/v1.PriorityLevelConfigurationSpec; 3 status flowcontrol/v1.PriorityLevelConfigurationStatus',
  'flowcontrol/v1.PriorityLevelConfigurationCondition':
    '1 type s; 2 status s; 3 lastTransitionTime Time; 4 reason s; 5 message s',
  'flowcontrol/v1.PriorityLevelConfigurationReference': '1 name s!',
  'flowcontrol/v1.PriorityLevelConfigurationSpec':
    '1 type s!; 2 limited flowcontrol/v1.LimitedPriorityLevelConfiguration; 3 exempt flowcontrol/v1.ExemptPriorityLevelConfiguration',
  'flowcontrol/v1.PriorityLevelConfigurationStatus':
    '1 conditions []flowcontrol/v1.PriorityLevelConfigurationCondition',
  'flowcontrol/v1.QueuingConfiguration': '1 queues i32!; 2 handSize i32!; 3 queueLengthLimit i32!',
  'flowcontrol/v1.ResourcePolicyRule':
    '1 verbs []s!; 2 apiGroups []s!; 3 resources []s!; 4 clusterScope b; 5 namespaces []s!',
  'flowcontrol/v1.ServiceAccountSubject': '1 namespace s!; 2 name s!',
  'flowcontrol/v1.Subject':
    '1 kind s!; 2 user flowcontrol/v1.UserSubject; 3 group flowcontrol/v1.GroupSubject; 4 serviceAccount flowcontrol/v1.ServiceAccountSubject',
  'flowcontrol/v1.UserSubject': '1 name s!',
  'rbac/v1.AggregationRule': '1 clusterRoleSelectors []meta/v1.LabelSelector',
  'rbac/v1.ClusterRole':
    '1 metadata meta/v1.ObjectMeta; 2 rules []rbac/v1.PolicyRule!; 3 aggregationRule rbac/v1.AggregationRule',
  'rbac/v1.ClusterRoleBinding':
    '1 metadata meta/v1.ObjectMeta; 2 subjects []rbac/v1.Subject; 3 roleRef rbac/v1.RoleRef',
  'rbac/v1.PolicyRule': '1 verbs []s!; 2 apiGroups []s; 3 resources []s; 4 resourceNames []s; 5 nonResourceURLs []s',
  'rbac/v1.Role': '1 metadata meta/v1.ObjectMeta; 2 rules []rbac/v1.PolicyRule!',
  'rbac/v1.RoleBinding': '1 metadata meta/v1.ObjectMeta; 2 subjects []rbac/v1.Subject; 3 roleRef rbac/v1.RoleRef',
  'rbac/v1.RoleRef': '1 apiGroup s!; 2 kind s!; 3 name s!',
  'rbac/v1.Subject': '1 kind s!; 2 apiGroup s; 3 name s!; 4 namespace s',
  'scheduling/v1.PriorityClass':
    '1 metadata meta/v1.ObjectMeta; 2 value i32!; 3 globalDefault b; 4 description s; 5 preemptionPolicy s!',
  'policy/v1.Eviction': '1 metadata meta/v1.ObjectMeta; 2 deleteOptions meta/v1.DeleteOptions',
  'policy/v1.PodDisruptionBudget':
    '1 metadata meta/v1.ObjectMeta; 2 spec policy/v1.PodDisruptionBudgetSpec; 3 status policy/v1.PodDisruptionBudgetStatus',
  'policy/v1.PodDisruptionBudgetSpec':
    '1 minAvailable IntOrString; 2 selector meta/v1.LabelSelector; 3 maxUnavailable IntOrString; 4 unhealthyPodEvictionPolicy s!',
  'policy/v1.PodDisruptionBudgetStatus':
    '1 observedGeneration i64; 2 disruptedPods {Time}; 3 disruptionsAllowed i32!; 4 currentHealthy i32!; 5 desiredHealthy i32!; 6 expectedPods i32!; 7 conditions []meta/v1.Condition',
  'networking/v1.HTTPIngressPath': '1 path s; 3 pathType s!; 2 backend networking/v1.IngressBackend',
  'networking/v1.HTTPIngressRuleValue': '1 paths []networking/v1.HTTPIngressPath!',
  'networking/v1.IPBlock': '1 cidr s!; 2 except []s',
  'networking/v1.Ingress':
    '1 metadata meta/v1.ObjectMeta; 2 spec networking/v1.IngressSpec; 3 status networking/v1.IngressStatus',
  'networking/v1.IngressBackend':
    '4 service networking/v1.IngressServiceBackend; 3 resource core/v1.TypedLocalObjectReference',
  'networking/v1.IngressClass': '1 metadata meta/v1.ObjectMeta; 2 spec networking/v1.IngressClassSpec',
  'networking/v1.IngressClassParametersReference': '1 apiGroup s!; 2 kind s!; 3 name s!; 4 scope s!; 5 namespace s!',
  'networking/v1.IngressClassSpec': '1 controller s; 2 parameters networking/v1.IngressClassParametersReference',
  'networking/v1.IngressLoadBalancerIngress': '1 ip s; 2 hostname s; 4 ports []networking/v1.IngressPortStatus',
  'networking/v1.IngressLoadBalancerStatus': '1 ingress []networking/v1.IngressLoadBalancerIngress',
  'networking/v1.IngressPortStatus': '1 port i32!; 2 protocol s!; 3 error s!',
  'networking/v1.IngressRule': '1 host s; 2 ... networking/v1.IngressRuleValue',
  'networking/v1.IngressRuleValue': '1 http networking/v1.HTTPIngressRuleValue',
  'networking/v1.IngressServiceBackend': '1 name s!; 2 port networking/v1.ServiceBackendPort',
  'networking/v1.IngressSpec':
    '4 ingressClassName s!; 1 defaultBackend networking/v1.IngressBackend; 2 tls []networking/v1.IngressTLS; 3 rules []networking/v1.IngressRule',
  'networking/v1.IngressStatus': '1 loadBalancer networking/v1.IngressLoadBalancerStatus',
  'networking/v1.IngressTLS': '1 hosts []s; 2 secretName s',
  'networking/v1.NetworkPolicy': '1 metadata meta/v1.ObjectMeta; 2 spec networking/v1.NetworkPolicySpec',
  'networking/v1.NetworkPolicyEgressRule':
    '1 ports []networking/v1.NetworkPolicyPort; 2 to []networking/v1.NetworkPolicyPeer',
  'networking/v1.NetworkPolicyIngressRule':
    '1 ports []networking/v1.NetworkPolicyPort; 2 from []networking/v1.NetworkPolicyPeer',
  'networking/v1.NetworkPolicyPeer':
    '1 podSelector meta/v1.LabelSelector; 2 namespaceSelector meta/v1.LabelSelector; 3 ipBlock networking/v1.IPBlock',
  'networking/v1.NetworkPolicyPort': '1 protocol s!; 2 port IntOrString; 3 endPort i32!',
  'networking/v1.NetworkPolicySpec':
    '1 podSelector meta/v1.LabelSelector; 2 ingress []networking/v1.NetworkPolicyIngressRule; 3 egress []networking/v1.NetworkPolicyEgressRule; 4 policyTypes []s',
  'networking/v1.ServiceBackendPort': '1 name s; 2 number i32',
  'authorization/v1.FieldSelectorAttributes': '1 rawSelector s; 2 requirements []meta/v1.FieldSelectorRequirement',
  'authorization/v1.LabelSelectorAttributes': '1 rawSelector s; 2 requirements []meta/v1.LabelSelectorRequirement',
  'authorization/v1.NonResourceAttributes': '1 path s; 2 verb s',
  'authorization/v1.NonResourceRule': '1 verbs []s!; 2 nonResourceURLs []s',
  'authorization/v1.ResourceAttributes':
    '1 namespace s; 2 verb s; 3 group s; 4 version s; 5 resource s; 6 subresource s; 7 name s; 8 fieldSelector authorization/v1.FieldSelectorAttributes; 9 labelSelector authorization/v1.LabelSelectorAttributes',
  'authorization/v1.ResourceRule': '1 verbs []s!; 2 apiGroups []s; 3 resources []s; 4 resourceNames []s',
  'authorization/v1.SelfSubjectAccessReview':
    '1 metadata meta/v1.ObjectMeta; 2 spec authorization/v1.SelfSubjectAccessReviewSpec; 3 status authorization/v1.SubjectAccessReviewStatus',
  'authorization/v1.SelfSubjectAccessReviewSpec':
    '1 resourceAttributes authorization/v1.ResourceAttributes; 2 nonResourceAttributes authorization/v1.NonResourceAttributes',
  'authorization/v1.SelfSubjectRulesReview':
    '1 metadata meta/v1.ObjectMeta; 2 spec authorization/v1.SelfSubjectRulesReviewSpec; 3 status authorization/v1.SubjectRulesReviewStatus',
  'authorization/v1.SelfSubjectRulesReviewSpec': '1 namespace s',
  'authorization/v1.SubjectAccessReviewStatus': '1 allowed b!; 4 denied b; 2 reason s; 3 evaluationError s',
  'authorization/v1.SubjectRulesReviewStatus':
    '1 resourceRules []authorization/v1.ResourceRule!; 2 nonResourceRules []authorization/v1.NonResourceRule!; 3 incomplete b!; 4 evaluationError s',
  'authentication/v1.BoundObjectReference': '1 kind s; 2 apiVersion s; 3 name s; 4 uid s',
  'authentication/v1.SelfSubjectReview':
    '1 metadata meta/v1.ObjectMeta; 2 status authentication/v1.SelfSubjectReviewStatus',
  'authentication/v1.SelfSubjectReviewStatus': '1 userInfo authentication/v1.UserInfo',
  'authentication/v1.TokenRequest':
    '1 metadata meta/v1.ObjectMeta; 2 spec authentication/v1.TokenRequestSpec; 3 status authentication/v1.TokenRequestStatus',
  'authentication/v1.TokenRequestSpec':
    '1 audiences []s!; 4 expirationSeconds i64!; 3 boundObjectRef authentication/v1.BoundObjectReference',
  'authentication/v1.TokenRequestStatus': '1 token s!; 2 expirationTimestamp Time',
  'authentication/v1.UserInfo': '1 username s; 2 uid s; 3 groups []s; 4 extra {StringList}',
  'autoscaling/v1.CrossVersionObjectReference': '1 kind s!; 2 name s!; 3 apiVersion s',
  'autoscaling/v1.HorizontalPodAutoscaler':
    '1 metadata meta/v1.ObjectMeta; 2 spec autoscaling/v1.HorizontalPodAutoscalerSpec; 3 status autoscaling/v1.HorizontalPodAutoscalerStatus',
  'autoscaling/v1.HorizontalPodAutoscalerSpec':
    '1 scaleTargetRef autoscaling/v1.CrossVersionObjectReference; 2 minReplicas i32!; 3 maxReplicas i32!; 4 targetCPUUtilizationPercentage i32!',
  'autoscaling/v1.HorizontalPodAutoscalerStatus':
    '1 observedGeneration i64!; 2 lastScaleTime Time; 3 currentReplicas i32!; 4 desiredReplicas i32!; 5 currentCPUUtilizationPercentage i32!',
  'autoscaling/v2.ContainerResourceMetricSource': '1 name s!; 2 target autoscaling/v2.MetricTarget; 3 container s!',
  'autoscaling/v2.ContainerResourceMetricStatus':
    '1 name s!; 2 current autoscaling/v2.MetricValueStatus; 3 container s!',
  'autoscaling/v2.CrossVersionObjectReference': '1 kind s!; 2 name s!; 3 apiVersion s',
  'autoscaling/v2.ExternalMetricSource':
    '1 metric autoscaling/v2.MetricIdentifier; 2 target autoscaling/v2.MetricTarget',
  'autoscaling/v2.ExternalMetricStatus':
    '1 metric autoscaling/v2.MetricIdentifier; 2 current autoscaling/v2.MetricValueStatus',
  'autoscaling/v2.HPAScalingPolicy': '1 type s!; 2 value i32!; 3 periodSeconds i32!',
  'autoscaling/v2.HPAScalingRules':
    '3 stabilizationWindowSeconds i32!; 1 selectPolicy s!; 2 policies []autoscaling/v2.HPAScalingPolicy',
  'autoscaling/v2.HorizontalPodAutoscaler':
    '1 metadata meta/v1.ObjectMeta; 2 spec autoscaling/v2.HorizontalPodAutoscalerSpec; 3 status autoscaling/v2.HorizontalPodAutoscalerStatus',
  'autoscaling/v2.HorizontalPodAutoscalerBehavior':
    '1 scaleUp autoscaling/v2.HPAScalingRules; 2 scaleDown autoscaling/v2.HPAScalingRules',
  'autoscaling/v2.HorizontalPodAutoscalerCondition':
    '1 type s!; 2 status s!; 3 lastTransitionTime Time; 4 reason s; 5 message s',
  'autoscaling/v2.HorizontalPodAutoscalerSpec':
    '1 scaleTargetRef autoscaling/v2.CrossVersionObjectReference; 2 minReplicas i32!; 3 maxReplicas i32!; 4 metrics []autoscaling/v2.MetricSpec; 5 behavior autoscaling/v2.HorizontalPodAutoscalerBehavior',
  'autoscaling/v2.HorizontalPodAutoscalerStatus':
    '1 observedGeneration i64!; 2 lastScaleTime Time; 3 currentReplicas i32; 4 desiredReplicas i32!; 5 currentMetrics []autoscaling/v2.MetricStatus!; 6 conditions []autoscaling/v2.HorizontalPodAutoscalerCondition',
  'autoscaling/v2.MetricIdentifier': '1 name s!; 2 selector meta/v1.LabelSelector',
  'autoscaling/v2.MetricSpec':
    '1 type s!; 2 object autoscaling/v2.ObjectMetricSource; 3 pods autoscaling/v2.PodsMetricSource; 4 resource autoscaling/v2.ResourceMetricSource; 7 containerResource autoscaling/v2.ContainerResourceMetricSource; 5 external autoscaling/v2.ExternalMetricSource',
  'autoscaling/v2.MetricStatus':
    '1 type s!; 2 object autoscaling/v2.ObjectMetricStatus; 3 pods autoscaling/v2.PodsMetricStatus; 4 resource autoscaling/v2.ResourceMetricStatus; 7 containerResource autoscaling/v2.ContainerResourceMetricStatus; 5 external autoscaling/v2.ExternalMetricStatus',
  'autoscaling/v2.MetricTarget': '1 type s!; 2 value Quantity; 3 averageValue Quantity; 4 averageUtilization i32!',
  'autoscaling/v2.MetricValueStatus': '1 value Quantity; 2 averageValue Quantity; 3 averageUtilization i32!',
  'autoscaling/v2.ObjectMetricSource':
    '1 describedObject autoscaling/v2.CrossVersionObjectReference; 2 target autoscaling/v2.MetricTarget; 3 metric autoscaling/v2.MetricIdentifier',
  'autoscaling/v2.ObjectMetricStatus':
    '1 metric autoscaling/v2.MetricIdentifier; 2 current autoscaling/v2.MetricValueStatus; 3 describedObject autoscaling/v2.CrossVersionObjectReference',
  'autoscaling/v2.PodsMetricSource': '1 metric autoscaling/v2.MetricIdentifier; 2 target autoscaling/v2.MetricTarget',
  'autoscaling/v2.PodsMetricStatus':
    '1 metric autoscaling/v2.MetricIdentifier; 2 current autoscaling/v2.MetricValueStatus',
  'autoscaling/v2.ResourceMetricSource': '1 name s!; 2 target autoscaling/v2.MetricTarget',
  'autoscaling/v2.ResourceMetricStatus': '1 name s!; 2 current autoscaling/v2.MetricValueStatus',
  'certificates/v1.CertificateSigningRequest':
    '1 metadata meta/v1.ObjectMeta; 2 spec certificates/v1.CertificateSigningRequestSpec; 3 status certificates/v1.CertificateSigningRequestStatus',
  'certificates/v1.CertificateSigningRequestCondition':
    '1 type s!; 6 status s!; 2 reason s; 3 message s; 4 lastUpdateTime Time; 5 lastTransitionTime Time',
  'certificates/v1.CertificateSigningRequestSpec':
    '1 request bytes!; 7 signerName s!; 8 expirationSeconds i32!; 5 usages []s; 2 username s; 3 uid s; 4 groups []s; 6 extra {StringList}',
  'certificates/v1.CertificateSigningRequestStatus':
    '1 conditions []certificates/v1.CertificateSigningRequestCondition; 2 certificate bytes',
  'storage/v1.StorageClass':
    '1 metadata meta/v1.ObjectMeta; 2 provisioner s!; 3 parameters {s}; 4 reclaimPolicy s!; 5 mountOptions []s; 6 allowVolumeExpansion b!; 7 volumeBindingMode s!; 8 allowedTopologies []core/v1.TopologySelectorTerm',
  'coordination/v1.Lease': '1 metadata meta/v1.ObjectMeta; 2 spec coordination/v1.LeaseSpec',
  'coordination/v1.LeaseSpec':
    '1 holderIdentity s!; 2 leaseDurationSeconds i32!; 3 acquireTime MicroTime; 4 renewTime MicroTime; 5 leaseTransitions i32!; 6 strategy s!; 7 preferredHolder s!',
  'discovery/v1.Endpoint':
    '1 addresses []s!; 2 conditions discovery/v1.EndpointConditions; 3 hostname s!; 4 targetRef core/v1.ObjectReference; 5 deprecatedTopology {s}; 6 nodeName s!; 7 zone s!; 8 hints discovery/v1.EndpointHints',
  'discovery/v1.EndpointConditions': '1 ready b!; 2 serving b!; 3 terminating b!',
  'discovery/v1.EndpointHints': '1 forZones []discovery/v1.ForZone',
  'discovery/v1.EndpointPort': '1 name s!; 2 protocol s!; 3 port i32!; 4 appProtocol s!',
  'discovery/v1.EndpointSlice':
    '1 metadata meta/v1.ObjectMeta; 4 addressType s!; 2 endpoints []discovery/v1.Endpoint!; 3 ports []discovery/v1.EndpointPort!',
  'discovery/v1.ForZone': '1 name s!',
  'events/v1.Event':
    '1 metadata meta/v1.ObjectMeta; 2 eventTime MicroTime; 3 series events/v1.EventSeries; 4 reportingController s; 5 reportingInstance s; 6 action s; 7 reason s; 8 regarding core/v1.ObjectReference; 9 related core/v1.ObjectReference; 10 note s; 11 type s; 12 deprecatedSource core/v1.EventSource; 13 deprecatedFirstTimestamp Time; 14 deprecatedLastTimestamp Time; 15 deprecatedCount i32',
  'events/v1.EventSeries': '1 count i32!; 2 lastObservedTime MicroTime',
  'meta/v1.Condition':
    '1 type s!; 2 status s!; 3 observedGeneration i64; 4 lastTransitionTime Time; 5 reason s!; 6 message s!',
  'meta/v1.DeleteOptions':
    '1 gracePeriodSeconds i64!; 2 preconditions meta/v1.Preconditions; 3 orphanDependents b!; 4 propagationPolicy s!; 5 dryRun []s; 6 ignoreStoreReadErrorWithClusterBreakingPotential b!',
  'meta/v1.FieldSelectorRequirement': '1 key s!; 2 operator s!; 3 values []s',
  'meta/v1.LabelSelector': '1 matchLabels {s}; 2 matchExpressions []meta/v1.LabelSelectorRequirement',
  'meta/v1.LabelSelectorRequirement': '1 key s!; 2 operator s!; 3 values []s',
  'meta/v1.ManagedFieldsEntry':
    '1 manager s; 2 operation s; 3 apiVersion s; 4 time Time; 6 fieldsType s; 7 fieldsV1 FieldsV1; 8 subresource s',
  'meta/v1.ObjectMeta':
    '1 name s; 2 generateName s; 3 namespace s; 4 selfLink s; 5 uid s; 6 resourceVersion s; 7 generation i64; 8 creationTimestamp Time; 9 deletionTimestamp Time; 10 deletionGracePeriodSeconds i64!; 11 labels {s}; 12 annotations {s}; 13 ownerReferences []meta/v1.OwnerReference; 14 finalizers []s; 17 managedFields []meta/v1.ManagedFieldsEntry',
  'meta/v1.OwnerReference': '5 apiVersion s!; 1 kind s!; 3 name s!; 4 uid s!; 6 controller b!; 7 blockOwnerDeletion b!',
  'meta/v1.Preconditions': '1 uid s!; 2 resourceVersion s!',
};
