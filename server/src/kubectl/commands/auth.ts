/** `kubectl auth can-i|whoami`: RBAC checks as the API server would answer them. */
import type { CommandOutcome } from '../../shell/command.js';
import { ADMIN_USER, authorize, rulesFor, userFor } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { RawError } from '../errors.js';
import { api, namespaceOf, type KubeInv } from '../env.js';
import { renderRows } from '../print/table.js';
import { f } from './common.js';
import { defineCommand, type CommandInv } from './globals.js';

const canIFlags = flagList(
  f.allNamespaces(),
  { name: 'list', type: 'bool', usage: 'If true, prints all allowed actions.' },
  { name: 'no-headers', type: 'bool', usage: 'If true, prints allowed actions without headers' },
  { name: 'quiet', short: 'q', type: 'bool', usage: 'If true, suppress output and just return the exit code.' },
  { name: 'subresource', type: 'string', usage: 'SubResource such as pod/log or deployment/scale' },
);

function canI(inv: CommandInv<typeof canIFlags>): CommandOutcome {
  api(inv);
  const as = inv.flags.str('as');
  const user = as ? userFor(as, inv.flags.list('as-group')) : ADMIN_USER;
  const ns = inv.flags.bool('all-namespaces') ? undefined : namespaceOf(inv);
  if (inv.flags.bool('list')) {
    const rules = rulesFor(inv.env.cluster.store, user, ns);
    const rows: string[][] = [['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs']];
    for (const r of rules as {
      apiGroups?: string[];
      resources?: string[];
      nonResourceURLs?: string[];
      resourceNames?: string[];
      verbs: string[];
    }[]) {
      for (const res of r.resources ?? []) {
        for (const g of r.apiGroups ?? [''])
          rows.push([
            g ? `${res}.${g}` : res,
            '[]',
            `[${(r.resourceNames ?? []).join(' ')}]`,
            `[${r.verbs.join(' ')}]`,
          ]);
      }
      if (r.nonResourceURLs?.length)
        rows.push(['', `[${r.nonResourceURLs.join(' ')}]`, '[]', `[${r.verbs.join(' ')}]`]);
    }
    return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
  }
  const [verb, what] = inv.args;
  if (!verb || !what)
    throw new RawError(
      "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.",
    );
  const [typeName = '', name] = what.split('/');
  let group = '';
  let resource = typeName;
  if (typeName !== '*' && !typeName.startsWith('/')) {
    const type = inv.env.cluster.registry.resolve(typeName);
    if (!type) {
      inv.out.error(`Warning: the server doesn't have a resource type '${typeName}'\n`);
    } else {
      group = type.group;
      resource = type.plural;
    }
  }
  const sub = inv.flags.str('subresource');
  const allowed = authorize(inv.env.cluster.store, user, {
    verb,
    group,
    resource: sub ? `${resource}/${sub}` : resource,
    namespace: ns,
    name: name || undefined,
  });
  inv.out.println(allowed ? 'yes' : 'no');
  return { stdout: '', stderr: '', exitCode: allowed ? 0 : 1 };
}

function whoami(inv: KubeInv<{ output: 'string'; as: 'string' }>): CommandOutcome {
  api(inv);
  const as = inv.flags.str('as');
  const user = as ? userFor(as) : ADMIN_USER;
  const rows = [
    ['ATTRIBUTE', 'VALUE'],
    ['Username', user.name],
    ['Groups', `[${user.groups.join(' ')}]`],
  ];
  return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
}

export const authCommand = defineCommand({
  use: 'auth',
  short: 'Inspect authorization',
  long: 'Inspect authorization.',
  sub: [
    defineCommand({
      use: 'can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL]',
      short: 'Check whether an action is allowed',
      long: "Check whether an action is allowed.\n\n VERB is a logical Kubernetes API verb like 'get', 'list', 'watch', 'delete', etc. TYPE is a Kubernetes resource. Shortcuts and groups will be resolved. NONRESOURCEURL is a partial URL that starts with \"/\". NAME is the name of a particular Kubernetes resource. This command pairs nicely with impersonation. See --as global flag.",
      example: `  # Check to see if I can create pods in any namespace
  kubectl auth can-i create pods --all-namespaces
  
  # Check to see if I can list deployments in my current namespace
  kubectl auth can-i list deployments.apps
  
  # Check to see if service account "foo" of namespace "dev" can list pods in the namespace "prod"
  # You must be allowed to use impersonation for the global option "--as"
  kubectl auth can-i list pods --as=system:serviceaccount:dev:foo -n prod
  
  # List all allowed actions in namespace "foo"
  kubectl auth can-i --list --namespace=foo`,
      flags: canIFlags,
      run: (inv) => {
        const r = canI(inv);
        if (inv.flags.bool('quiet')) inv.out.stdout = '';
        return r;
      },
    }),
    defineCommand({
      use: 'whoami',
      short: 'Experimental: Check self subject attributes',
      flags: [f.output()],
      run: whoami,
    }),
  ],
});
