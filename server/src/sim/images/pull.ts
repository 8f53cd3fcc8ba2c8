/**
 * Pulling an image as a node with the Docker runtime does (minikube's default; the node reports
 * `docker://27.4.1`): the daemon's error texts, which the kubelet passes on after stripping the CRI's
 * `rpc error: code = Unknown desc =` (k8s.io/cri-client remote_image.go pullImageV1).
 */
import { lookupImage, type ImageInfo } from './lookup.js';
import { taggedName, type ImageRef } from './reference.js';

export type PullResult =
  | { ok: true; info: ImageInfo; ref: ImageRef }
  | { ok: false; reason: 'ErrImagePull' | 'InvalidImageName'; error: string };

/** Docker Hub's answer for a repository it does not have, or one that is private to someone else. */
export function accessDenied(ref: ImageRef): string {
  return `Error response from daemon: pull access denied for ${ref.familiar}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
}

/** The platform minikube's node pulls for (the docker driver on an amd64 machine). */
const NODE_PLATFORM = 'linux/amd64';

/** Registries the simulated network reaches; any other host does not resolve. */
const REGISTRIES = new Set([
  'docker.io',
  'registry.k8s.io',
  'k8s.gcr.io',
  'gcr.io',
  'quay.io',
  'ghcr.io',
  'mcr.microsoft.com',
  'docker.elastic.co',
  'us-docker.pkg.dev',
  'cr.fluentbit.io',
  'public.ecr.aws',
  'registry.gitlab.com',
]);

export function pullImage(written: string): PullResult {
  const found = lookupImage(written);
  switch (found.kind) {
    case 'invalid':
      // kubelet images.applyDefaultImageTag, then image_manager's "Failed to apply default image tag".
      return {
        ok: false,
        reason: 'InvalidImageName',
        error: `Failed to apply default image tag "${written}": couldn't parse image name "${written}": ${found.error}`,
      };
    case 'unknown': {
      const { ref } = found;
      if (ref.domain === 'docker.io') return { ok: false, reason: 'ErrImagePull', error: accessDenied(ref) };
      if (!REGISTRIES.has(ref.domain))
        return {
          ok: false,
          reason: 'ErrImagePull',
          error: `Error response from daemon: Get "https://${ref.domain}/v2/": dial tcp: lookup ${ref.domain.replace(/:\d+$/, '')} on 192.168.49.1:53: no such host`,
        };
      return { ok: false, reason: 'ErrImagePull', error: manifestUnknown(ref) };
    }
    case 'no-such-tag':
      return { ok: false, reason: 'ErrImagePull', error: manifestUnknown(found.ref) };
    case 'found':
      // The daemon reports this in the pull's progress stream, after "Pulling from …", not as the API call's error:
      // cri-dockerd passes the stream's message on without docker's "Error response from daemon:" (moby
      // distribution/pull_v2.go pullManifestList, cri-dockerd libdocker PullImage).
      if (found.info.windowsOnly)
        return {
          ok: false,
          reason: 'ErrImagePull',
          error: `no matching manifest for ${NODE_PLATFORM} in the manifest list entries`,
        };
      return { ok: true, info: found.info, ref: found.ref };
  }
}

function manifestUnknown(ref: ImageRef): string {
  return `Error response from daemon: manifest for ${taggedName(ref)} not found: manifest unknown: manifest unknown`;
}

/** The facts of a pullable image, or undefined. */
export function imageInfo(written: string): ImageInfo | undefined {
  const found = lookupImage(written);
  return found.kind === 'found' ? found.info : undefined;
}

/** Virtual milliseconds a pull takes on a small cluster's network (about 90 MB/s plus the registry round trips). */
export function pullMillis(info: ImageInfo): number {
  return 400 + Math.round(info.size / 90_000);
}

/** Go's time.Duration String() for a whole number of milliseconds (`1.2s`, `512ms`, `1m2.5s`, `2h0m3s`). */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60000);
  const rest = (ms % 60000) / 1000;
  const secs = `${Number(rest.toFixed(3))}s`;
  if (hours > 0) return `${hours}h${minutes}m${secs}`;
  return minutes > 0 ? `${minutes}m${secs}` : secs;
}
