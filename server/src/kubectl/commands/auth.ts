/** `kubectl auth can-i|whoami`: RBAC checks as the API server would answer them (`auth reconcile` is reconcile.ts). */
import type { CommandOutcome } from '../../shell/command.js';
import {
  ADMIN_USER,
  authorize,
  resolveServed,
  rulesReview,
  tokenIdentity,
  userFor,
  type KubeObject,
  type RulesReviewStatus,
} from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, RawError } from '../errors.js';
import { readKubeconfig } from '../kubeconfig.js';
import { api, currentContext, namespaceOf, now, type KubeInv } from '../env.js';
import { renderRows } from '../print/table.js';
import { f, outputSpec, print } from './common.js';
import { defineCommand, type CommandInv } from './globals.js';
import { reconcileCommand } from './reconcile.js';
import { breakdownRule } from '../rbacReconcile.js';

const canIFlags = flagList(
  f.allNamespaces(),
  { name: 'list', type: 'bool', usage: 'If true, prints all allowed actions.' },
  { name: 'no-headers', type: 'bool', usage: 'If true, prints allowed actions without headers' },
  { name: 'quiet', short: 'q', type: 'bool', usage: 'If true, suppress output and just return the exit code.' },
  { name: 'subresource', type: 'string', usage: 'SubResource such as pod/log or deployment/scale' },
);

/** cani.go: verbs it knows, and the resources discovery cannot list (checked without a warning). */
const RESOURCE_VERBS = new Set([
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'deletecollection',
  'use',
  'bind',
  'impersonate',
  '*',
  'approve',
  'sign',
  'escalate',
  'attest',
]);
const NON_RESOURCE_URL_VERBS = new Set(['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*']);
const NON_STANDARD_RESOURCE_NAMES = new Set(['users', 'groups']);

interface Rule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

const rule = (r: Partial<Rule>): Rule => ({
  verbs: r.verbs ?? [],
  apiGroups: r.apiGroups ?? [],
  resources: r.resources ?? [],
  resourceNames: r.resourceNames ?? [],
  nonResourceURLs: r.nonResourceURLs ?? [],
});

/** PolicyRule.String(), which kubectl sorts the list by. */
const ruleString = (r: Rule) =>
  `&PolicyRule{Verbs:[${r.verbs.join(' ')}],APIGroups:[${r.apiGroups.join(' ')}],Resources:[${r.resources.join(' ')}],` +
  `ResourceNames:[${r.resourceNames.join(' ')}],NonResourceURLs:[${r.nonResourceURLs.join(' ')}],}`;

/**
 * cani.go printStatus: every rule broken down to one verb, group, resource and name (rbacutil.BreakdownRule), the
 * rules that differ only by verb joined again (CompactRules), sorted by their String().
 */
function printableRules(status: RulesReviewStatus): Rule[] {
  const broken = [...status.resourceRules, ...status.nonResourceRules].flatMap(breakdownRule).map(rule);
  const compacted: Rule[] = [];
  const simple = new Map<string, Rule>();
  for (const r of broken) {
    if (r.nonResourceURLs.length > 0) {
      compacted.push(r);
      continue;
    }
    const key = `${r.apiGroups[0]}\u0000${r.resources[0]}\u0000${r.resourceNames[0] ?? '\u0001'}`;
    const existing = simple.get(key);
    if (!existing) simple.set(key, { ...r, verbs: [...r.verbs] });
    else for (const v of r.verbs) if (!existing.verbs.includes(v)) existing.verbs.push(v);
  }
  compacted.push(...simple.values());
  const keyed = compacted.map((r) => ({ r, k: ruleString(r) }));
  return keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).map((x) => x.r);
}

/** describe.CombineResourceGroup: `resource.group[/subresource]` from a rule's first resource and group. */
function combineResourceGroup(resources: readonly string[], groups: readonly string[]): string {
  const first = resources[0];
  if (first === undefined) return '';
  const [base = '', sub] = first.split(/\/(.*)/s);
  const group = groups[0] ? `.${groups[0]}` : '';
  return `${base}${group}${sub !== undefined ? `/${sub}` : ''}`;
}

function canI(inv: CommandInv<typeof canIFlags>): CommandOutcome {
  api(inv);
  const as = inv.flags.str('as');
  const user = as ? userFor(as, inv.flags.list('as-group')) : ADMIN_USER;
  const ns = inv.flags.bool('all-namespaces') ? undefined : namespaceOf(inv);
  if (inv.flags.bool('list')) {
    if (inv.args.length > 0) throw new KubectlError('list option must be specified with no arguments');
    if (inv.flags.bool('quiet') || inv.flags.bool('all-namespaces') || inv.flags.str('subresource'))
      throw new KubectlError(
        "list option can't be specified with neither quiet, all-namespaces nor subresource options",
      );
    const rows = printableRules(rulesReview(inv.env.cluster.store, user, ns)).map((r) => [
      combineResourceGroup(r.resources, r.apiGroups),
      `[${r.nonResourceURLs.join(' ')}]`,
      `[${r.resourceNames.join(' ')}]`,
      `[${r.verbs.join(' ')}]`,
    ]);
    if (!inv.flags.bool('no-headers')) rows.unshift(['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs']);
    return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
  }
  const [verb, what] = inv.args;
  if (!verb || !what || inv.args.length !== 2)
    throw new RawError(
      "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.",
    );
  // kubectl's WarningPrinter adds a line break to messages that end in one already.
  const warn = (message: string) => inv.out.error(`Warning: ${message}\n\n`);
  const sub = inv.flags.str('subresource');
  let attrs: { group: string; resource: string; name?: string | undefined };
  if (what.startsWith('/')) {
    if (sub) throw new KubectlError('--subresource can not be used with NonResourceURL');
    if (!NON_RESOURCE_URL_VERBS.has(verb)) warn(`verb '${verb}' is not a known verb`);
    attrs = { group: '', resource: what };
  } else {
    const [typeName = '', name] = splitOnce(what, '/');
    const type = typeName === '*' ? undefined : resolveServed(inv.env.cluster, typeName);
    if (!type && typeName !== '*' && !NON_STANDARD_RESOURCE_NAMES.has(typeName.toLowerCase())) {
      // cani.go resourceFor: the warning names the group apart when one was given.
      const [base = '', ...rest] = typeName.toLowerCase().split('.');
      warn(
        rest.length > 0
          ? `the server doesn't have a resource type '${base}' in group '${rest.join('.')}'`
          : `the server doesn't have a resource type '${base}'`,
      );
    }
    if (type && !type.namespaced && ns !== undefined) {
      warn(
        type.group
          ? `resource '${type.plural}' is not namespace scoped in group '${type.group}'`
          : `resource '${type.plural}' is not namespace scoped`,
      );
    }
    if (!RESOURCE_VERBS.has(verb)) warn(`verb '${verb}' is not a known verb`);
    attrs = { group: type?.group ?? '', resource: type?.plural ?? typeName.toLowerCase(), name: name || undefined };
  }
  if (inv.flags.bool('no-headers')) throw new KubectlError('--no-headers cannot be set without --list specified');
  const allowed = authorize(inv.env.cluster.store, user, {
    verb,
    group: attrs.group,
    resource: sub ? `${attrs.resource}/${sub}` : attrs.resource,
    namespace: ns,
    name: attrs.name,
  });
  inv.out.println(allowed ? 'yes' : 'no');
  return { stdout: '', stderr: '', exitCode: allowed ? 0 : 1 };
}

const splitOnce = (text: string, separator: string): [string, string | undefined] => {
  const i = text.indexOf(separator);
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
};

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
    // Typed: kubectl's JSON keeps the struct's field order (kind first); the review is never stored, so no timestamp.
    const review = {
      kind: 'SelfSubjectReview',
      apiVersion: 'authentication.k8s.io/v1',
      metadata: { creationTimestamp: null },
      status: {
        userInfo: {
          username: who.username,
          ...(who.uid ? { uid: who.uid } : {}),
          groups: [...who.groups],
          ...(who.extra ? { extra: who.extra } : {}),
        },
      },
    } as unknown as KubeObject;
    return {
      stdout: print([review], spec, { now: now(inv), asList: false, sortKeys: false }),
      stderr: '',
      exitCode: 0,
    };
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
    reconcileCommand,
    defineCommand({
      use: 'whoami',
      short: 'Experimental: Check self subject attributes',
      flags: whoamiFlags,
      run: whoami,
    }),
  ],
});
