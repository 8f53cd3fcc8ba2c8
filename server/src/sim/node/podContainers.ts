/** A pod's containers by name, init containers included: a running sidecar takes exec, cp and logs as the others do. */
import type { Container, ContainerStatus, Pod } from 'kubernetes-types/core/v1';

export function podContainer(pod: Pod, name: string): Container | undefined {
  return [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((c) => c.name === name);
}

export function podContainerStatus(pod: Pod, name: string): ContainerStatus | undefined {
  return [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find(
    (s) => s.name === name,
  );
}
