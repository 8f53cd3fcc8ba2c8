// Test helpers: a running cluster with objects, and a check environment over it with a fake shell.
import type { CheckEnvironment, CommandRecordLike } from '../../server/src/labs/checks/index';
import { Cluster, type KubeObject } from '../../server/src/sim/index';

export function deployment(
  name: string,
  image: string,
  replicas: number,
  extra: Record<string, unknown> = {},
): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'main', image }] } },
      ...extra,
    },
  };
}

export function runningCluster(objects: KubeObject[] = [], nodes = 1): Cluster {
  const cluster = Cluster.create({ seed: 7, nodes });
  for (const o of objects) cluster.api.create(o);
  cluster.settle();
  return cluster;
}

export function fakeEnv(
  cluster: Cluster,
  commands: CommandRecordLike[] = [],
  files: Record<string, string> = {},
): CheckEnvironment & { commands: CommandRecordLike[] } {
  return {
    cluster,
    commands,
    home: '/home/student',
    readFile: (path) => files[path],
  };
}
