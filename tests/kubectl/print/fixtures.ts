/** Realistic API objects for the printer tests, shaped as the API server returns them. */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { ContainerStatus, Node, Pod, Service } from 'kubernetes-types/core/v1';

/** The fixed "now" of every test: 2024-05-01T12:00:00Z. */
export const NOW = Date.parse('2024-05-01T12:00:00Z');

/** An RFC 3339 timestamp `seconds` before NOW. */
export function ago(seconds: number): string {
  return new Date(NOW - seconds * 1000).toISOString().replace('.000Z', 'Z');
}

export function runningStatus(name: string, opts: { restarts?: number; lastFinished?: string } = {}): ContainerStatus {
  return {
    name,
    ready: true,
    started: true,
    restartCount: opts.restarts ?? 0,
    image: 'docker.io/library/nginx:1.25',
    imageID: 'docker-pullable://nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31',
    containerID: 'docker://5b1b9d0e7d8e',
    state: { running: { startedAt: ago(280) } },
    lastState: opts.lastFinished ? { terminated: { exitCode: 1, reason: 'Error', finishedAt: opts.lastFinished } } : {},
  };
}

export function pod(
  name: string,
  patch: { spec?: Partial<Pod['spec']>; status?: Pod['status']; metadata?: Pod['metadata'] } = {},
): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      creationTimestamp: ago(300),
      labels: { app: 'web' },
      ...patch.metadata,
    },
    spec: {
      containers: [{ name: 'nginx', image: 'nginx:1.25' }],
      nodeName: 'minikube',
      ...patch.spec,
    },
    status: patch.status ?? {
      phase: 'Running',
      podIP: '10.244.0.5',
      podIPs: [{ ip: '10.244.0.5' }],
      hostIP: '192.168.49.2',
      conditions: [
        { type: 'Initialized', status: 'True' },
        { type: 'Ready', status: 'True' },
        { type: 'ContainersReady', status: 'True' },
        { type: 'PodScheduled', status: 'True' },
      ],
      containerStatuses: [runningStatus('nginx')],
    },
  };
}

export function deployment(name: string, replicas: number, status: NonNullable<Deployment['status']>): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      creationTimestamp: ago(18),
      generation: 1,
      labels: { app: name },
    },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80, protocol: 'TCP' }] }],
        },
      },
    },
    status,
  };
}

export function replicaSet(name: string, desired: number, current: number, ready: number): ReplicaSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: ago(18), labels: { app: 'nginx' } },
    spec: {
      replicas: desired,
      selector: { matchLabels: { app: 'nginx', 'pod-template-hash': name.split('-').pop()! } },
      template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2' }] } },
    },
    status: { replicas: current, readyReplicas: ready, availableReplicas: ready },
  };
}

export function service(
  name: string,
  spec: NonNullable<Service['spec']>,
  status: NonNullable<Service['status']> = {},
): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: ago(3 * 86400) },
    spec,
    status,
  };
}

export function node(
  name: string,
  patch: { ready?: 'True' | 'False' | 'Unknown'; unschedulable?: boolean; labels?: Record<string, string> } = {},
): Node {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      uid: `uid-${name}`,
      creationTimestamp: ago(600),
      labels: patch.labels ?? {
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'node-role.kubernetes.io/control-plane': '',
      },
    },
    spec: {
      podCIDR: '10.244.0.0/24',
      podCIDRs: ['10.244.0.0/24'],
      ...(patch.unschedulable ? { unschedulable: true } : {}),
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: '192.168.49.2' },
        { type: 'Hostname', address: name },
      ],
      capacity: { cpu: '2', 'ephemeral-storage': '61202244Ki', 'hugepages-2Mi': '0', memory: '3912972Ki', pods: '110' },
      allocatable: {
        cpu: '2',
        'ephemeral-storage': '61202244Ki',
        'hugepages-2Mi': '0',
        memory: '3912972Ki',
        pods: '110',
      },
      conditions: [
        {
          type: 'Ready',
          status: patch.ready ?? 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
          lastHeartbeatTime: ago(60),
          lastTransitionTime: ago(600),
        },
      ],
      nodeInfo: {
        architecture: 'amd64',
        bootID: 'b1',
        containerRuntimeVersion: 'docker://27.4.1',
        kernelVersion: '5.15.0-1057-azure',
        kubeProxyVersion: 'v1.32.0',
        kubeletVersion: 'v1.32.0',
        machineID: 'm1',
        operatingSystem: 'linux',
        osImage: 'Ubuntu 22.04.5 LTS',
        systemUUID: 's1',
      },
    },
  };
}
