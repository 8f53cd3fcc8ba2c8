/**
 * Node objects as minikube registers them: `minikube` (the control plane) and workers `minikube-m02`,
 * `minikube-m03`…, with a realistic capacity, addresses and nodeInfo.
 */
import type { Node, NodeCondition } from 'kubernetes-types/core/v1';
import type { Rng } from '../lib/rng.js';
import type { Stored } from './types.js';
import {
  CONTAINER_RUNTIME_VERSION,
  KERNEL_VERSION,
  MINIKUBE_COMMIT,
  MINIKUBE_VERSION,
  NODE_SUBNET,
  OS_IMAGE,
  POD_CIDR_PREFIX,
} from './version.js';

export interface NodeShape {
  cpu: string;
  memory: string;
  pods: string;
}

/** minikube's defaults with the docker driver: 2 CPUs and about 3.7 GiB. */
export const DEFAULT_NODE_SHAPE: NodeShape = { cpu: '2', memory: '3912872Ki', pods: '110' };

/** `minikube`, `minikube-m02`, … for index 0, 1, … */
export function nodeName(profile: string, index: number): string {
  return index === 0 ? profile : `${profile}-m${String(index + 1).padStart(2, '0')}`;
}

export const nodeIP = (index: number) => `${NODE_SUBNET}${index + 2}`;

export const podCidr = (index: number) => `${POD_CIDR_PREFIX}${index}.0/24`;

export function nodeConditions(at: string, ready: boolean, heartbeat: string = at): NodeCondition[] {
  const c = (type: string, status: string, reason: string, message: string): NodeCondition => ({
    type,
    status,
    reason,
    message,
    lastHeartbeatTime: heartbeat,
    lastTransitionTime: at,
  });
  if (!ready) {
    const unknown = (type: string) => c(type, 'Unknown', 'NodeStatusUnknown', 'Kubelet stopped posting node status.');
    return [unknown('MemoryPressure'), unknown('DiskPressure'), unknown('PIDPressure'), unknown('Ready')];
  }
  return [
    c('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
    c('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
    c('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
    c('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
  ];
}

export function buildNode(opts: {
  profile: string;
  index: number;
  at: string;
  kubernetesVersion: string;
  rng: Rng;
  shape?: NodeShape;
}): Stored<Node> {
  const name = nodeName(opts.profile, opts.index);
  const shape = opts.shape ?? DEFAULT_NODE_SHAPE;
  const controlPlane = opts.index === 0;
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
    'minikube.k8s.io/commit': MINIKUBE_COMMIT,
    'minikube.k8s.io/name': opts.profile,
    'minikube.k8s.io/primary': controlPlane ? 'true' : 'false',
    'minikube.k8s.io/updated_at': opts.at.replace(/[-:]/g, '_').replace('Z', '_0700'),
    'minikube.k8s.io/version': MINIKUBE_VERSION,
  };
  if (controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  const hex = () => opts.rng.nextUint32().toString(16).padStart(8, '0');
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      uid: opts.rng.uuid(),
      resourceVersion: '',
      creationTimestamp: opts.at,
      labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/cri-dockerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: { podCIDR: podCidr(opts.index), podCIDRs: [podCidr(opts.index)] },
    status: {
      addresses: [
        { type: 'InternalIP', address: nodeIP(opts.index) },
        { type: 'Hostname', address: name },
      ],
      allocatable: {
        cpu: shape.cpu,
        'ephemeral-storage': '61202244Ki',
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: shape.memory,
        pods: shape.pods,
      },
      capacity: {
        cpu: shape.cpu,
        'ephemeral-storage': '61202244Ki',
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: shape.memory,
        pods: shape.pods,
      },
      conditions: nodeConditions(opts.at, true),
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: opts.rng.uuid(),
        containerRuntimeVersion: CONTAINER_RUNTIME_VERSION,
        kernelVersion: KERNEL_VERSION,
        kubeProxyVersion: opts.kubernetesVersion,
        kubeletVersion: opts.kubernetesVersion,
        machineID: hex() + hex() + hex() + hex(),
        operatingSystem: 'linux',
        osImage: OS_IMAGE,
        systemUUID: opts.rng.uuid(),
      },
    },
  };
}
