/** `kubectl autoscale`: a HorizontalPodAutoscaler for a workload. */
import type { CommandOutcome } from '../../shell/command.js';
import type { KubeObject } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, UsageError } from '../errors.js';
import { f, outputSpec } from './common.js';
import { createGenerated } from './write.js';
import { required } from './create/generator.js';
import { objectsOf, get } from './workload.js';
import { defineCommand, type CommandInv } from './globals.js';

const autoscaleFlags = flagList(
  {
    name: 'min',
    type: 'int',
    default: '-1',
    usage:
      "The lower limit for the number of pods that can be set by the autoscaler. If it's not specified or negative, the server will apply a default value.",
  },
  {
    name: 'max',
    type: 'int',
    default: '-1',
    usage: 'The upper limit for the number of pods that can be set by the autoscaler. Required.',
  },
  {
    name: 'cpu-percent',
    type: 'int',
    default: '-1',
    usage:
      "The target average CPU utilization (represented as a percent of requested CPU) over all the pods. If it's not specified or negative, a default autoscaling policy will be used.",
  },
  {
    name: 'name',
    type: 'string',
    usage: 'The name for the newly created object. If not specified, the name of the input resource will be used.',
  },
  f.dryRun(),
  f.output(),
  f.filename('identifying the resource to autoscale.'),
);

function autoscale(inv: CommandInv<typeof autoscaleFlags>): CommandOutcome {
  required(inv, 'max');
  const [t] = objectsOf(inv, inv.args);
  if (!t) throw new UsageError('required resource not specified');
  const max = inv.flags.int('max');
  const min = inv.flags.int('min');
  if (max < 1) throw new KubectlError(`--max=MAXPODS is required and must be at least 1, max: ${max}`);
  if (min > max)
    throw new KubectlError(`--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
  get(inv, t.type, t.name);
  const cpu = inv.flags.int('cpu-percent');
  const name = inv.flags.str('name') || t.name;
  const hpa = {
    kind: 'HorizontalPodAutoscaler',
    apiVersion: 'autoscaling/v2',
    metadata: { name, creationTimestamp: null },
    spec: {
      scaleTargetRef: {
        kind: t.type.kind,
        name: t.name,
        apiVersion: t.type.group ? `${t.type.group}/${t.type.version}` : t.type.version,
      },
      ...(min >= 1 ? { minReplicas: min } : {}),
      maxReplicas: max,
      ...(cpu >= 0
        ? {
            metrics: [
              { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpu } } },
            ],
          }
        : {}),
    },
    status: { currentMetrics: null, desiredReplicas: 0 },
  } as unknown as KubeObject;
  createGenerated(inv, hpa, outputSpec(inv), 'autoscaled');
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const autoscaleCommand = defineCommand({
  use: 'autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU]',
  short: 'Auto-scale a deployment, replica set, stateful set, or replication controller',
  long: 'Creates an autoscaler that automatically chooses and sets the number of pods that run in a Kubernetes cluster.\n\n Looks up a deployment, replica set, stateful set, or replication controller by name and creates an autoscaler that uses the given resource as a reference. An autoscaler can automatically increase or decrease number of pods deployed within the system as needed.',
  example: `  # Auto scale a deployment "foo", with the number of pods between 2 and 10, no target CPU utilization specified so a default autoscaling policy will be used
  kubectl autoscale deployment foo --min=2 --max=10
  
  # Auto scale a replication controller "foo", with the number of pods between 1 and 5, target CPU utilization at 80%
  kubectl autoscale rc foo --max=5 --cpu-percent=80`,
  group: 'Deploy Commands',
  flags: autoscaleFlags,
  run: autoscale,
});
