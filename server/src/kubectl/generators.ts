/**
 * The objects kubectl's generators build (create deployment/service/job/…, run, expose), with
 * fields in Go struct order so `-o json` prints them as kubectl does; `creationTimestamp: null`
 * and empty `status`/`resources` as the typed objects serialise in v1.32.
 */
import type { KubeObject } from '../sim/index.js';

type Obj = Record<string, unknown>;

export function meta(name: string, labels?: Record<string, string>, namespace?: string): Obj {
  const m: Obj = { name };
  if (namespace) m.namespace = namespace;
  m.creationTimestamp = null;
  if (labels && Object.keys(labels).length > 0) m.labels = labels;
  return m;
}

export function container(
  name: string,
  image: string,
  extra: { command?: string[]; args?: string[]; ports?: number[]; env?: Record<string, string> } = {},
): Obj {
  const c: Obj = { name, image };
  if (extra.command?.length) c.command = extra.command;
  if (extra.args?.length) c.args = extra.args;
  if (extra.ports?.length) c.ports = extra.ports.map((p) => ({ containerPort: p }));
  if (extra.env && Object.keys(extra.env).length > 0)
    c.env = Object.entries(extra.env).map(([k, v]) => ({ name: k, value: v }));
  c.resources = {};
  return c;
}

/** The container name kubectl derives from an image: `nginx:1.27` → `nginx`, `registry/app` → `app`. */
export function containerNameFromImage(image: string): string {
  const base = image.split('/').pop() ?? image;
  return base
    .split('@')[0]!
    .split(':')[0]!
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-');
}

export function deployment(
  name: string,
  images: readonly string[],
  opts: { replicas: number; port?: number; namespace?: string },
): KubeObject {
  const labels = { app: name };
  const names = images.length === 1 ? [containerNameFromImage(images[0]!)] : images.map(containerNameFromImage);
  return {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: meta(name, labels, opts.namespace),
    spec: {
      replicas: opts.replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { creationTimestamp: null, labels },
        spec: {
          containers: images.map((img, i) => container(names[i]!, img, opts.port ? { ports: [opts.port] } : {})),
        },
      },
      strategy: {},
    },
    status: {},
  };
}

export interface ServicePort {
  name?: string;
  protocol: string;
  port: number;
  targetPort: number | string;
  nodePort?: number;
}

export function service(
  name: string,
  opts: {
    type?: string;
    ports: ServicePort[];
    selector?: Record<string, string>;
    labels?: Record<string, string>;
    clusterIP?: string;
    externalName?: string;
    namespace?: string;
  },
): KubeObject {
  const spec: Obj = {};
  if (opts.ports.length > 0)
    spec.ports = opts.ports.map((p) => ({
      ...(p.name ? { name: p.name } : {}),
      protocol: p.protocol,
      port: p.port,
      targetPort: p.targetPort,
      ...(p.nodePort ? { nodePort: p.nodePort } : {}),
    }));
  if (opts.selector) spec.selector = opts.selector;
  if (opts.clusterIP) spec.clusterIP = opts.clusterIP;
  if (opts.type) spec.type = opts.type;
  if (opts.externalName) spec.externalName = opts.externalName;
  return {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: meta(name, opts.labels, opts.namespace),
    spec,
    status: { loadBalancer: {} },
  };
}

export function pod(
  name: string,
  image: string,
  opts: {
    labels: Record<string, string>;
    port?: number;
    env?: Record<string, string>;
    command?: string[];
    args?: string[];
    restart: string;
    namespace?: string;
    stdin?: boolean;
    tty?: boolean;
  },
): KubeObject {
  const c = container(name, image, {
    ...(opts.command ? { command: opts.command } : {}),
    ...(opts.args ? { args: opts.args } : {}),
    ...(opts.port ? { ports: [opts.port] } : {}),
    ...(opts.env ? { env: opts.env } : {}),
  });
  if (opts.stdin) {
    c.stdin = true;
    c.stdinOnce = true;
  }
  if (opts.tty) c.tty = true;
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: meta(name, opts.labels, opts.namespace),
    spec: { containers: [c], restartPolicy: opts.restart, dnsPolicy: 'ClusterFirst' },
    status: {},
  };
}

export function job(name: string, image: string, command: string[], namespace?: string): KubeObject {
  return {
    kind: 'Job',
    apiVersion: 'batch/v1',
    metadata: meta(name, undefined, namespace),
    spec: {
      template: {
        metadata: { creationTimestamp: null },
        spec: { containers: [container(name, image, command.length ? { command } : {})], restartPolicy: 'Never' },
      },
    },
    status: {},
  };
}

export function cronJob(
  name: string,
  image: string,
  schedule: string,
  command: string[],
  restart: string,
  namespace?: string,
): KubeObject {
  return {
    kind: 'CronJob',
    apiVersion: 'batch/v1',
    metadata: meta(name, undefined, namespace),
    spec: {
      schedule,
      jobTemplate: {
        metadata: { name, creationTimestamp: null },
        spec: {
          template: {
            metadata: { creationTimestamp: null },
            spec: { containers: [container(name, image, command.length ? { command } : {})], restartPolicy: restart },
          },
        },
      },
    },
    status: {},
  };
}
