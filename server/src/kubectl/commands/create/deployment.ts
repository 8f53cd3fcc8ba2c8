/** `kubectl create deployment`. */
import { isStatusError } from '../../../sim/index.js';
import { KubectlError, UsageError } from '../../errors.js';
import { deployment } from '../../generators.js';
import { genericFlags, ns, required, gen } from './generator.js';
import { defineCommand } from '../globals.js';

export const createDeployment = defineCommand({
  use: 'deployment NAME --image=image -- [COMMAND] [args...]',
  aliases: ['deploy'],
  short: 'Create a deployment with the specified name',
  long: 'Create a deployment with the specified name.',
  example: `  # Create a deployment named my-dep that runs the busybox image
kubectl create deployment my-dep --image=busybox

# Create a deployment with a command
kubectl create deployment my-dep --image=busybox -- date

# Create a deployment named my-dep that runs the nginx image with 3 replicas
kubectl create deployment my-dep --image=nginx --replicas=3

# Create a deployment named my-dep that runs the busybox image and expose port 5701
kubectl create deployment my-dep --image=busybox --port=5701

# Create a deployment named my-dep that runs multiple containers
kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx`,
  flags: [
    ...genericFlags,
    {
      name: 'image',
      type: 'stringArray',
      usage: 'Image names to run. A deployment can have multiple images set for multi-container pod.',
    },
    { name: 'port', type: 'int', default: '-1', usage: 'The containerPort that this deployment exposes.' },
    { name: 'replicas', short: 'r', type: 'int', default: '1', usage: 'Number of replicas to create. Default is 1.' },
  ],
  run: (inv) => {
    required(inv, 'image');
    const names = inv.dashAt >= 0 ? inv.args.slice(0, inv.dashAt) : inv.args;
    if (names.length !== 1) throw new UsageError(`exactly one NAME is required, got ${names.length}`);
    const port = inv.flags.int('port');
    const obj = deployment(names[0]!, inv.flags.list('image'), {
      replicas: inv.flags.int('replicas'),
      ...(port > 0 ? { port } : {}),
      ...(ns(inv) ? { namespace: ns(inv)! } : {}),
    });
    if (inv.dashAt >= 0) {
      const command = inv.args.slice(inv.dashAt);
      const containers = (obj.spec as { template: { spec: { containers: Record<string, unknown>[] } } }).template.spec
        .containers;
      const c = containers[0]!;
      const rebuilt: Record<string, unknown> = {
        name: c.name,
        image: c.image,
        command,
        ...(c.ports ? { ports: c.ports } : {}),
        resources: {},
      };
      containers[0] = rebuilt;
    }
    try {
      return gen(inv, obj);
    } catch (e) {
      // create_deployment.go Run: `fmt.Errorf("failed to create deployment: %v", err)`, so no `Error from server`.
      if (isStatusError(e)) throw new KubectlError(`failed to create deployment: ${e.message}`);
      throw e;
    }
  },
});
