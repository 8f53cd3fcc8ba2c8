/** `kubectl port-forward`: forward a local port to a pod while the program runs. */
import type { CommandOutcome } from '../../shell/command.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, UsageError } from '../errors.js';
import { api, namespaceOf } from '../env.js';
import { podFor } from './pod.js';
import { defineCommand, type CommandInv } from './globals.js';

const portForwardFlags = flagList(
  {
    name: 'address',
    type: 'stringArray',
    usage: 'Addresses to listen on (comma separated). Only accepts IP addresses or localhost as a value.',
  },
  {
    name: 'pod-running-timeout',
    type: 'duration',
    default: '1m0s',
    usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
  },
);

function portForward(inv: CommandInv<typeof portForwardFlags>): CommandOutcome {
  const [ref, ...specs] = inv.args;
  if (!ref || specs.length === 0) throw new UsageError('TYPE/NAME and list of ports are required for port-forward');
  const pod = podFor(inv, ref);
  if (pod.status?.phase !== 'Running')
    throw new KubectlError(
      `unable to forward port because pod is not running. Current status=${pod.status?.phase ?? 'Pending'}`,
    );
  const slash = ref.indexOf('/');
  const type = slash >= 0 ? inv.env.cluster.registry.resolve(ref.slice(0, slash)) : undefined;
  const mappings = specs.map((s) => {
    const [local = '', remote] = s.split(':');
    let remotePort = Number(remote ?? local);
    if (type?.kind === 'Service') {
      const svc = api(inv).get<{ spec?: { ports?: { port: number; targetPort?: number | string }[] } }>(
        'services',
        namespaceOf(inv),
        ref.slice(slash + 1),
      );
      const p = svc.spec?.ports?.find((x) => x.port === remotePort);
      if (!p) throw new KubectlError(`Service ${ref.slice(slash + 1)} does not have a service port ${remotePort}`);
      if (typeof p.targetPort === 'number') remotePort = p.targetPort;
    }
    const localPort = local === '' ? 40000 + remotePort : Number(local);
    if (!Number.isInteger(localPort) || !Number.isInteger(remotePort))
      throw new KubectlError(
        `Error parsing local port '${local}': strconv.ParseUint: parsing "${local}": invalid syntax`,
      );
    return { localPort, remotePort };
  });
  for (const m of mappings) {
    if (inv.env.forwards.has(m.localPort))
      throw new KubectlError(
        `unable to listen on port ${m.localPort}: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:${m.localPort}: bind: address already in use unable to create listener: Error listen tcp6 [::1]:${m.localPort}: bind: address already in use]`,
      );
  }
  const ns = namespaceOf(inv);
  return {
    program: (io) => {
      for (const m of mappings) {
        inv.env.forwards.set(m.localPort, {
          localPort: m.localPort,
          namespace: ns,
          pod: pod.metadata.name,
          podPort: m.remotePort,
        });
        io.write(
          `Forwarding from 127.0.0.1:${m.localPort} -> ${m.remotePort}\nForwarding from [::1]:${m.localPort} -> ${m.remotePort}\n`,
        );
      }
      return {
        onInterrupt: () => {
          for (const m of mappings) inv.env.forwards.delete(m.localPort);
        },
      };
    },
  };
}

export const portForwardCommand = defineCommand({
  use: 'port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]',
  short: 'Forward one or more local ports to a pod',
  long: "Forward one or more local ports to a pod.\n\n Use resource type/name such as deployment/mydeployment to select a pod. Resource type defaults to 'pod' if omitted.\n\n If there are multiple pods matching the criteria, a pod will be selected automatically. The forwarding session ends when the selected pod terminates, and a rerun of the command is needed to resume forwarding.",
  example: `  # Listen on ports 5000 and 6000 locally, forwarding data to/from ports 5000 and 6000 in the pod
  kubectl port-forward pod/mypod 5000 6000
  
  # Listen on port 8888 locally, forwarding to 5000 in the pod
  kubectl port-forward pod/mypod 8888:5000
  
  # Listen on port 8443 locally, forwarding to the targetPort of the service's port named "https" in a pod selected by the service
  kubectl port-forward service/myservice 8443:https`,
  group: 'Troubleshooting and Debugging Commands',
  flags: portForwardFlags,
  run: portForward,
});
