/**
 * Registry credentials from a pod's imagePullSecrets, as the kubelet's credential provider reads
 * them (pkg/credentialprovider/secrets MakeDockerKeyring): `kubernetes.io/dockerconfigjson` secrets'
 * `auths`, or legacy `kubernetes.io/dockercfg` ones, keyed by registry server.
 */
import type { Secret } from 'kubernetes-types/core/v1';
import { z } from 'zod';

const entries = z.record(z.string(), z.unknown());
const configJson = z.object({ auths: entries });

/** `https://index.docker.io/v1/` → `docker.io`; `quay.io/org` → `quay.io`. */
function registryHost(server: string): string {
  const host = server.replace(/^[a-z]+:\/\//, '').split('/')[0] ?? '';
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}

function serversOf(secret: Secret): string[] {
  const data = secret.data ?? {};
  const decode = (v: string | undefined) => (v === undefined ? undefined : Buffer.from(v, 'base64').toString('utf8'));
  try {
    if (secret.type === 'kubernetes.io/dockerconfigjson') {
      const parsed = configJson.safeParse(JSON.parse(decode(data['.dockerconfigjson']) ?? '{}'));
      return parsed.success ? Object.keys(parsed.data.auths) : [];
    }
    if (secret.type === 'kubernetes.io/dockercfg') {
      const parsed = entries.safeParse(JSON.parse(decode(data['.dockercfg']) ?? '{}'));
      return parsed.success ? Object.keys(parsed.data) : [];
    }
  } catch {
    // Not JSON: the kubelet skips a secret it cannot read.
  }
  return [];
}

export interface RegistryCredentials {
  /** Registry hosts some secret has credentials for. */
  readonly registries: ReadonlySet<string>;
  /** Named secrets that do not exist. */
  readonly missing: readonly string[];
}

export function registryCredentials(
  names: readonly string[],
  getSecret: (name: string) => Secret | undefined,
): RegistryCredentials {
  const registries = new Set<string>();
  const missing: string[] = [];
  for (const name of names) {
    const secret = getSecret(name);
    if (!secret) {
      missing.push(name);
      continue;
    }
    for (const server of serversOf(secret)) registries.add(registryHost(server));
  }
  return { registries, missing };
}
