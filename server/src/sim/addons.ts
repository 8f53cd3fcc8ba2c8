/**
 * minikube addons as the addon manager installs them: enabling one applies its objects (so its pods
 * appear in `kubectl get pods -A`), disabling deletes them. The effects (metrics for `kubectl top`
 * and the HPA, addresses for Ingresses) come from the controllers that look at `runtime.addons`.
 */
import type { ApiServer } from './apiserver.js';
import type { KubeObject } from './types.js';

const deployment = (
  name: string,
  namespace: string,
  labels: Record<string, string>,
  image: string,
  ports: number[],
  extra: Record<string, unknown> = {},
): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace, labels: { ...labels, 'addonmanager.kubernetes.io/mode': 'Reconcile' } },
  spec: {
    replicas: 1,
    selector: { matchLabels: labels },
    template: {
      metadata: { labels },
      spec: {
        containers: [
          {
            name: name.replace(/^ingress-nginx-/, ''),
            image,
            ports: ports.map((p) => ({ containerPort: p, protocol: 'TCP' })),
            ...extra,
          },
        ],
        // ingress-nginx's controller runs as the `ingress-nginx` account the addon creates.
        serviceAccountName: name.replace(/-controller$/, ''),
      },
    },
  },
});

const serviceAccount = (name: string, namespace: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: { name, namespace },
});

export const ADDON_OBJECTS: Readonly<Record<string, () => KubeObject[]>> = {
  'metrics-server': () => {
    const labels = { 'k8s-app': 'metrics-server' };
    return [
      serviceAccount('metrics-server', 'kube-system'),
      deployment(
        'metrics-server',
        'kube-system',
        labels,
        'registry.k8s.io/metrics-server/metrics-server:v0.7.2',
        [4443],
        {
          resources: { requests: { cpu: '100m', memory: '200Mi' } },
        },
      ),
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
          name: 'metrics-server',
          namespace: 'kube-system',
          labels: { ...labels, 'kubernetes.io/name': 'Metrics-server' },
        },
        spec: { selector: labels, ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 'https' }] },
      },
    ];
  },
  ingress: () => {
    const labels = {
      'app.kubernetes.io/component': 'controller',
      'app.kubernetes.io/instance': 'ingress-nginx',
      'app.kubernetes.io/name': 'ingress-nginx',
    };
    return [
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
          name: 'ingress-nginx',
          labels: { 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' },
        },
      },
      serviceAccount('ingress-nginx', 'ingress-nginx'),
      deployment(
        'ingress-nginx-controller',
        'ingress-nginx',
        labels,
        'registry.k8s.io/ingress-nginx/controller:v1.11.3',
        [80, 443, 8443],
        {
          resources: { requests: { cpu: '100m', memory: '90Mi' } },
        },
      ),
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'ingress-nginx-controller', namespace: 'ingress-nginx', labels },
        spec: {
          type: 'NodePort',
          selector: labels,
          ports: [
            { name: 'http', port: 80, protocol: 'TCP', targetPort: 'http', appProtocol: 'http' },
            { name: 'https', port: 443, protocol: 'TCP', targetPort: 'https', appProtocol: 'https' },
          ],
        },
      },
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: { name: 'nginx', labels, annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } },
        spec: { controller: 'k8s.io/ingress-nginx' },
      },
    ];
  },
  dashboard: () => {
    const labels = { 'k8s-app': 'kubernetes-dashboard' };
    const scraper = { 'k8s-app': 'dashboard-metrics-scraper' };
    return [
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'kubernetes-dashboard', labels: { 'addonmanager.kubernetes.io/mode': 'Reconcile' } },
      },
      serviceAccount('kubernetes-dashboard', 'kubernetes-dashboard'),
      serviceAccount('dashboard-metrics-scraper', 'kubernetes-dashboard'),
      deployment(
        'kubernetes-dashboard',
        'kubernetes-dashboard',
        labels,
        'docker.io/kubernetesui/dashboard:v2.7.0',
        [9090],
      ),
      deployment(
        'dashboard-metrics-scraper',
        'kubernetes-dashboard',
        scraper,
        'docker.io/kubernetesui/metrics-scraper:v1.0.8',
        [8000],
      ),
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'kubernetes-dashboard', namespace: 'kubernetes-dashboard', labels },
        spec: { selector: labels, ports: [{ port: 80, targetPort: 9090 }] },
      },
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'dashboard-metrics-scraper', namespace: 'kubernetes-dashboard', labels: scraper },
        spec: { selector: scraper, ports: [{ port: 8000, targetPort: 8000 }] },
      },
    ];
  },
};

/** Applies or removes an addon's objects; unknown addons only toggle the flag. */
export function syncAddonObjects(api: ApiServer, name: string, enabled: boolean): void {
  const objects = ADDON_OBJECTS[name]?.() ?? [];
  if (enabled) {
    for (const obj of objects) api.apply(obj);
    return;
  }
  for (const obj of [...objects].reverse()) {
    const type = api.typeOf(obj);
    if (type.kind === 'Namespace' && objects.length > 1) {
      api.delete('namespaces', undefined, obj.metadata?.name ?? '');
      continue;
    }
    if (api.find(api.resourceOf(obj), obj.metadata?.namespace, obj.metadata?.name ?? '')) {
      api.delete(api.resourceOf(obj), obj.metadata?.namespace, obj.metadata?.name ?? '');
    }
  }
}
