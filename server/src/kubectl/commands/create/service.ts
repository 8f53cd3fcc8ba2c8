/** `kubectl create service clusterip|nodeport|loadbalancer|externalname`. */
import type { CommandSpec } from '../../cli/command.js';
import { flag, optionalFlags } from '../../cli/flags.js';
import { KubectlError } from '../../errors.js';
import type { KubeEnv } from '../../env.js';
import { service, type ServicePort } from '../../generators.js';
import { genericFlags, oneName, ns, required, gen } from './generator.js';
import { defineCommand } from '../globals.js';

function parseTcp(specs: readonly string[], _type: string): ServicePort[] {
  return specs.map((s) => {
    const [port = '', target] = s.split(':');
    const p = Number(port);
    if (!/^\d+$/.test(port) || p < 1 || p > 65535) throw new KubectlError(`invalid port: ${s}`);
    const t = target === undefined ? p : /^\d+$/.test(target) ? Number(target) : target;
    const out: ServicePort = { name: `${port}-${target ?? port}`, protocol: 'TCP', port: p, targetPort: t };
    return out;
  });
}

function serviceOfType(use: string, type: string, short: string): CommandSpec<KubeEnv> {
  return defineCommand({
    use: `${use} NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none]`,
    short,
    flags: [
      ...genericFlags,
      { name: 'tcp', type: 'stringArray', usage: "Port pairs can be specified as '<port>:<targetPort>'." },
      // Only clusterip declares --clusterip and only nodeport --node-port (read through optionalFlags).
      ...(type === 'ClusterIP'
        ? [
            flag({
              name: 'clusterip',
              type: 'string',
              usage: "Assign your own ClusterIP or set to 'None' for a 'headless' service (no loadbalancing).",
            }),
          ]
        : []),
      ...(type === 'NodePort'
        ? [
            flag({
              name: 'node-port',
              type: 'int',
              default: '0',
              usage: 'Port used to expose the service on each node in a cluster.',
            }),
          ]
        : []),
    ],
    run: (inv) => {
      const name = oneName(inv);
      const tcp = inv.flags.list('tcp').flatMap((t) => t.split(','));
      if (tcp.length === 0 && optionalFlags(inv.flags).str('clusterip') !== 'None')
        throw new KubectlError('at least one tcp port specifier must be provided');
      const ports = parseTcp(tcp, type);
      const nodePort = optionalFlags(inv.flags).int('node-port');
      if (type === 'NodePort' && nodePort && ports[0]) ports[0].nodePort = nodePort;
      const clusterIP = optionalFlags(inv.flags).str('clusterip');
      const svc = service(name, {
        type,
        ports,
        selector: { app: name },
        labels: { app: name },
        ...(clusterIP ? { clusterIP } : {}),
        ...(ns(inv) ? { namespace: ns(inv)! } : {}),
      });
      return gen(inv, svc);
    },
  });
}

export const createService = defineCommand({
  use: 'service',
  aliases: ['svc'],
  short: 'Create a service using a specified subcommand',
  long: 'Create a service using a specified subcommand.',
  sub: [
    serviceOfType('clusterip', 'ClusterIP', 'Create a ClusterIP service'),
    serviceOfType('nodeport', 'NodePort', 'Create a NodePort service'),
    serviceOfType('loadbalancer', 'LoadBalancer', 'Create a LoadBalancer service'),
    defineCommand({
      use: 'externalname NAME --external-name external.name [--dry-run=server|client|none]',
      short: 'Create an ExternalName service',
      flags: [
        ...genericFlags,
        { name: 'external-name', type: 'string', usage: 'External name of service' },
        { name: 'tcp', type: 'stringArray', usage: "Port pairs can be specified as '<port>:<targetPort>'." },
      ],
      run: (inv) => {
        const name = oneName(inv);
        required(inv, 'external-name');
        return gen(
          inv,
          service(name, {
            type: 'ExternalName',
            ports: parseTcp(inv.flags.list('tcp'), 'ExternalName'),
            labels: { app: name },
            selector: { app: name },
            externalName: inv.flags.str('external-name'),
            ...(ns(inv) ? { namespace: ns(inv)! } : {}),
          }),
        );
      },
    }),
  ],
});
