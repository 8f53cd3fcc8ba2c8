/** `kubectl auth can-i|whoami`: RBAC checks as the API server would answer them. */
import type { CommandOutcome } from '../../shell/command.js';
import { ADMIN_USER, authorize, rulesFor, tokenIdentity, userFor, type KubeObject } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, RawError } from '../errors.js';
import { readKubeconfig } from '../kubeconfig.js';
import { api, currentContext, namespaceOf, now, type KubeInv } from '../env.js';
import { renderRows } from '../print/table.js';
import { f, outputSpec, print } from './common.js';
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

interface Identity {
  username: string;
  uid?: string;
  groups: readonly string[];
  extra?: Readonly<Record<string, readonly string[]>>;
}

/** The bearer token the request carries: --token, else the kubeconfig user's. */
function bearerToken(inv: KubeInv<{ token: 'string' }>): string {
  const flag = inv.flags.str('token');
  if (flag) return flag;
  const user = currentContext(inv)?.user;
  const config = readKubeconfig(inv.ctx, inv.flags.str('kubeconfig') || undefined);
  const token = config?.users?.find((u) => u.name === user)?.user.token;
  return typeof token === 'string' ? token : '';
}

/**
 * Who the API server takes the caller for: the impersonated user (--as), the service account of a token this cluster
 * issued (`kubectl create token`), or minikube's admin client certificate. A token it did not issue is refused.
 */
function identity(inv: KubeInv<{ as: 'string'; 'as-group': 'stringArray'; token: 'string' }>): Identity {
  const as = inv.flags.str('as');
  if (as) {
    const user = userFor(as, inv.flags.list('as-group'));
    return { username: user.name, groups: user.groups };
  }
  const token = bearerToken(inv);
  if (!token) return { username: ADMIN_USER.name, groups: ADMIN_USER.groups };
  const sa = tokenIdentity(token);
  if (!sa) throw new KubectlError('You must be logged in to the server (Unauthorized)');
  // Legacy Secret-based tokens carry no token id, so no credential id either.
  const extra: Record<string, string[]> = sa.jti
    ? { 'authentication.kubernetes.io/credential-id': [`JTI=${sa.jti}`] }
    : {};
  for (const kind of ['node', 'pod'] as const) {
    const bound = sa.claims[kind] as { name?: string; uid?: string } | undefined;
    if (bound?.name) extra[`authentication.kubernetes.io/${kind}-name`] = [bound.name];
    if (bound?.uid) extra[`authentication.kubernetes.io/${kind}-uid`] = [bound.uid];
  }
  return {
    username: sa.username,
    uid: sa.uid,
    groups: ['system:serviceaccounts', `system:serviceaccounts:${sa.namespace}`, 'system:authenticated'],
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
  };
}

function whoami(inv: CommandInv<typeof whoamiFlags>): CommandOutcome {
  api(inv);
  const who = identity(inv);
  const spec = outputSpec(inv);
  if (spec) {
    const review = {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'SelfSubjectReview',
      metadata: { creationTimestamp: new Date(now(inv)).toISOString().replace(/\.\d{3}Z$/, 'Z') },
      status: {
        userInfo: {
          username: who.username,
          ...(who.uid ? { uid: who.uid } : {}),
          groups: [...who.groups],
          ...(who.extra ? { extra: who.extra } : {}),
        },
      },
    } as unknown as KubeObject;
    return { stdout: print([review], spec, { now: now(inv), asList: false }), stderr: '', exitCode: 0 };
  }
  const rows = [
    ['ATTRIBUTE', 'VALUE'],
    ['Username', who.username],
  ];
  if (who.uid) rows.push(['UID', who.uid]);
  if (who.groups.length > 0) rows.push(['Groups', `[${who.groups.join(' ')}]`]);
  for (const key of Object.keys(who.extra ?? {}).sort())
    rows.push([`Extra: ${key}`, `[${(who.extra?.[key] ?? []).join(' ')}]`]);
  return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
}

const whoamiFlags = flagList(f.output(), f.showManagedFields(), f.template());

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
      flags: whoamiFlags,
      run: whoami,
    }),
  ],
});
