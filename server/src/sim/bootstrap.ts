/**
 * The objects a fresh `minikube start` leaves in the cluster: system namespaces, the node(s), the
 * control-plane static pods, CoreDNS, kube-proxy, the storage provisioner, the `kubernetes` and
 * `kube-dns` services, the default StorageClass and the default RBAC roles. They are written
 * directly in their settled state (as if the controllers had already run), so a new cluster is
 * ready at once and costs little.
 */
import { klona } from 'klona/json';
import type { DaemonSet, Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod, PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1';
import { memoize } from '../lib/freeze.js';
import { Rng } from '../lib/rng.js';
import { templateHash } from './controllers/hash.js';
import { defaultPodSpec } from './kinds/podSpec.js';
import {
  BOOTSTRAP_FLOW_SCHEMAS,
  BOOTSTRAP_PRIORITY_LEVELS,
  FLOW_SCHEMAS,
  PRIORITY_LEVELS,
  bootstrapObject,
  danglingCondition,
  type Bootstrap,
} from './kinds/flowcontrolBootstrap.js';
import { SYSTEM_PRIORITY_CLASSES } from './kinds/priorityClass.js';
import { buildNode, nodeIP, nodeName } from './nodes.js';
import { runningStatus } from './podStatus.js';
import { defaultClusterRoles } from './rbacDefaults.js';
import type { Store } from './store.js';
import type { Stored, Writable } from './types.js';
import { COREDNS_IMAGE, ETCD_IMAGE, STORAGE_PROVISIONER_IMAGE } from './version.js';

export interface BootstrapOptions {
  profile: string;
  nodes: number;
  kubernetesVersion: string;
  /** Virtual time the cluster started at (ms). */
  startedAt: number;
}

interface Ctx {
  store: Store;
  rng: Rng;
  ts: (ms: number) => string;
  opts: BootstrapOptions;
}

interface Workload {
  labels: Record<string, string>;
  /** The defaulted template spec, as the Deployment or DaemonSet holds it. */
  templateSpec: PodSpec;
  /** The same, defaulted as a pod (tolerations, service account…). */
  podSpec: PodSpec;
  hash: string;
}

/** What the Priority admission plugin gives a system pod: its class's value. */
function withSystemPriority(spec: PodSpec): void {
  const cls = SYSTEM_PRIORITY_CLASSES.find((c) => c.name === spec.priorityClassName);
  if (cls) spec.priority = cls.value;
}

/**
 * Everything about the system workloads that does not depend on the seed, computed once per
 * Kubernetes version and shared (deep-frozen) by every cluster: a fresh cluster then costs little.
 */
const systemTemplates = memoize((version: string) => {
  const workload = (labels: Record<string, string>, spec: PodSpec): Workload => {
    defaultPodSpec(spec, { forTemplate: true });
    const podSpec = klona(spec);
    withSystemPriority(podSpec);
    defaultPodSpec(podSpec, { forTemplate: false });
    return { labels, templateSpec: spec, podSpec, hash: templateHash({ metadata: { labels }, spec }) };
  };
  const staticPod = (component: string): PodSpec => {
    const requests: Record<string, Record<string, string>> = {
      etcd: { cpu: '100m', memory: '100Mi' },
      'kube-apiserver': { cpu: '250m' },
      'kube-controller-manager': { cpu: '200m' },
      'kube-scheduler': { cpu: '100m' },
    };
    const image = component === 'etcd' ? ETCD_IMAGE : `registry.k8s.io/${component}:${version}`;
    const spec: PodSpec = {
      containers: [
        { name: component, image, command: [component], resources: { requests: requests[component] ?? {} } },
      ],
      hostNetwork: true,
      priorityClassName: 'system-node-critical',
      // As kubeadm's static pods: they stay on their node whatever its taints (a stopped node keeps etcd).
      tolerations: [{ effect: 'NoExecute', operator: 'Exists' }],
    };
    withSystemPriority(spec);
    defaultPodSpec(spec, { forTemplate: false });
    return spec;
  };
  const provisioner: PodSpec = {
    containers: [{ name: 'storage-provisioner', image: STORAGE_PROVISIONER_IMAGE, command: ['/storage-provisioner'] }],
    hostNetwork: true,
    serviceAccountName: 'storage-provisioner',
  };
  defaultPodSpec(provisioner, { forTemplate: false });
  return {
    coredns: workload(
      { 'k8s-app': 'kube-dns' },
      {
        containers: [
          {
            name: 'coredns',
            image: COREDNS_IMAGE,
            args: ['-conf', '/etc/coredns/Corefile'],
            ports: [
              { containerPort: 53, name: 'dns', protocol: 'UDP' },
              { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
              { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
            ],
            resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
          },
        ],
        priorityClassName: 'system-cluster-critical',
        serviceAccountName: 'coredns',
        serviceAccount: 'coredns',
      },
    ),
    kubeProxy: workload(
      { 'k8s-app': 'kube-proxy' },
      {
        containers: [
          {
            name: 'kube-proxy',
            image: `registry.k8s.io/kube-proxy:${version}`,
            command: [
              '/usr/local/bin/kube-proxy',
              '--config=/var/lib/kube-proxy/config.conf',
              '--hostname-override=$(NODE_NAME)',
            ],
          },
        ],
        hostNetwork: true,
        priorityClassName: 'system-node-critical',
        serviceAccountName: 'kube-proxy',
        serviceAccount: 'kube-proxy',
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        tolerations: [{ operator: 'Exists' }],
      },
    ),
    staticPods: Object.fromEntries(
      ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((c) => [c, staticPod(c)]),
    ),
    provisioner,
    clusterRoles: defaultClusterRoles(),
  };
});

export const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'] as const;

export function bootstrap(store: Store, rng: Rng, ts: (ms: number) => string, opts: BootstrapOptions): void {
  const stamps = new Map<number, string>();
  const cachedTs = (ms: number) => {
    let t = stamps.get(ms);
    if (t === undefined) {
      t = ts(ms);
      stamps.set(ms, t);
    }
    return t;
  };
  const ctx: Ctx = { store, rng, ts: cachedTs, opts };
  const t0 = opts.startedAt;
  const templates = systemTemplates(opts.kubernetesVersion);
  for (const ns of SYSTEM_NAMESPACES) putNamespace(ctx, ns, t0);
  for (let i = 0; i < opts.nodes; i++) addNodeObjects(ctx, i, t0);
  const cp = nodeName(opts.profile, 0);
  // Object.assign: spreading a frozen template into a literal is V8's slow path.
  for (const role of templates.clusterRoles) {
    put(
      ctx,
      'clusterroles.rbac.authorization.k8s.io',
      Object.assign({}, role, { metadata: meta(ctx, role.metadata.name, undefined, t0, role.metadata) }),
    );
  }
  // Fixed uids: drawing them would shift every name the seeded generator gives afterwards.
  SYSTEM_PRIORITY_CLASSES.forEach((pc, i) =>
    put(ctx, 'priorityclasses.scheduling.k8s.io', {
      apiVersion: 'scheduling.k8s.io/v1',
      kind: 'PriorityClass',
      metadata: {
        name: pc.name,
        uid: `00000000-0000-4000-8000-00000000000${i + 1}`,
        resourceVersion: '',
        creationTimestamp: ctx.ts(t0),
        generation: 1,
      },
      value: pc.value,
      description: pc.description,
      preemptionPolicy: 'PreemptLowerPriority',
    }),
  );
  putFlowControl(ctx, t0);
  put(ctx, 'clusterrolebindings.rbac.authorization.k8s.io', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: meta(ctx, 'cluster-admin', undefined, t0, {
      labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' },
      annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' },
    }),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:masters' }],
  });
  put(ctx, 'clusterrolebindings.rbac.authorization.k8s.io', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: meta(ctx, 'minikube-rbac', undefined, t0 + 2000),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
    subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: 'kube-system' }],
  });
  put(ctx, 'storageclasses.storage.k8s.io', {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: meta(ctx, 'standard', undefined, t0 + 3000, {
      labels: { 'addonmanager.kubernetes.io/mode': 'EnsureExists' },
      annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
    }),
    provisioner: 'k8s.io/minikube-hostpath',
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'Immediate',
  });
  put(ctx, 'services', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(ctx, 'kubernetes', 'default', t0, { labels: { component: 'apiserver', provider: 'kubernetes' } }),
    spec: {
      clusterIP: '10.96.0.1',
      clusterIPs: ['10.96.0.1'],
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 8443 }],
      sessionAffinity: 'None',
      type: 'ClusterIP',
    },
    status: { loadBalancer: {} },
  });
  put(ctx, 'endpoints', {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: meta(ctx, 'kubernetes', 'default', t0, { labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } }),
    subsets: [{ addresses: [{ ip: nodeIP(0) }], ports: [{ name: 'https', port: 8443, protocol: 'TCP' }] }],
  });
  for (const [component, spec] of Object.entries(templates.staticPods)) staticPod(ctx, component, spec, cp, t0);
  coreDns(ctx, templates.coredns, t0 + 6000);
  kubeProxy(ctx, templates.kubeProxy, t0 + 6000);
  storageProvisioner(ctx, templates.provisioner, cp, t0 + 2000);
}

/** A worker joining later (`minikube node add`) gets its node object and a kube-proxy pod. */
export function addNodeObjects(ctx: Ctx, index: number, at: number): void {
  put(
    ctx,
    'nodes',
    buildNode({
      profile: ctx.opts.profile,
      index,
      at: ctx.ts(at),
      kubernetesVersion: ctx.opts.kubernetesVersion,
      rng: ctx.rng,
    }),
  );
  const name = nodeName(ctx.opts.profile, index);
  put(ctx, 'leases.coordination.k8s.io', {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: meta(ctx, name, 'kube-node-lease', at),
    spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime: `${ctx.ts(at).replace('Z', '')}.000000Z` },
  });
}

function putNamespace(ctx: Ctx, name: string, at: number): void {
  put(ctx, 'namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: meta(ctx, name, undefined, at, { labels: { 'kubernetes.io/metadata.name': name } }),
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  });
  put(ctx, 'serviceaccounts', {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: meta(ctx, 'default', name, at + 5000),
  });
  put(ctx, 'configmaps', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: meta(ctx, 'kube-root-ca.crt', name, at + 5000, {
      annotations: {
        'kubernetes.io/description':
          'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.',
      },
    }),
    data: {
      'ca.crt':
        '-----BEGIN CERTIFICATE-----\nMIIDBjCCAe6gAwIBAgIBATANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwptaW5p\na3ViZUNBMB4XDTI0MDEwMTAwMDAwMFoXDTM0MDEwMTAwMDAwMFowFTETMBEGA1UE\nAxMKbWluaWt1YmVDQTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAK1s\n-----END CERTIFICATE-----\n',
    },
  });
}

function staticPod(ctx: Ctx, component: string, spec: PodSpec, node: string, at: number): void {
  const nodeUid = ctx.store.get('nodes', undefined, node)?.metadata.uid ?? '';
  const owner: OwnerReference = { apiVersion: 'v1', kind: 'Node', name: node, uid: nodeUid, controller: true };
  runningPod(ctx, {
    name: `${component}-${node}`,
    namespace: 'kube-system',
    at,
    labels: { component, tier: 'control-plane' },
    owner,
    node,
    spec,
  });
}

function coreDns(ctx: Ctx, w: Workload, at: number): void {
  const { labels, hash } = w;
  const template = { metadata: { labels }, spec: w.templateSpec };
  const deploy = put<Deployment>(ctx, 'deployments.apps', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(ctx, 'coredns', 'kube-system', at - 2000, {
      labels,
      generation: 1,
      annotations: { 'deployment.kubernetes.io/revision': '1' },
    }),
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    },
    status: {
      observedGeneration: 1,
      replicas: 1,
      updatedReplicas: 1,
      readyReplicas: 1,
      availableReplicas: 1,
      conditions: [
        {
          type: 'Available',
          status: 'True',
          reason: 'MinimumReplicasAvailable',
          message: 'Deployment has minimum availability.',
          lastUpdateTime: ctx.ts(at + 10000),
          lastTransitionTime: ctx.ts(at + 10000),
        },
        {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          message: `ReplicaSet "coredns-${hash}" has successfully progressed.`,
          lastUpdateTime: ctx.ts(at + 10000),
          lastTransitionTime: ctx.ts(at),
        },
      ],
    },
  });
  const rsLabels = { ...labels, 'pod-template-hash': hash };
  const rs = put<ReplicaSet>(ctx, 'replicasets.apps', {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: meta(ctx, `coredns-${hash}`, 'kube-system', at, {
      labels: rsLabels,
      generation: 1,
      annotations: {
        'deployment.kubernetes.io/desired-replicas': '1',
        'deployment.kubernetes.io/max-replicas': '2',
        'deployment.kubernetes.io/revision': '1',
      },
      ownerReferences: [ownerRef(deploy, true)],
    }),
    spec: {
      replicas: 1,
      selector: { matchLabels: rsLabels },
      template: { metadata: { labels: rsLabels }, spec: w.templateSpec },
    },
    status: { replicas: 1, fullyLabeledReplicas: 1, readyReplicas: 1, availableReplicas: 1, observedGeneration: 1 },
  });
  runningPod(ctx, {
    name: `coredns-${hash}-${ctx.rng.nameSuffix()}`,
    namespace: 'kube-system',
    at,
    labels: rsLabels,
    owner: ownerRef(rs, true),
    node: nodeName(ctx.opts.profile, 0),
    podIP: '10.244.0.2',
    spec: w.podSpec,
  });
  put(ctx, 'serviceaccounts', {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: meta(ctx, 'coredns', 'kube-system', at - 2000),
  });
  put(ctx, 'configmaps', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: meta(ctx, 'coredns', 'kube-system', at - 2000),
    data: {
      Corefile:
        '.:53 {\n    log\n    errors\n    health {\n       lameduck 5s\n    }\n    ready\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n       pods insecure\n       fallthrough in-addr.arpa ip6.arpa\n       ttl 30\n    }\n    prometheus :9153\n    hosts {\n       192.168.49.1 host.minikube.internal\n       fallthrough\n    }\n    forward . /etc/resolv.conf {\n       max_concurrent 1000\n    }\n    cache 30\n    loop\n    reload\n    loadbalance\n}\n',
    },
  });
  put(ctx, 'services', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(ctx, 'kube-dns', 'kube-system', at - 2000, {
      labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
    }),
    spec: {
      clusterIP: '10.96.0.10',
      clusterIPs: ['10.96.0.10'],
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
      selector: labels,
      sessionAffinity: 'None',
      type: 'ClusterIP',
    },
    status: { loadBalancer: {} },
  });
}

function kubeProxy(ctx: Ctx, w: Workload, at: number): void {
  const { labels, hash } = w;
  const template = { metadata: { labels }, spec: w.templateSpec };
  const n = ctx.opts.nodes;
  const ds = put<DaemonSet>(ctx, 'daemonsets.apps', {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: meta(ctx, 'kube-proxy', 'kube-system', at - 2000, {
      labels,
      generation: 1,
      annotations: { 'deprecated.daemonset.template.generation': '1' },
    }),
    spec: {
      selector: { matchLabels: labels },
      template,
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } },
      revisionHistoryLimit: 10,
    },
    status: {
      currentNumberScheduled: n,
      desiredNumberScheduled: n,
      numberAvailable: n,
      numberMisscheduled: 0,
      numberReady: n,
      observedGeneration: 1,
      updatedNumberScheduled: n,
    },
  });
  put(ctx, 'serviceaccounts', {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: meta(ctx, 'kube-proxy', 'kube-system', at - 2000),
  });
  for (let i = 0; i < n; i++) {
    const node = nodeName(ctx.opts.profile, i);
    runningPod(ctx, {
      name: `kube-proxy-${ctx.rng.nameSuffix()}`,
      namespace: 'kube-system',
      at,
      labels: { ...labels, 'controller-revision-hash': hash, 'pod-template-generation': '1' },
      owner: ownerRef(ds, true),
      node,
      podIP: nodeIP(i),
      hostIP: nodeIP(i),
      spec: w.podSpec,
    });
  }
}

function storageProvisioner(ctx: Ctx, spec: PodSpec, node: string, at: number): void {
  runningPod(ctx, {
    name: 'storage-provisioner',
    namespace: 'kube-system',
    at,
    labels: { 'addonmanager.kubernetes.io/mode': 'Reconcile', 'integration-test': 'storage-provisioner' },
    node,
    hostIP: nodeIP(0),
    spec,
  });
  put(ctx, 'serviceaccounts', {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: meta(ctx, 'storage-provisioner', 'kube-system', at - 1000),
  });
}

interface PodOptions {
  name: string;
  namespace: string;
  at: number;
  labels: Record<string, string>;
  owner?: OwnerReference;
  node: string;
  podIP?: string;
  hostIP?: string;
  /** Defaulted, shared and frozen: only `nodeName` differs per pod. */
  spec: PodSpec;
}

function runningPod(ctx: Ctx, o: PodOptions): void {
  // Object.assign and a status set afterwards: on Node 20 an object literal that starts with a spread
  // and adds keys takes V8's slow path (microseconds, and a hidden class per object).
  const spec: PodSpec = Object.assign({}, o.spec, { nodeName: o.node });
  const hostIP = o.hostIP ?? nodeIP(0);
  const pod: Writable<Pod> = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta(ctx, o.name, o.namespace, o.at, {
      labels: o.labels,
      ...(o.owner ? { ownerReferences: [o.owner] } : {}),
    }),
    spec,
  };
  const running = runningStatus(pod, { at: ctx.ts(o.at + 4000), hostIP, podIP: o.podIP ?? hostIP, rng: ctx.rng });
  running.qosClass = spec.containers.some((c) => c.resources?.requests) ? 'Burstable' : 'BestEffort';
  pod.status = running;
  put(ctx, 'pods', pod);
}

/**
 * The API Priority and Fairness objects, as the API server's ensurer leaves them a second after start, the config
 * controller having marked each FlowSchema's level as found. Their uids come from a generator of their own: drawing
 * them from the cluster's would shift every name it gives afterwards.
 */
function putFlowControl(ctx: Ctx, t0: number): void {
  const uids = Rng.fromSeed(t0 ^ 0x0af5);
  const at = ctx.ts(t0 + 1000);
  const object = (kind: 'FlowSchema' | 'PriorityLevelConfiguration', b: Bootstrap<object>) => {
    const o = bootstrapObject(kind, b);
    return {
      ...o,
      metadata: { ...o.metadata, uid: uids.uuid(), resourceVersion: '', creationTimestamp: at, generation: 1 },
    };
  };
  for (const b of BOOTSTRAP_PRIORITY_LEVELS)
    put(ctx, PRIORITY_LEVELS, { ...object('PriorityLevelConfiguration', b), status: {} });
  for (const b of BOOTSTRAP_FLOW_SCHEMAS) {
    const level = b.spec.priorityLevelConfiguration.name;
    const found = BOOTSTRAP_PRIORITY_LEVELS.some((l) => l.name === level);
    put(ctx, FLOW_SCHEMAS, {
      ...object('FlowSchema', b),
      status: { conditions: [danglingCondition(level, found, at)] },
    });
  }
}

/** Built field by field (not by spreading): a fresh cluster makes about fifty of these. */
function meta(
  ctx: Ctx,
  name: string,
  namespace: string | undefined,
  at: number,
  extra?: ObjectMeta,
): Stored['metadata'] {
  const m: Writable<Stored['metadata']> = {
    name,
    uid: ctx.rng.uuid(),
    resourceVersion: '',
    creationTimestamp: ctx.ts(at),
  };
  if (namespace) m.namespace = namespace;
  if (extra?.labels) m.labels = extra.labels;
  if (extra?.annotations) m.annotations = extra.annotations;
  if (extra?.generation !== undefined) m.generation = extra.generation;
  if (extra?.ownerReferences) m.ownerReferences = extra.ownerReferences;
  return m;
}

function ownerRef(owner: Stored, controller: boolean): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller,
    blockOwnerDeletion: true,
  };
}

/** Every object here is built fresh for this cluster, so the store may keep it without a copy. */
function put<T extends object>(ctx: Ctx, resource: string, obj: object): Stored<T> {
  return ctx.store.adopt(resource, obj as Stored) as unknown as Stored<T>;
}
