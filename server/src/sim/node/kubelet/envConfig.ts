/**
 * What the kubelet's generateContainerConfig fails on before creating a container: environment
 * from a ConfigMap or Secret (envFrom first, then env, in spec order) that does not exist or lacks
 * the key, unless marked optional. The container then waits in CreateContainerConfigError and the
 * pod worker tries again after its back-off. Wording: pkg/kubelet/kubelet_pods.go
 * makeEnvironmentVariables (the NotFound errors are the API server's `configmap "x" not found`).
 */
import type { ConfigMap, Container, Pod, Secret } from 'kubernetes-types/core/v1';
import type { Store } from '../../store.js';
import type { Stored } from '../../types.js';

export function containerConfigError(pod: Stored<Pod>, c: Container, store: Store): string | undefined {
  if (!c.envFrom && !c.env) return undefined;
  const ns = pod.metadata.namespace ?? 'default';
  const configMap = (name: string) => store.get('configmaps', ns, name) as Stored<ConfigMap> | undefined;
  const secret = (name: string) => store.get('secrets', ns, name) as Stored<Secret> | undefined;
  for (const from of c.envFrom ?? []) {
    const cm = from.configMapRef;
    if (cm && !cm.optional && !configMap(cm.name ?? '')) return `configmap "${cm.name ?? ''}" not found`;
    const s = from.secretRef;
    if (s && !s.optional && !secret(s.name ?? '')) return `secret "${s.name ?? ''}" not found`;
  }
  for (const e of c.env ?? []) {
    const cmRef = e.valueFrom?.configMapKeyRef;
    if (cmRef) {
      const name = cmRef.name ?? '';
      const found = configMap(name);
      if (!found) {
        if (!cmRef.optional) return `configmap "${name}" not found`;
      } else if (!cmRef.optional && found.data?.[cmRef.key] === undefined)
        return `couldn't find key ${cmRef.key} in ConfigMap ${ns}/${name}`;
    }
    const sRef = e.valueFrom?.secretKeyRef;
    if (sRef) {
      const name = sRef.name ?? '';
      const found = secret(name);
      if (!found) {
        if (!sRef.optional) return `secret "${name}" not found`;
      } else if (!sRef.optional && found.data?.[sRef.key] === undefined)
        return `couldn't find key ${sRef.key} in Secret ${ns}/${name}`;
    }
  }
  return undefined;
}
