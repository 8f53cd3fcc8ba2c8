/** The versions the simulated cluster reports, in one place. */
export const KUBERNETES_VERSION = 'v1.32.0';
export const MINIKUBE_VERSION = 'v1.35.0';
export const MINIKUBE_COMMIT = 'dd5d320e41b5451cdf3c01891bc4e13d189586ed-dirty';
export const CONTAINER_RUNTIME_VERSION = 'docker://27.4.1';
export const OS_IMAGE = 'Ubuntu 22.04.5 LTS';
export const KERNEL_VERSION = '6.8.0-49-generic';
export const ETCD_IMAGE = 'registry.k8s.io/etcd:3.5.16-0';
export const COREDNS_IMAGE = 'registry.k8s.io/coredns/coredns:v1.11.3';
export const PAUSE_IMAGE = 'registry.k8s.io/pause:3.10';
export const STORAGE_PROVISIONER_IMAGE = 'gcr.io/k8s-minikube/storage-provisioner:v5';
/** minikube's docker-driver network: the first node is .2. */
export const NODE_SUBNET = '192.168.49.';
export const SERVICE_CIDR = '10.96.0.0/12';
export const POD_CIDR_PREFIX = '10.244.';

/** `/version` (version.Info) for a cluster at `gitVersion`: what `kubectl version` prints as the server's. */
export function versionInfo(gitVersion: string) {
  const [major = '1', minor = '32'] = gitVersion.replace(/^v/, '').split('.');
  return {
    major,
    minor,
    gitVersion,
    gitCommit: '70d3cc986aa8221cd1dfb1121852688902d3bf53',
    gitTreeState: 'clean',
    buildDate: '2024-12-11T17:59:15Z',
    goVersion: 'go1.23.3',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}
