/**
 * A lab's starting point: the cluster in its initial state (absent, stopped or running, with the
 * lab's objects created and settled) and the files for the student's home directory.
 */
import { klona } from 'klona/json';
import { parseAllDocuments } from 'yaml';
import { emptyKubeconfig, withMinikubeProfile } from '../kubectl/kubeconfig.js';
import { formatRFC1123Z } from '../kubectl/print/duration.js';
import { toYaml } from '../kubectl/print/formats/structured.js';
import { Cluster, DEFAULT_START_TIME, MINIKUBE_VERSION, NODE_SUBNET, type KubeObject } from '../sim/index.js';
import type { Lab } from './format.js';

export interface LabClusterOptions {
  seed?: number;
  /** Virtual start time (epoch ms); live sandboxes pass the wall clock. */
  startTime?: number;
}

/** Parsed once per lab: a lab's checks compare the cluster with its starting objects after every command. */
const parsedObjects = new WeakMap<Lab['cluster'], KubeObject[]>();

/** The objects of `cluster.objects`, in order (copies: the caller may change them). */
export function labObjects(lab: Pick<Lab, 'cluster'>): KubeObject[] {
  if (!lab.cluster.objects) return [];
  let objects = parsedObjects.get(lab.cluster);
  if (!objects) {
    objects = parseAllDocuments(lab.cluster.objects)
      .map((d) => d.toJS() as unknown)
      .filter((o): o is KubeObject => typeof o === 'object' && o !== null);
    parsedObjects.set(lab.cluster, objects);
  }
  return klona(objects);
}

export function createLabCluster(lab: Pick<Lab, 'cluster'>, opts: LabClusterOptions = {}): Cluster {
  const spec = lab.cluster;
  const running = spec.state !== 'absent';
  const cluster = Cluster.create({
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    ...(opts.startTime !== undefined ? { startTime: opts.startTime } : {}),
    nodes: spec.nodes,
    profile: spec.profile,
    state: running ? 'Running' : 'Absent',
  });
  if (!running) return cluster;
  for (const addon of spec.addons) cluster.setAddon(addon, true);
  for (const obj of labObjects(lab)) cluster.api.create(obj);
  cluster.settle();
  if (spec.state === 'stopped') cluster.stop();
  return cluster;
}

/**
 * Files for the home directory: relative path → content. A lab that starts with a cluster also
 * gets the kubeconfig `minikube start` would have written, so kubectl works from the first command.
 */
export function labFiles(
  lab: Pick<Lab, 'cluster'>,
  opts: { home?: string; now?: number } = {},
): Record<string, string> {
  const files: Record<string, string> = {};
  if (lab.cluster.state !== 'absent') {
    const home = opts.home ?? '/home/student';
    const lastUpdate = formatRFC1123Z(new Date(opts.now ?? DEFAULT_START_TIME).toISOString()).replace(
      / \+0000$/,
      ' UTC',
    );
    const config = withMinikubeProfile(emptyKubeconfig(), {
      profile: lab.cluster.profile,
      server: `https://${NODE_SUBNET}2:8443`,
      home,
      lastUpdate,
      version: MINIKUBE_VERSION,
    });
    files['.kube/config'] = toYaml(config);
  }
  for (const f of lab.cluster.files) files[f.path] = f.content;
  return files;
}
