/** The addons minikube v1.35 knows, with their maintainers and the images `enable` reports. */
import { boxTable } from './table.js';

export interface Addon {
  readonly name: string;
  readonly maintainer: string;
  readonly images: readonly string[];
}

const a = (name: string, maintainer: string, images: readonly string[] = []): Addon => ({ name, maintainer, images });

export const ADDONS: readonly Addon[] = [
  a('ambassador', '3rd party (Ambassador)'),
  a('amd-gpu-device-plugin', '3rd party (AMD)'),
  a('auto-pause', 'minikube'),
  a('cloud-spanner', 'Google'),
  a('csi-hostpath-driver', 'Kubernetes'),
  a('dashboard', 'Kubernetes', [
    'docker.io/kubernetesui/dashboard:v2.7.0',
    'docker.io/kubernetesui/metrics-scraper:v1.0.8',
  ]),
  a('default-storageclass', 'Kubernetes'),
  a('efk', '3rd party (Elastic)'),
  a('freshpod', 'Google'),
  a('gcp-auth', 'Google'),
  a('gvisor', 'minikube'),
  a('headlamp', '3rd party (kinvolk.io)'),
  a('inaccel', '3rd party (InAccel [info@inaccel.com])'),
  a('ingress', 'Kubernetes', [
    'registry.k8s.io/ingress-nginx/controller:v1.11.3',
    'registry.k8s.io/ingress-nginx/kube-webhook-certgen:v1.4.4',
    'registry.k8s.io/ingress-nginx/kube-webhook-certgen:v1.4.4',
  ]),
  a('ingress-dns', 'minikube', ['gcr.io/k8s-minikube/minikube-ingress-dns:0.0.3']),
  a('inspektor-gadget', '3rd party (inspektor-gadget.io)'),
  a('istio', '3rd party (Istio)'),
  a('istio-provisioner', '3rd party (Istio)'),
  a('kong', '3rd party (Kong HQ)'),
  a('kubeflow', '3rd party'),
  a('kubevirt', '3rd party (KubeVirt)'),
  a('logviewer', '3rd party (unknown)'),
  a('metallb', '3rd party (MetalLB)'),
  a('metrics-server', 'Kubernetes', ['registry.k8s.io/metrics-server/metrics-server:v0.7.2']),
  a('nvidia-device-plugin', '3rd party (NVIDIA)'),
  a('nvidia-driver-installer', '3rd party (NVIDIA)'),
  a('nvidia-gpu-device-plugin', '3rd party (NVIDIA)'),
  a('olm', '3rd party (Operator Framework)'),
  a('pod-security-policy', '3rd party (unknown)'),
  a('portainer', '3rd party (Portainer.io)'),
  a('registry', 'minikube', ['docker.io/registry:2.8.3', 'gcr.io/k8s-minikube/kube-registry-proxy:0.0.8']),
  a('registry-aliases', '3rd party (unknown)'),
  a('registry-creds', '3rd party (UPMC Enterprises)'),
  a('storage-provisioner', 'minikube'),
  a('storage-provisioner-gluster', '3rd party (Gluster)'),
  a('storage-provisioner-rancher', '3rd party (Rancher)'),
  a('volcano', 'third-party (volcano)'),
  a('volumesnapshots', 'Kubernetes'),
  a('yakd', '3rd party (marcnuri.com)'),
];

export function addonsTable(profile: string, enabled: readonly string[]): string {
  const rows = ADDONS.map((x) => [x.name, profile, enabled.includes(x.name) ? 'enabled ✅' : 'disabled', x.maintainer]);
  return boxTable(['ADDON NAME', 'PROFILE', 'STATUS', 'MAINTAINER'], rows);
}

/** What `minikube addons enable NAME` prints before `🌟  The 'NAME' addon is enabled`. */
export function addonEnableLines(name: string): string[] {
  const addon = ADDONS.find((x) => x.name === name);
  if (!addon) return [];
  const maintainer = addon.maintainer.replace(/^3rd party \((.*)\)$/, '$1');
  const lines = [
    addon.maintainer.startsWith('3rd party') || addon.maintainer.startsWith('third-party')
      ? `❗  ${name} is a 3rd party addon and is not maintained or verified by minikube maintainers, enable at your own risk.\n❗  ${name} does not currently have an associated maintainer.\n`
      : `💡  ${name} is an addon maintained by ${maintainer}. For any concerns contact minikube on GitHub.\nYou can view the list of minikube maintainers at: https://github.com/kubernetes/minikube/blob/master/OWNERS\n`,
  ];
  for (const image of addon.images) lines.push(`    ▪ Using image ${image}\n`);
  if (name === 'ingress') lines.push('🔎  Verifying ingress addon...\n');
  if (name === 'registry') lines.push('🔎  Verifying registry addon...\n');
  if (name === 'dashboard')
    lines.push(
      '💡  Some dashboard features require the metrics-server addon. To enable all features please run:\n\n\tminikube addons enable metrics-server\n\n',
    );
  return lines;
}
