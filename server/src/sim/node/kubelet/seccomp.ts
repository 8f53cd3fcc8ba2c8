/**
 * A container's seccomp profile as the runtime loads it. A `Localhost` profile (the container's, else the pod's) is a
 * file under the kubelet's `/var/lib/kubelet/seccomp`, and a minikube node has none there: minikube's runtime,
 * cri-dockerd, then cannot create the container (core/container_create.go and security_context.go), which waits in
 * CreateContainerError. The pod sandbox runs with the default profile, so it starts.
 */
import type { Container, Pod } from 'kubernetes-types/core/v1';

const PROFILE_ROOT = '/var/lib/kubelet/seccomp';

/** The runtime's error creating `c`, if its profile cannot be loaded. */
export function seccompCreateError(pod: Pod, c: Container): string | undefined {
  const profile = c.securityContext?.seccompProfile ?? pod.spec?.securityContext?.seccompProfile;
  if (profile?.type !== 'Localhost') return undefined;
  const path = `${PROFILE_ROOT}/${(profile.localhostProfile ?? '').replace(/^\/+/, '')}`;
  return `failed to generate security options for container "${c.name}": cannot load seccomp profile "${path}": open ${path}: no such file or directory`;
}
