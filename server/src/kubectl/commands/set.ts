/**
 * `kubectl set image|env|resources|serviceaccount`: change a workload's pod template. `set selector` and `set subject`
 * are in setSelector.ts and setSubject.ts.
 */
import type { CommandOutcome } from '../../shell/command.js';
import { type Stored } from '../../sim/index.js';
import { flagList, optionalFlags } from '../cli/flags.js';
import { KubectlError, RawError, UsageError } from '../errors.js';
import { api, type KubeInv } from '../env.js';
import { kindPrefixOf } from '../resources.js';
import { dryRunOf, dryRunSuffix, f, forEachTarget, outputSpec, parseKeyValues } from './common.js';
import { emit } from './write.js';
import { type Workload, type Container, objectsOf, get, podSpecOf } from './workload.js';
import { defineCommand, type CommandInv } from './globals.js';
import { NO_RESOURCES } from './label.js';
import { setSelectorCommand } from './setSelector.js';
import { setSubjectCommand } from './setSubject.js';

function updateContainers(
  inv: KubeInv<{ output: 'string'; 'dry-run': 'string' }>,
  verb: string,
  change: (containers: Container[], obj: Stored<Workload>) => void,
  args: readonly string[],
): CommandOutcome {
  const targets = objectsOf(inv, args);
  const spec = outputSpec(inv);
  return forEachTarget(inv.out, targets, (t) => {
    const obj = get(inv, t.type, t.name);
    const next = structuredClone(obj);
    const podSpec = podSpecOf(next);
    if (!podSpec) throw new KubectlError(`${kindPrefixOf(t.type)}/${t.name} has no pod template`);
    const containers = podSpec.containers ?? [];
    const before = JSON.stringify(podSpec);
    change(containers, next);
    if (JSON.stringify(podSpec) === before && !spec) return;
    const dry = dryRunOf(inv);
    const written =
      dry === 'client' ? next : api(inv).update(next, { namespace: obj.metadata.namespace, dryRun: dry === 'server' });
    emit(inv, [{ object: written, verb: `${verb}${dryRunSuffix(dry)}` }], spec, dry !== 'client');
  });
}

const setImageFlags = flagList(
  f.all('Select all resources, in the namespace of the specified resource types'),
  f.selector(),
  f.dryRun(),
  f.output(),
  f.filename('identifying the resource to get from a server.'),
);

function setImage(inv: CommandInv<typeof setImageFlags>): CommandOutcome {
  const pairs = inv.args.filter((a) => a.includes('='));
  const resources = inv.args.filter((a) => !a.includes('='));
  if (resources.length === 0 && inv.flags.list('filename').length === 0) {
    throw new KubectlError(NO_RESOURCES);
  }
  if (pairs.length === 0) throw new KubectlError('at least one image update is required');
  const images = parseKeyValues(pairs, 'image');
  return updateContainers(
    inv,
    'image updated',
    (containers, obj) => {
      for (const [name, image] of Object.entries(images)) {
        const matched = name === '*' ? containers : containers.filter((c) => c.name === name);
        if (matched.length === 0) throw new RawError(`error: unable to find container named "${name}"`);
        for (const c of matched) c.image = image;
      }
      void obj;
    },
    resources,
  );
}

const setEnvFlags = flagList(
  {
    name: 'env',
    short: 'e',
    type: 'stringArray',
    usage: 'Specify a key-value pair for an environment variable to set into each container.',
  },
  {
    name: 'containers',
    short: 'c',
    type: 'string',
    default: '*',
    usage: 'The names of containers in the selected pod templates to change - may use wildcards',
  },
  {
    name: 'list',
    type: 'bool',
    usage: 'If true, display the environment and any changes in the standard format.',
  },
  f.all('If true, select all resources in the namespace of the specified resource types'),
  f.selector(),
  f.dryRun(),
  f.output(),
);

function setEnv(inv: CommandInv<typeof setEnvFlags>): CommandOutcome {
  const pairs = inv.args.filter((a) => a.includes('=') || a.endsWith('-'));
  const resources = inv.args.filter((a) => !pairs.includes(a));
  const remove = pairs.filter((p) => p.endsWith('-') && !p.includes('=')).map((p) => p.slice(0, -1));
  const set = [...inv.flags.list('env'), ...pairs.filter((p) => p.includes('='))];
  if (inv.flags.bool('list')) {
    const t = objectsOf(inv, resources)[0];
    if (!t) throw new UsageError('required resource not specified');
    const obj = get(inv, t.type, t.name);
    let out = '';
    for (const c of podSpecOf(obj)?.containers ?? []) {
      out += `# ${t.type.kind.toLowerCase()}s/${t.name}, container ${c.name}\n`;
      for (const e of c.env ?? []) out += `${e.name}=${e.value ?? ''}\n`;
    }
    return { stdout: out, stderr: '', exitCode: 0 };
  }
  // set env declares no --filename.
  if (resources.length === 0 && optionalFlags(inv.flags).list('filename').length === 0)
    throw new KubectlError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (set.length === 0 && remove.length === 0)
    throw new KubectlError('at least one environment variable must be provided');
  const values = parseKeyValues(set, 'env');
  const only = inv.flags.str('containers') || '*';
  return updateContainers(
    inv,
    'env updated',
    (containers) => {
      for (const c of containers) {
        if (only !== '*' && c.name !== only) continue;
        let env = (c.env ?? []).filter((e) => !remove.includes(e.name));
        for (const [k, v] of Object.entries(values)) {
          const existing = env.find((e) => e.name === k);
          if (existing) existing.value = v;
          else env = [...env, { name: k, value: v }];
        }
        if (env.length > 0) c.env = env;
        else delete c.env;
      }
    },
    resources,
  );
}

const setResourcesFlags = flagList(
  {
    name: 'limits',
    type: 'string',
    usage: "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.",
  },
  {
    name: 'requests',
    type: 'string',
    usage: "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.",
  },
  {
    name: 'containers',
    short: 'c',
    type: 'string',
    default: '*',
    usage:
      'The names of containers in the selected pod templates to change, all containers are selected by default - may use wildcards',
  },
  f.all('Select all resources, in the namespace of the specified resource types'),
  f.selector(),
  f.dryRun(),
  f.output(),
);

function setResources(inv: CommandInv<typeof setResourcesFlags>): CommandOutcome {
  const limits = inv.flags.str('limits');
  const requests = inv.flags.str('requests');
  if (!limits && !requests)
    throw new KubectlError('you must specify an update to requests or limits (in the form of --requests/--limits)');
  const parse = (s: string): Record<string, string> => (s ? parseKeyValues(s.split(','), 'resource') : {});
  const only = inv.flags.str('containers') || '*';
  return updateContainers(
    inv,
    'resource requirements updated',
    (containers) => {
      for (const c of containers) {
        if (only !== '*' && c.name !== only) continue;
        const r = c.resources ?? {};
        if (limits) r.limits = { ...(r.limits ?? {}), ...parse(limits) };
        if (requests) r.requests = { ...(r.requests ?? {}), ...parse(requests) };
        c.resources = r;
      }
    },
    inv.args,
  );
}

const setServiceAccountFlags = flagList(
  f.all('Select all resources, in the namespace of the specified resource types'),
  f.dryRun(),
  f.output(),
  f.filename('identifying the resource to get from a server.'),
);

function setServiceAccount(inv: CommandInv<typeof setServiceAccountFlags>): CommandOutcome {
  if (inv.args.length === 0) throw new KubectlError('serviceaccount is required');
  const resources = inv.args.slice(0, -1);
  if (resources.length === 0 && inv.flags.list('filename').length === 0) throw new KubectlError(NO_RESOURCES);
  const name = inv.args[inv.args.length - 1]!;
  return updateContainers(
    inv,
    'serviceaccount updated',
    (_containers, obj) => {
      (podSpecOf(obj) as { serviceAccountName?: string }).serviceAccountName = name;
    },
    resources,
  );
}

export const setCommand = defineCommand({
  use: 'set SUBCOMMAND',
  short: 'Set specific features on objects',
  long: 'Configure application resources.\n\n These commands help you make changes to existing application resources.',
  group: 'Basic Commands (Beginner)',
  sub: [
    defineCommand({
      use: 'env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N',
      short: 'Update environment variables on a pod template',
      flags: setEnvFlags,
      run: setEnv,
    }),
    defineCommand({
      use: 'image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N',
      short: 'Update the image of a pod template',
      long: 'Update existing container image(s) of resources.',
      example: `  # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'
  kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1
  
  # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'
  kubectl set image deployments,rc nginx=nginx:1.9.1 --all
  
  # Update image of all containers of daemonset abc to 'nginx:1.9.1'
  kubectl set image daemonset abc *=nginx:1.9.1`,
      flags: setImageFlags,
      run: setImage,
    }),
    defineCommand({
      use: 'resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS]',
      short: 'Update resource requests/limits on objects with pod templates',
      flags: setResourcesFlags,
      run: setResources,
    }),
    setSelectorCommand,
    defineCommand({
      use: 'serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT',
      aliases: ['sa'],
      short: 'Update the service account of a resource',
      flags: setServiceAccountFlags,
      run: setServiceAccount,
    }),
    setSubjectCommand,
  ],
});
