/**
 * The environment the kubelet gives a container and the command it runs, as kubelet v1.32 builds
 * them (pkg/kubelet/kubelet_pods.go makeEnvironmentVariables, getServiceEnvVarMap,
 * podFieldSelectorRuntimeValue; pkg/kubelet/envvars/envvars.go FromServices; pkg/api/v1/resource
 * ExtractContainerResourceValue; pkg/kubelet/kuberuntime ExpandContainerCommandAndArgs):
 * - envFrom first (a prefix before each key), then env in order, overriding; a `value` expands
 *   `$(VAR)` over what is defined so far and the service variables;
 * - since KEP-4369 (RelaxedEnvironmentVariableValidation, beta in v1.32) the kubelet no longer
 *   skips envFrom keys that are not C identifiers, nor records InvalidEnvironmentVariableNames:
 *   every ConfigMap key is a valid relaxed name, so every key becomes a variable (kubernetes/kubernetes#130099);
 * - then the service variables of the pod's namespace (with enableServiceLinks, the default) and
 *   always those of the `kubernetes` service in `default` (KUBERNETES_SERVICE_HOST …).
 * Missing objects and keys are the CreateContainerConfigError of envConfig.ts: here they are skipped.
 */
import type { ConfigMap, Container, EnvVar, Node, Pod, Secret, Service } from 'kubernetes-types/core/v1';
import { quantityMilliValue, quantityValue, tryParseQuantity } from '../../../lib/quantity.js';
import type { Store } from '../../store.js';
import type { Stored } from '../../types.js';
import { expand, mappingFor } from './expansion.js';

/** What only the kubelet knows when it starts the container (the status may not be written yet). */
export interface PodAddresses {
  readonly podIP: string;
  readonly hostIP: string;
}

/** The variables the kubelet passes to the runtime, in a stable order (Go's map order is random). */
export function containerEnvironment(
  store: Store,
  pod: Stored<Pod>,
  container: Container,
  addresses: PodAddresses = { podIP: pod.status?.podIP ?? '', hostIP: pod.status?.hostIP ?? '' },
): Map<string, string> {
  const ns = pod.metadata.namespace ?? 'default';
  const services = serviceEnvironment(store, ns, pod.spec?.enableServiceLinks !== false);
  const env = new Map<string, string>();
  for (const from of container.envFrom ?? []) {
    const data = from.configMapRef
      ? configMap(store, ns, from.configMapRef.name)?.data
      : decoded(secret(store, ns, from.secretRef?.name)?.data);
    for (const [key, value] of Object.entries(data ?? {})) env.set(`${from.prefix ?? ''}${key}`, value);
  }
  const mapping = mappingFor(env, services);
  for (const e of container.env ?? []) {
    const value = envValue(store, pod, container, e, addresses, mapping);
    if (value !== undefined) env.set(e.name, value);
  }
  for (const [name, value] of services) if (!env.has(name)) env.set(name, value);
  return env;
}

/** `command` and `args` with `$(VAR)` expanded over the container's environment, joined as the runtime runs them. */
export function expandedArgv(container: Container, env: ReadonlyMap<string, string>): string[] {
  const mapping = mappingFor(env);
  return [...(container.command ?? []), ...(container.args ?? [])].map((word) => expand(word, mapping));
}

function envValue(
  store: Store,
  pod: Stored<Pod>,
  container: Container,
  e: EnvVar,
  addresses: PodAddresses,
  mapping: (name: string) => string,
): string | undefined {
  if (e.value) return expand(e.value, mapping);
  const from = e.valueFrom;
  if (!from) return '';
  const ns = pod.metadata.namespace ?? 'default';
  if (from.fieldRef) return fieldValue(pod, from.fieldRef.fieldPath, addresses);
  if (from.resourceFieldRef) return resourceValue(store, pod, container, from.resourceFieldRef);
  if (from.configMapKeyRef) return configMap(store, ns, from.configMapKeyRef.name)?.data?.[from.configMapKeyRef.key];
  if (from.secretKeyRef) return decoded(secret(store, ns, from.secretKeyRef.name)?.data)?.[from.secretKeyRef.key];
  return '';
}

/** podFieldSelectorRuntimeValue, then fieldpath.ExtractFieldPathAsString. */
export function fieldValue(pod: Stored<Pod>, path: string, addresses: PodAddresses): string {
  switch (path) {
    case 'metadata.name':
      return pod.metadata.name;
    case 'metadata.namespace':
      return pod.metadata.namespace ?? 'default';
    case 'metadata.uid':
      return pod.metadata.uid;
    case 'metadata.labels':
      return formatMap(pod.metadata.labels);
    case 'metadata.annotations':
      return formatMap(pod.metadata.annotations);
    case 'spec.nodeName':
      return pod.spec?.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? '';
    case 'status.hostIP':
    case 'status.hostIPs':
      return addresses.hostIP;
    case 'status.podIP':
    case 'status.podIPs':
      return addresses.podIP;
  }
  const m = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
  if (m) return (m[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations)?.[m[2] ?? ''] ?? '';
  return '';
}

/** fieldpath.FormatMap: `key="value"` lines sorted by key, Go-quoted. */
export function formatMap(map: Readonly<Record<string, string>> | undefined): string {
  return Object.keys(map ?? {})
    .sort()
    .map((k) => `${k}=${JSON.stringify(map?.[k] ?? '')}`)
    .join('\n');
}

interface ResourceSelector {
  containerName?: string;
  resource: string;
  divisor?: string | number;
}

/**
 * ExtractContainerResourceValue over the pod as defaultPodLimitsForDownwardAPI sees it: a limit not
 * set is the node's allocatable. The value is divided by the divisor (default 1) and rounded up.
 */
export function resourceValue(store: Store, pod: Stored<Pod>, container: Container, fs: ResourceSelector): string {
  const target = fs.containerName
    ? ([...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find(
        (c) => c.name === fs.containerName,
      ) ?? container)
    : container;
  const [kind, name = ''] = fs.resource.split(/\.(.*)/s);
  let text = (kind === 'limits' ? target.resources?.limits : target.resources?.requests)?.[name];
  if (text === undefined && kind === 'limits') {
    const node = store.get('nodes', undefined, pod.spec?.nodeName ?? '') as Stored<Node> | undefined;
    text = node?.status?.allocatable?.[name];
  }
  const quantity = tryParseQuantity(String(text ?? '0'));
  const divisor = tryParseQuantity(String(fs.divisor ?? '1'));
  if (!quantity || !divisor) return '0';
  if (name === 'cpu') {
    const d = quantityMilliValue(divisor) || 1000;
    return String(Math.ceil(quantityMilliValue(quantity) / d));
  }
  const d = quantityValue(divisor) || 1;
  return String(Math.ceil(quantityValue(quantity) / d));
}

/** The service variables a pod in `ns` sees (getServiceEnvVarMap + envvars.FromServices). */
function serviceEnvironment(store: Store, ns: string, links: boolean): Map<string, string> {
  const chosen = new Map<string, Stored<Service>>();
  const kubernetes = store.get('services', 'default', 'kubernetes') as Stored<Service> | undefined;
  if (kubernetes && ipSet(kubernetes)) chosen.set('kubernetes', kubernetes);
  if (links)
    for (const s of store.list('services', ns) as unknown as Stored<Service>[])
      if (ipSet(s) && !(ns === 'default' && s.metadata.name === 'kubernetes')) chosen.set(s.metadata.name, s);
  const env = new Map<string, string>();
  for (const name of [...chosen.keys()].sort()) {
    const s = chosen.get(name);
    if (s) for (const [k, v] of serviceVariables(s)) env.set(k, v);
  }
  return env;
}

const ipSet = (s: Stored<Service>) =>
  s.spec?.clusterIP !== undefined && s.spec.clusterIP !== '' && s.spec.clusterIP !== 'None';
const envName = (s: string) => s.replace(/-/g, '_').toUpperCase();

function serviceVariables(s: Stored<Service>): [string, string][] {
  const ip = s.spec?.clusterIP ?? '';
  const ports = s.spec?.ports ?? [];
  const prefix = envName(s.metadata.name);
  const out: [string, string][] = [[`${prefix}_SERVICE_HOST`, ip]];
  if (ports[0]) out.push([`${prefix}_SERVICE_PORT`, String(ports[0].port)]);
  for (const p of ports) if (p.name) out.push([`${prefix}_SERVICE_PORT_${envName(p.name)}`, String(p.port)]);
  const host = ip.includes(':') ? `[${ip}]` : ip;
  ports.forEach((p, i) => {
    const protocol = p.protocol ?? 'TCP';
    const url = `${protocol.toLowerCase()}://${host}:${p.port}`;
    if (i === 0) out.push([`${prefix}_PORT`, url]);
    const base = `${prefix}_PORT_${p.port}_${protocol.toUpperCase()}`;
    out.push(
      [base, url],
      [`${base}_PROTO`, protocol.toLowerCase()],
      [`${base}_PORT`, String(p.port)],
      [`${base}_ADDR`, ip],
    );
  });
  return out;
}

function configMap(store: Store, ns: string, name: string | undefined): Stored<ConfigMap> | undefined {
  return store.get('configmaps', ns, name ?? '') as Stored<ConfigMap> | undefined;
}

function secret(store: Store, ns: string, name: string | undefined): Stored<Secret> | undefined {
  return store.get('secrets', ns, name ?? '') as Stored<Secret> | undefined;
}

export function decoded(data: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!data) return undefined;
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
}
