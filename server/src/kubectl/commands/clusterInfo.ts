/** `kubectl cluster-info`: where the control plane and the cluster services run. */
import type { CommandOutcome } from '../../shell/command.js';
import { api, currentContext, type KubeInv } from '../env.js';
import { defineCommand } from './globals.js';

const GREEN = '\x1b[0;32m';

const YELLOW = '\x1b[0;33m';

const RESET = '\x1b[0m';

function clusterInfo(inv: KubeInv): CommandOutcome {
  if (inv.args[0] === 'dump')
    return {
      stdout: '{\n    "kind": "NodeList",\n    "apiVersion": "v1",\n    "metadata": {}\n}\n',
      stderr: '',
      exitCode: 0,
    };
  let server: ReturnType<typeof api>;
  try {
    server = api(inv);
  } catch (e) {
    inv.out.print("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
    throw e;
  }
  const base = currentContext(inv)?.server ?? 'https://192.168.49.2:8443';
  let out = `${GREEN}Kubernetes control plane${RESET} is running at ${YELLOW}${base}${RESET}\n`;
  for (const svc of server.list('services', {
    namespace: 'kube-system',
    labelSelector: 'kubernetes.io/cluster-service=true',
  }).items) {
    const name = svc.metadata.labels?.['kubernetes.io/name'] ?? svc.metadata.name;
    const ports = (svc.spec as { ports?: { name?: string; port: number }[] } | undefined)?.ports ?? [];
    const port = ports[0]?.name ?? String(ports[0]?.port ?? '');
    out += `${GREEN}${name}${RESET} is running at ${YELLOW}${base}/api/v1/namespaces/kube-system/services/${svc.metadata.name}:${port}/proxy${RESET}\n`;
  }
  out += "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n";
  return { stdout: out, stderr: '', exitCode: 0 };
}

export const clusterInfoCommand = defineCommand({
  use: 'cluster-info',
  short: 'Display cluster information',
  long: "Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
  example: '  # Print the address of the control plane and cluster services\n  kubectl cluster-info',
  sub: [
    defineCommand({
      use: 'dump',
      short: 'Dump relevant information for debugging and diagnosis',
      run: (inv) => clusterInfo({ ...inv, args: ['dump'] }),
    }),
  ],
  run: clusterInfo,
});
