/** `kubectl create` and its generators (kubectl/pkg/cmd/create). */
import type { CommandOutcome } from '../../shell/command.js';
import type { KubeObject } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { UsageError } from '../errors.js';
import { api } from '../env.js';
import { clientDecoding, f, outputSpec } from './common.js';
import { eachObject, lastApplied, manifests, targetNamespace, withAnnotation } from './write.js';
import { LAST_APPLIED_ANNOTATION } from '../../sim/index.js';
import { genericFlags } from './create/generator.js';
import { createDeployment } from './create/deployment.js';
import { createNamespace, createServiceAccount } from './create/namespace.js';
import { createPriorityClass } from './create/priorityClass.js';
import { createPdb } from './create/pdb.js';
import { createTokenCommand } from './create/token.js';
import { createConfigMap } from './create/configmap.js';
import { createSecret } from './create/secret.js';
import { createService } from './create/service.js';
import { createJob, createCronJob } from './create/job.js';
import { createRole, createClusterRole, createRoleBinding, createClusterRoleBinding } from './create/rbac.js';
import { createIngress } from './create/ingress.js';
import { createQuota } from './create/quota.js';
import { defineCommand, type CommandInv } from './globals.js';

const createFlags = flagList(
  ...genericFlags,
  f.filename('the files that contain the configuration to create'),
  f.recursive(),
  f.kustomize(),
  f.selector(),
  { name: 'edit', type: 'bool', usage: 'Edit the API resource before creating' },
  {
    name: 'raw',
    type: 'string',
    usage: 'Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.',
  },
  {
    name: 'windows-line-endings',
    type: 'bool',
    usage: 'Only relevant if --edit=true. Defaults to the line ending native to your platform.',
  },
);

function fromFiles(inv: CommandInv<typeof createFlags>): CommandOutcome {
  const decode = clientDecoding(inv);
  const items = manifests(inv, 'create');
  const spec = outputSpec(inv);
  const failed = eachObject(
    inv,
    items,
    'creating',
    ({ object }, dry) => {
      if (dry === 'client') return { object, verb: 'created (dry run)' };
      const server = api(inv);
      const namespace = targetNamespace(inv, object);
      const toSend = inv.flags.bool('save-config')
        ? withAnnotation(object, LAST_APPLIED_ANNOTATION, lastApplied(inv, object, namespace))
        : object;
      const created = server.create(toSend, {
        namespace,
        dryRun: dry === 'server',
        fieldManager: 'kubectl-create',
        decode,
      });
      return {
        object: created as unknown as KubeObject,
        verb: dry === 'server' ? 'created (server dry run)' : 'created',
      };
    },
    spec,
  );
  return { stdout: '', stderr: '', exitCode: failed > 0 ? 1 : 0 };
}

const subcommands = [
  createDeployment,
  createNamespace,
  createConfigMap,
  createSecret,
  createService,
  createJob,
  createCronJob,
  createServiceAccount,
  createRole,
  createClusterRole,
  createRoleBinding,
  createClusterRoleBinding,
  createIngress,
  createQuota,
  createPriorityClass,
  createPdb,
  createTokenCommand,
];

export const createCommand = defineCommand({
  use: 'create -f FILENAME',
  short: 'Create a resource from a file or from stdin',
  long: 'Create a resource from a file or from stdin.\n\n JSON and YAML formats are accepted.',
  example: `  # Create a pod using the data in pod.json
  kubectl create -f ./pod.json
  
  # Create a pod based on the JSON passed into stdin
  cat pod.json | kubectl create -f -
  
  # Edit the data in registry.yaml in JSON then create the resource using the edited data
  kubectl create -f registry.yaml --edit -o json`,
  group: 'Basic Commands (Beginner)',
  flags: createFlags,
  sub: subcommands,
  run: (inv) => {
    if (inv.args.length > 0 && inv.flags.list('filename').length === 0) {
      throw new UsageError(`Unexpected args: [${inv.args.join(' ')}]`);
    }
    return fromFiles(inv);
  },
});
