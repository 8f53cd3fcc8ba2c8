/**
 * The protobuf wire schema of the Kubernetes v1.32 API types that clients send as
 * `application/vnd.kubernetes.protobuf`: the objects kubectl's typed generators create (`create deployment|job|
 * cronjob|service|configmap|secret|namespace|serviceaccount|quota|priorityclass|pdb|ingress|role…`, `auth can-i`,
 * `auth whoami`, `create token`) plus those its typed clients write (pods of `debug`, evictions of `drain`, HPAs,
 * CSRs of `certificate approve`), with every type they reach.
 *
 * One entry per message, `'<package>/<version>.<Message>'`, listing its fields as `<number> <json name> <type>`:
 * - types: `s` string, `b` bool, `i32`/`i64` integers, `bytes` (base64 in JSON), another message's key, or a type
 *   with its own JSON form: `Time` (RFC 3339, `null` when zero), `IntOrString`, `Quantity`, `FieldsV1` (raw JSON),
 *   `StringList` (a message wrapping `repeated string items`, a plain array in JSON);
 * - `[]T` repeated, `{T}` a map from string to T;
 * - a trailing `!` marks a scalar that Go keeps in JSON even when zero (a pointer, or no `omitempty`); other zero
 *   scalars are dropped, as Go's `omitempty` drops them (the Go encoder always writes non-pointer scalars);
 * - json name `...` is an embedded struct whose fields JSON inlines (`VolumeSource` in `Volume`).
 *
 * Field numbers, names and JSON tags are the facts of the Kubernetes API (kubernetes/api, Apache-2.0); the tests
 * check them against the bodies the real kubectl sends.
 */
export const PROTO_MESSAGES: Readonly<Record<string, string>> = {
  'apps/v1.Deployment':
    '1 metadata meta/v1.ObjectMeta; 2 spec apps/v1.DeploymentSpec; 3 status apps/v1.DeploymentStatus',
  'apps/v1.DeploymentCondition':
    '1 type s!; 2 status s!; 6 lastUpdateTime Time; 7 lastTransitionTime Time; 4 reason s; 5 message s',
  'apps/v1.DeploymentSpec':
    '1 replicas i32!; 2 selector meta/v1.LabelSelector; 3 template core/v1.PodTemplateSpec; 4 strategy apps/v1.DeploymentStrategy; 5 minReadySeconds i32; 6 revisionHistoryLimit i32!; 7 paused b; 9 progressDeadlineSeconds i32!',
  'apps/v1.DeploymentStatus':
    '1 observedGeneration i64; 2 replicas i32; 3 updatedReplicas i32; 7 readyReplicas i32; 4 availableReplicas i32; 5 unavailableReplicas i32; 6 conditions []apps/v1.DeploymentCondition; 8 collisionCount i32!',
  'apps/v1.DeploymentStrategy': '1 type s; 2 rollingUpdate apps/v1.RollingUpdateDeployment',
  'apps/v1.RollingUpdateDeployment': '1 maxUnavailable IntOrString; 2 maxSurge IntOrString',
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
  'batch/v1.PodFailurePolicy': '1 rules []batch/v1.PodFailurePolicyRule',
  'batch/v1.PodFailurePolicyOnExitCodesRequirement': '1 containerName s!; 2 operator s!; 3 values []i32',
  'batch/v1.PodFailurePolicyOnPodConditionsPattern': '1 type s!; 2 status s!',
  'batch/v1.PodFailurePolicyRule':
    '1 action s!; 2 onExitCodes batch/v1.PodFailurePolicyOnExitCodesRequirement; 3 onPodConditions []batch/v1.PodFailurePolicyOnPodConditionsPattern',
  'batch/v1.SuccessPolicy': '1 rules []batch/v1.SuccessPolicyRule',
  'batch/v1.SuccessPolicyRule': '1 succeededIndexes s!; 2 succeededCount i32!',
  'batch/v1.UncountedTerminatedPods': '1 succeeded []s; 2 failed []s',
  'core/v1.AWSElasticBlockStoreVolumeSource': '1 volumeID s!; 2 fsType s; 3 partition i32; 4 readOnly b',
  'core/v1.Affinity':
    '1 nodeAffinity core/v1.NodeAffinity; 2 podAffinity core/v1.PodAffinity; 3 podAntiAffinity core/v1.PodAntiAffinity',
  'core/v1.AppArmorProfile': '1 type s!; 2 localhostProfile s!',
  'core/v1.AzureDiskVolumeSource':
    '1 diskName s!; 2 diskURI s!; 3 cachingMode s!; 4 fsType s!; 5 readOnly b!; 6 kind s!',
  'core/v1.AzureFileVolumeSource': '1 secretName s!; 2 shareName s!; 3 readOnly b',
  'core/v1.CSIVolumeSource':
    '1 driver s!; 2 readOnly b!; 3 fsType s!; 4 volumeAttributes {s}; 5 nodePublishSecretRef core/v1.LocalObjectReference',
  'core/v1.Capabilities': '1 add []s; 2 drop []s',
  'core/v1.CephFSVolumeSource':
    '1 monitors []s; 2 path s; 3 user s; 4 secretFile s; 5 secretRef core/v1.LocalObjectReference; 6 readOnly b',
  'core/v1.CinderVolumeSource': '1 volumeID s!; 2 fsType s; 3 readOnly b; 4 secretRef core/v1.LocalObjectReference',
  'core/v1.ClientIPConfig': '1 timeoutSeconds i32!',
  'core/v1.ClusterTrustBundleProjection':
    '1 name s!; 2 signerName s!; 3 labelSelector meta/v1.LabelSelector; 5 optional b!; 4 path s!',
  'core/v1.ConfigMap': '1 metadata meta/v1.ObjectMeta; 4 immutable b!; 2 data {s}; 3 binaryData {bytes}',
  'core/v1.ConfigMapEnvSource': '1 ... core/v1.LocalObjectReference; 2 optional b!',
  'core/v1.ConfigMapKeySelector': '1 ... core/v1.LocalObjectReference; 2 key s!; 3 optional b!',
  'core/v1.ConfigMapProjection': '1 ... core/v1.LocalObjectReference; 2 items []core/v1.KeyToPath; 4 optional b!',
  'core/v1.ConfigMapVolumeSource':
    '1 ... core/v1.LocalObjectReference; 2 items []core/v1.KeyToPath; 3 defaultMode i32!; 4 optional b!',
  'core/v1.Container':
    '1 name s!; 2 image s; 3 command []s; 4 args []s; 5 workingDir s; 6 ports []core/v1.ContainerPort; 19 envFrom []core/v1.EnvFromSource; 7 env []core/v1.EnvVar; 8 resources core/v1.ResourceRequirements; 23 resizePolicy []core/v1.ContainerResizePolicy; 24 restartPolicy s!; 9 volumeMounts []core/v1.VolumeMount; 21 volumeDevices []core/v1.VolumeDevice; 10 livenessProbe core/v1.Probe; 11 readinessProbe core/v1.Probe; 22 startupProbe core/v1.Probe; 12 lifecycle core/v1.Lifecycle; 13 terminationMessagePath s; 20 terminationMessagePolicy s; 14 imagePullPolicy s; 15 securityContext core/v1.SecurityContext; 16 stdin b; 17 stdinOnce b; 18 tty b',
  'core/v1.ContainerPort': '1 name s; 2 hostPort i32; 3 containerPort i32!; 4 protocol s; 5 hostIP s',
  'core/v1.ContainerResizePolicy': '1 resourceName s!; 2 restartPolicy s!',
  'core/v1.ContainerState':
    '1 waiting core/v1.ContainerStateWaiting; 2 running core/v1.ContainerStateRunning; 3 terminated core/v1.ContainerStateTerminated',
  'core/v1.ContainerStateRunning': '1 startedAt Time',
  'core/v1.ContainerStateTerminated':
    '1 exitCode i32!; 2 signal i32; 3 reason s; 4 message s; 5 startedAt Time; 6 finishedAt Time; 7 containerID s',
  'core/v1.ContainerStateWaiting': '1 reason s; 2 message s',
  'core/v1.ContainerStatus':
    '1 name s!; 2 state core/v1.ContainerState; 3 lastState core/v1.ContainerState; 4 ready b!; 5 restartCount i32!; 6 image s!; 7 imageID s!; 8 containerID s; 9 started b!; 10 allocatedResources {Quantity}; 11 resources core/v1.ResourceRequirements; 12 volumeMounts []core/v1.VolumeMountStatus; 13 user core/v1.ContainerUser; 14 allocatedResourcesStatus []core/v1.ResourceStatus',
  'core/v1.ContainerUser': '1 linux core/v1.LinuxContainerUser',
  'core/v1.DownwardAPIProjection': '1 items []core/v1.DownwardAPIVolumeFile',
  'core/v1.DownwardAPIVolumeFile':
    '1 path s!; 2 fieldRef core/v1.ObjectFieldSelector; 3 resourceFieldRef core/v1.ResourceFieldSelector; 4 mode i32!',
  'core/v1.DownwardAPIVolumeSource': '1 items []core/v1.DownwardAPIVolumeFile; 2 defaultMode i32!',
  'core/v1.EmptyDirVolumeSource': '1 medium s; 2 sizeLimit Quantity',
  'core/v1.EnvFromSource': '1 prefix s; 2 configMapRef core/v1.ConfigMapEnvSource; 3 secretRef core/v1.SecretEnvSource',
  'core/v1.EnvVar': '1 name s!; 2 value s; 3 valueFrom core/v1.EnvVarSource',
  'core/v1.EnvVarSource':
    '1 fieldRef core/v1.ObjectFieldSelector; 2 resourceFieldRef core/v1.ResourceFieldSelector; 3 configMapKeyRef core/v1.ConfigMapKeySelector; 4 secretKeyRef core/v1.SecretKeySelector',
  'core/v1.EphemeralContainer': '1 ... core/v1.EphemeralContainerCommon; 2 targetContainerName s',
  'core/v1.EphemeralContainerCommon':
    '1 name s!; 2 image s; 3 command []s; 4 args []s; 5 workingDir s; 6 ports []core/v1.ContainerPort; 19 envFrom []core/v1.EnvFromSource; 7 env []core/v1.EnvVar; 8 resources core/v1.ResourceRequirements; 23 resizePolicy []core/v1.ContainerResizePolicy; 24 restartPolicy s!; 9 volumeMounts []core/v1.VolumeMount; 21 volumeDevices []core/v1.VolumeDevice; 10 livenessProbe core/v1.Probe; 11 readinessProbe core/v1.Probe; 22 startupProbe core/v1.Probe; 12 lifecycle core/v1.Lifecycle; 13 terminationMessagePath s; 20 terminationMessagePolicy s; 14 imagePullPolicy s; 15 securityContext core/v1.SecurityContext; 16 stdin b; 17 stdinOnce b; 18 tty b',
  'core/v1.EphemeralVolumeSource': '1 volumeClaimTemplate core/v1.PersistentVolumeClaimTemplate',
  'core/v1.ExecAction': '1 command []s',
  'core/v1.FCVolumeSource': '1 targetWWNs []s; 2 lun i32!; 3 fsType s; 4 readOnly b; 5 wwids []s',
  'core/v1.FlexVolumeSource':
    '1 driver s!; 2 fsType s; 3 secretRef core/v1.LocalObjectReference; 4 readOnly b; 5 options {s}',
  'core/v1.FlockerVolumeSource': '1 datasetName s; 2 datasetUUID s',
  'core/v1.GCEPersistentDiskVolumeSource': '1 pdName s!; 2 fsType s; 3 partition i32; 4 readOnly b',
  'core/v1.GRPCAction': '1 port i32!; 2 service s!',
  'core/v1.GitRepoVolumeSource': '1 repository s!; 2 revision s; 3 directory s',
  'core/v1.GlusterfsVolumeSource': '1 endpoints s!; 2 path s!; 3 readOnly b',
  'core/v1.HTTPGetAction': '1 path s; 2 port IntOrString; 3 host s; 4 scheme s; 5 httpHeaders []core/v1.HTTPHeader',
  'core/v1.HTTPHeader': '1 name s!; 2 value s!',
  'core/v1.HostAlias': '1 ip s!; 2 hostnames []s',
  'core/v1.HostIP': '1 ip s!',
  'core/v1.HostPathVolumeSource': '1 path s!; 2 type s!',
  'core/v1.ISCSIVolumeSource':
    '1 targetPortal s!; 2 iqn s!; 3 lun i32!; 4 iscsiInterface s; 5 fsType s; 6 readOnly b; 7 portals []s; 8 chapAuthDiscovery b; 11 chapAuthSession b; 10 secretRef core/v1.LocalObjectReference; 12 initiatorName s!',
  'core/v1.ImageVolumeSource': '1 reference s; 2 pullPolicy s',
  'core/v1.KeyToPath': '1 key s!; 2 path s!; 3 mode i32!',
  'core/v1.Lifecycle': '1 postStart core/v1.LifecycleHandler; 2 preStop core/v1.LifecycleHandler',
  'core/v1.LifecycleHandler':
    '1 exec core/v1.ExecAction; 2 httpGet core/v1.HTTPGetAction; 3 tcpSocket core/v1.TCPSocketAction; 4 sleep core/v1.SleepAction',
  'core/v1.LinuxContainerUser': '1 uid i64!; 2 gid i64!; 3 supplementalGroups []i64',
  'core/v1.LoadBalancerIngress': '1 ip s; 2 hostname s; 3 ipMode s!; 4 ports []core/v1.PortStatus',
  'core/v1.LoadBalancerStatus': '1 ingress []core/v1.LoadBalancerIngress',
  'core/v1.LocalObjectReference': '1 name s',
  'core/v1.NFSVolumeSource': '1 server s!; 2 path s!; 3 readOnly b',
  'core/v1.Namespace': '1 metadata meta/v1.ObjectMeta; 2 spec core/v1.NamespaceSpec; 3 status core/v1.NamespaceStatus',
  'core/v1.NamespaceCondition': '1 type s!; 2 status s!; 4 lastTransitionTime Time; 5 reason s; 6 message s',
  'core/v1.NamespaceSpec': '1 finalizers []s',
  'core/v1.NamespaceStatus': '1 phase s; 2 conditions []core/v1.NamespaceCondition',
  'core/v1.NodeAffinity':
    '1 requiredDuringSchedulingIgnoredDuringExecution core/v1.NodeSelector; 2 preferredDuringSchedulingIgnoredDuringExecution []core/v1.PreferredSchedulingTerm',
  'core/v1.NodeSelector': '1 nodeSelectorTerms []core/v1.NodeSelectorTerm',
  'core/v1.NodeSelectorRequirement': '1 key s!; 2 operator s!; 3 values []s',
  'core/v1.NodeSelectorTerm':
    '1 matchExpressions []core/v1.NodeSelectorRequirement; 2 matchFields []core/v1.NodeSelectorRequirement',
  'core/v1.ObjectFieldSelector': '1 apiVersion s; 2 fieldPath s!',
  'core/v1.ObjectReference':
    '1 kind s; 2 namespace s; 3 name s; 4 uid s; 5 apiVersion s; 6 resourceVersion s; 7 fieldPath s',
  'core/v1.PersistentVolumeClaimSpec':
    '1 accessModes []s; 4 selector meta/v1.LabelSelector; 2 resources core/v1.VolumeResourceRequirements; 3 volumeName s; 5 storageClassName s!; 6 volumeMode s!; 7 dataSource core/v1.TypedLocalObjectReference; 8 dataSourceRef core/v1.TypedObjectReference; 9 volumeAttributesClassName s!',
  'core/v1.PersistentVolumeClaimTemplate': '1 metadata meta/v1.ObjectMeta; 2 spec core/v1.PersistentVolumeClaimSpec',
  'core/v1.PersistentVolumeClaimVolumeSource': '1 claimName s!; 2 readOnly b',
  'core/v1.PhotonPersistentDiskVolumeSource': '1 pdID s!; 2 fsType s',
  'core/v1.Pod': '1 metadata meta/v1.ObjectMeta; 2 spec core/v1.PodSpec; 3 status core/v1.PodStatus',
  'core/v1.PodAffinity':
    '1 requiredDuringSchedulingIgnoredDuringExecution []core/v1.PodAffinityTerm; 2 preferredDuringSchedulingIgnoredDuringExecution []core/v1.WeightedPodAffinityTerm',
  'core/v1.PodAffinityTerm':
    '1 labelSelector meta/v1.LabelSelector; 2 namespaces []s; 3 topologyKey s!; 4 namespaceSelector meta/v1.LabelSelector; 5 matchLabelKeys []s; 6 mismatchLabelKeys []s',
  'core/v1.PodAntiAffinity':
    '1 requiredDuringSchedulingIgnoredDuringExecution []core/v1.PodAffinityTerm; 2 preferredDuringSchedulingIgnoredDuringExecution []core/v1.WeightedPodAffinityTerm',
  'core/v1.PodCondition':
    '1 type s!; 2 status s!; 3 lastProbeTime Time; 4 lastTransitionTime Time; 5 reason s; 6 message s',
  'core/v1.PodDNSConfig': '1 nameservers []s; 2 searches []s; 3 options []core/v1.PodDNSConfigOption',
  'core/v1.PodDNSConfigOption': '1 name s; 2 value s!',
  'core/v1.PodIP': '1 ip s!',
  'core/v1.PodOS': '1 name s!',
  'core/v1.PodReadinessGate': '1 conditionType s!',
  'core/v1.PodResourceClaim': '1 name s!; 3 resourceClaimName s!; 4 resourceClaimTemplateName s!',
  'core/v1.PodResourceClaimStatus': '1 name s!; 2 resourceClaimName s!',
  'core/v1.PodSchedulingGate': '1 name s!',
  'core/v1.PodSecurityContext':
    '1 seLinuxOptions core/v1.SELinuxOptions; 8 windowsOptions core/v1.WindowsSecurityContextOptions; 2 runAsUser i64!; 6 runAsGroup i64!; 3 runAsNonRoot b!; 4 supplementalGroups []i64; 12 supplementalGroupsPolicy s!; 5 fsGroup i64!; 7 sysctls []core/v1.Sysctl; 9 fsGroupChangePolicy s!; 10 seccompProfile core/v1.SeccompProfile; 11 appArmorProfile core/v1.AppArmorProfile; 13 seLinuxChangePolicy s!',
  'core/v1.PodSpec':
    '1 volumes []core/v1.Volume; 20 initContainers []core/v1.Container; 2 containers []core/v1.Container; 34 ephemeralContainers []core/v1.EphemeralContainer; 3 restartPolicy s; 4 terminationGracePeriodSeconds i64!; 5 activeDeadlineSeconds i64!; 6 dnsPolicy s; 7 nodeSelector {s}; 8 serviceAccountName s; 9 serviceAccount s; 21 automountServiceAccountToken b!; 10 nodeName s; 11 hostNetwork b; 12 hostPID b; 13 hostIPC b; 27 shareProcessNamespace b!; 14 securityContext core/v1.PodSecurityContext; 15 imagePullSecrets []core/v1.LocalObjectReference; 16 hostname s; 17 subdomain s; 18 affinity core/v1.Affinity; 19 schedulerName s; 22 tolerations []core/v1.Toleration; 23 hostAliases []core/v1.HostAlias; 24 priorityClassName s; 25 priority i32!; 26 dnsConfig core/v1.PodDNSConfig; 28 readinessGates []core/v1.PodReadinessGate; 29 runtimeClassName s!; 30 enableServiceLinks b!; 31 preemptionPolicy s!; 32 overhead {Quantity}; 33 topologySpreadConstraints []core/v1.TopologySpreadConstraint; 35 setHostnameAsFQDN b!; 36 os core/v1.PodOS; 37 hostUsers b!; 38 schedulingGates []core/v1.PodSchedulingGate; 39 resourceClaims []core/v1.PodResourceClaim; 40 resources core/v1.ResourceRequirements',
  'core/v1.PodStatus':
    '1 phase s; 2 conditions []core/v1.PodCondition; 3 message s; 4 reason s; 11 nominatedNodeName s; 5 hostIP s; 16 hostIPs []core/v1.HostIP; 6 podIP s; 12 podIPs []core/v1.PodIP; 7 startTime Time; 10 initContainerStatuses []core/v1.ContainerStatus; 8 containerStatuses []core/v1.ContainerStatus; 9 qosClass s; 13 ephemeralContainerStatuses []core/v1.ContainerStatus; 14 resize s; 15 resourceClaimStatuses []core/v1.PodResourceClaimStatus',
  'core/v1.PodTemplateSpec': '1 metadata meta/v1.ObjectMeta; 2 spec core/v1.PodSpec',
  'core/v1.PortStatus': '1 port i32!; 2 protocol s!; 3 error s!',
  'core/v1.PortworxVolumeSource': '1 volumeID s!; 2 fsType s; 3 readOnly b',
  'core/v1.PreferredSchedulingTerm': '1 weight i32!; 2 preference core/v1.NodeSelectorTerm',
  'core/v1.Probe':
    '1 ... core/v1.ProbeHandler; 2 initialDelaySeconds i32; 3 timeoutSeconds i32; 4 periodSeconds i32; 5 successThreshold i32; 6 failureThreshold i32; 7 terminationGracePeriodSeconds i64!',
  'core/v1.ProbeHandler':
    '1 exec core/v1.ExecAction; 2 httpGet core/v1.HTTPGetAction; 3 tcpSocket core/v1.TCPSocketAction; 4 grpc core/v1.GRPCAction',
  'core/v1.ProjectedVolumeSource': '1 sources []core/v1.VolumeProjection; 2 defaultMode i32!',
  'core/v1.QuobyteVolumeSource': '1 registry s!; 2 volume s!; 3 readOnly b; 4 user s; 5 group s; 6 tenant s',
  'core/v1.RBDVolumeSource':
    '1 monitors []s; 2 image s!; 3 fsType s; 4 pool s; 5 user s; 6 keyring s; 7 secretRef core/v1.LocalObjectReference; 8 readOnly b',
  'core/v1.ResourceClaim': '1 name s!; 2 request s',
  'core/v1.ResourceFieldSelector': '1 containerName s; 2 resource s!; 3 divisor Quantity',
  'core/v1.ResourceHealth': '1 resourceID s!; 2 health s',
  'core/v1.ResourceQuota':
    '1 metadata meta/v1.ObjectMeta; 2 spec core/v1.ResourceQuotaSpec; 3 status core/v1.ResourceQuotaStatus',
  'core/v1.ResourceQuotaSpec': '1 hard {Quantity}; 2 scopes []s; 3 scopeSelector core/v1.ScopeSelector',
  'core/v1.ResourceQuotaStatus': '1 hard {Quantity}; 2 used {Quantity}',
  'core/v1.ResourceRequirements': '1 limits {Quantity}; 2 requests {Quantity}; 3 claims []core/v1.ResourceClaim',
  'core/v1.ResourceStatus': '1 name s!; 2 resources []core/v1.ResourceHealth',
  'core/v1.SELinuxOptions': '1 user s; 2 role s; 3 type s; 4 level s',
  'core/v1.ScaleIOVolumeSource':
    '1 gateway s!; 2 system s!; 3 secretRef core/v1.LocalObjectReference; 4 sslEnabled b; 5 protectionDomain s; 6 storagePool s; 7 storageMode s; 8 volumeName s; 9 fsType s; 10 readOnly b',
  'core/v1.ScopeSelector': '1 matchExpressions []core/v1.ScopedResourceSelectorRequirement',
  'core/v1.ScopedResourceSelectorRequirement': '1 scopeName s!; 2 operator s!; 3 values []s',
  'core/v1.SeccompProfile': '1 type s!; 2 localhostProfile s!',
  'core/v1.Secret': '1 metadata meta/v1.ObjectMeta; 5 immutable b!; 2 data {bytes}; 4 stringData {s}; 3 type s',
  'core/v1.SecretEnvSource': '1 ... core/v1.LocalObjectReference; 2 optional b!',
  'core/v1.SecretKeySelector': '1 ... core/v1.LocalObjectReference; 2 key s!; 3 optional b!',
  'core/v1.SecretProjection': '1 ... core/v1.LocalObjectReference; 2 items []core/v1.KeyToPath; 4 optional b!',
  'core/v1.SecretVolumeSource': '1 secretName s; 2 items []core/v1.KeyToPath; 3 defaultMode i32!; 4 optional b!',
  'core/v1.SecurityContext':
    '1 capabilities core/v1.Capabilities; 2 privileged b!; 3 seLinuxOptions core/v1.SELinuxOptions; 10 windowsOptions core/v1.WindowsSecurityContextOptions; 4 runAsUser i64!; 8 runAsGroup i64!; 5 runAsNonRoot b!; 6 readOnlyRootFilesystem b!; 7 allowPrivilegeEscalation b!; 9 procMount s!; 11 seccompProfile core/v1.SeccompProfile; 12 appArmorProfile core/v1.AppArmorProfile',
  'core/v1.Service': '1 metadata meta/v1.ObjectMeta; 2 spec core/v1.ServiceSpec; 3 status core/v1.ServiceStatus',
  'core/v1.ServiceAccount':
    '1 metadata meta/v1.ObjectMeta; 2 secrets []core/v1.ObjectReference; 3 imagePullSecrets []core/v1.LocalObjectReference; 4 automountServiceAccountToken b!',
  'core/v1.ServiceAccountTokenProjection': '1 audience s; 2 expirationSeconds i64!; 3 path s!',
  'core/v1.ServicePort':
    '1 name s; 2 protocol s; 6 appProtocol s!; 3 port i32!; 4 targetPort IntOrString; 5 nodePort i32',
  'core/v1.ServiceSpec':
    '1 ports []core/v1.ServicePort; 2 selector {s}; 3 clusterIP s; 18 clusterIPs []s; 4 type s; 5 externalIPs []s; 7 sessionAffinity s; 8 loadBalancerIP s; 9 loadBalancerSourceRanges []s; 10 externalName s; 11 externalTrafficPolicy s; 12 healthCheckNodePort i32; 13 publishNotReadyAddresses b; 14 sessionAffinityConfig core/v1.SessionAffinityConfig; 19 ipFamilies []s; 17 ipFamilyPolicy s!; 20 allocateLoadBalancerNodePorts b!; 21 loadBalancerClass s!; 22 internalTrafficPolicy s!; 23 trafficDistribution s!',
  'core/v1.ServiceStatus': '1 loadBalancer core/v1.LoadBalancerStatus; 2 conditions []meta/v1.Condition',
  'core/v1.SessionAffinityConfig': '1 clientIP core/v1.ClientIPConfig',
  'core/v1.SleepAction': '1 seconds i64!',
  'core/v1.StorageOSVolumeSource':
    '1 volumeName s; 2 volumeNamespace s; 3 fsType s; 4 readOnly b; 5 secretRef core/v1.LocalObjectReference',
  'core/v1.Sysctl': '1 name s!; 2 value s!',
  'core/v1.TCPSocketAction': '1 port IntOrString; 2 host s',
  'core/v1.Toleration': '1 key s; 2 operator s; 3 value s; 4 effect s; 5 tolerationSeconds i64!',
  'core/v1.TopologySpreadConstraint':
    '1 maxSkew i32!; 2 topologyKey s!; 3 whenUnsatisfiable s!; 4 labelSelector meta/v1.LabelSelector; 5 minDomains i32!; 6 nodeAffinityPolicy s!; 7 nodeTaintsPolicy s!; 8 matchLabelKeys []s',
  'core/v1.TypedLocalObjectReference': '1 apiGroup s!; 2 kind s!; 3 name s!',
  'core/v1.TypedObjectReference': '1 apiGroup s!; 2 kind s!; 3 name s!; 4 namespace s!',
  'core/v1.Volume': '1 name s!; 2 ... core/v1.VolumeSource',
  'core/v1.VolumeDevice': '1 name s!; 2 devicePath s!',
  'core/v1.VolumeMount':
    '1 name s!; 2 readOnly b; 7 recursiveReadOnly s!; 3 mountPath s!; 4 subPath s; 5 mountPropagation s!; 6 subPathExpr s',
  'core/v1.VolumeMountStatus': '1 name s!; 2 mountPath s!; 3 readOnly b; 4 recursiveReadOnly s!',
  'core/v1.VolumeProjection':
    '1 secret core/v1.SecretProjection; 2 downwardAPI core/v1.DownwardAPIProjection; 3 configMap core/v1.ConfigMapProjection; 4 serviceAccountToken core/v1.ServiceAccountTokenProjection; 5 clusterTrustBundle core/v1.ClusterTrustBundleProjection',
  'core/v1.VolumeResourceRequirements': '1 limits {Quantity}; 2 requests {Quantity}',
  'core/v1.VolumeSource':
    '1 hostPath core/v1.HostPathVolumeSource; 2 emptyDir core/v1.EmptyDirVolumeSource; 3 gcePersistentDisk core/v1.GCEPersistentDiskVolumeSource; 4 awsElasticBlockStore core/v1.AWSElasticBlockStoreVolumeSource; 5 gitRepo core/v1.GitRepoVolumeSource; 6 secret core/v1.SecretVolumeSource; 7 nfs core/v1.NFSVolumeSource; 8 iscsi core/v1.ISCSIVolumeSource; 9 glusterfs core/v1.GlusterfsVolumeSource; 10 persistentVolumeClaim core/v1.PersistentVolumeClaimVolumeSource; 11 rbd core/v1.RBDVolumeSource; 12 flexVolume core/v1.FlexVolumeSource; 13 cinder core/v1.CinderVolumeSource; 14 cephfs core/v1.CephFSVolumeSource; 15 flocker core/v1.FlockerVolumeSource; 16 downwardAPI core/v1.DownwardAPIVolumeSource; 17 fc core/v1.FCVolumeSource; 18 azureFile core/v1.AzureFileVolumeSource; 19 configMap core/v1.ConfigMapVolumeSource; 20 vsphereVolume core/v1.VsphereVirtualDiskVolumeSource; 21 quobyte core/v1.QuobyteVolumeSource; 22 azureDisk core/v1.AzureDiskVolumeSource; 23 photonPersistentDisk core/v1.PhotonPersistentDiskVolumeSource; 26 projected core/v1.ProjectedVolumeSource; 24 portworxVolume core/v1.PortworxVolumeSource; 25 scaleIO core/v1.ScaleIOVolumeSource; 27 storageos core/v1.StorageOSVolumeSource; 28 csi core/v1.CSIVolumeSource; 29 ephemeral core/v1.EphemeralVolumeSource; 30 image core/v1.ImageVolumeSource',
  'core/v1.VsphereVirtualDiskVolumeSource': '1 volumePath s!; 2 fsType s; 3 storagePolicyName s; 4 storagePolicyID s',
  'core/v1.WeightedPodAffinityTerm': '1 weight i32!; 2 podAffinityTerm core/v1.PodAffinityTerm',
  'core/v1.WindowsSecurityContextOptions':
    '1 gmsaCredentialSpecName s!; 2 gmsaCredentialSpec s!; 3 runAsUserName s!; 4 hostProcess b!',
  'rbac/v1.AggregationRule': '1 clusterRoleSelectors []meta/v1.LabelSelector',
  'rbac/v1.ClusterRole':
    '1 metadata meta/v1.ObjectMeta; 2 rules []rbac/v1.PolicyRule; 3 aggregationRule rbac/v1.AggregationRule',
  'rbac/v1.ClusterRoleBinding':
    '1 metadata meta/v1.ObjectMeta; 2 subjects []rbac/v1.Subject; 3 roleRef rbac/v1.RoleRef',
  'rbac/v1.PolicyRule': '1 verbs []s; 2 apiGroups []s; 3 resources []s; 4 resourceNames []s; 5 nonResourceURLs []s',
  'rbac/v1.Role': '1 metadata meta/v1.ObjectMeta; 2 rules []rbac/v1.PolicyRule',
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
  'networking/v1.HTTPIngressRuleValue': '1 paths []networking/v1.HTTPIngressPath',
  'networking/v1.Ingress':
    '1 metadata meta/v1.ObjectMeta; 2 spec networking/v1.IngressSpec; 3 status networking/v1.IngressStatus',
  'networking/v1.IngressBackend':
    '4 service networking/v1.IngressServiceBackend; 3 resource core/v1.TypedLocalObjectReference',
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
  'networking/v1.ServiceBackendPort': '1 name s; 2 number i32',
  'authorization/v1.FieldSelectorAttributes': '1 rawSelector s; 2 requirements []meta/v1.FieldSelectorRequirement',
  'authorization/v1.LabelSelectorAttributes': '1 rawSelector s; 2 requirements []meta/v1.LabelSelectorRequirement',
  'authorization/v1.NonResourceAttributes': '1 path s; 2 verb s',
  'authorization/v1.NonResourceRule': '1 verbs []s; 2 nonResourceURLs []s',
  'authorization/v1.ResourceAttributes':
    '1 namespace s; 2 verb s; 3 group s; 4 version s; 5 resource s; 6 subresource s; 7 name s; 8 fieldSelector authorization/v1.FieldSelectorAttributes; 9 labelSelector authorization/v1.LabelSelectorAttributes',
  'authorization/v1.ResourceRule': '1 verbs []s; 2 apiGroups []s; 3 resources []s; 4 resourceNames []s',
  'authorization/v1.SelfSubjectAccessReview':
    '1 metadata meta/v1.ObjectMeta; 2 spec authorization/v1.SelfSubjectAccessReviewSpec; 3 status authorization/v1.SubjectAccessReviewStatus',
  'authorization/v1.SelfSubjectAccessReviewSpec':
    '1 resourceAttributes authorization/v1.ResourceAttributes; 2 nonResourceAttributes authorization/v1.NonResourceAttributes',
  'authorization/v1.SelfSubjectRulesReview':
    '1 metadata meta/v1.ObjectMeta; 2 spec authorization/v1.SelfSubjectRulesReviewSpec; 3 status authorization/v1.SubjectRulesReviewStatus',
  'authorization/v1.SelfSubjectRulesReviewSpec': '1 namespace s',
  'authorization/v1.SubjectAccessReviewStatus': '1 allowed b!; 4 denied b; 2 reason s; 3 evaluationError s',
  'authorization/v1.SubjectRulesReviewStatus':
    '1 resourceRules []authorization/v1.ResourceRule; 2 nonResourceRules []authorization/v1.NonResourceRule; 3 incomplete b!; 4 evaluationError s',
  'authentication/v1.BoundObjectReference': '1 kind s; 2 apiVersion s; 3 name s; 4 uid s',
  'authentication/v1.SelfSubjectReview':
    '1 metadata meta/v1.ObjectMeta; 2 status authentication/v1.SelfSubjectReviewStatus',
  'authentication/v1.SelfSubjectReviewStatus': '1 userInfo authentication/v1.UserInfo',
  'authentication/v1.TokenRequest':
    '1 metadata meta/v1.ObjectMeta; 2 spec authentication/v1.TokenRequestSpec; 3 status authentication/v1.TokenRequestStatus',
  'authentication/v1.TokenRequestSpec':
    '1 audiences []s; 4 expirationSeconds i64!; 3 boundObjectRef authentication/v1.BoundObjectReference',
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
    '1 observedGeneration i64!; 2 lastScaleTime Time; 3 currentReplicas i32; 4 desiredReplicas i32!; 5 currentMetrics []autoscaling/v2.MetricStatus; 6 conditions []autoscaling/v2.HorizontalPodAutoscalerCondition',
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
