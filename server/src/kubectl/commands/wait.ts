/** `kubectl wait`: a program that polls until a condition, a JSONPath value, creation or deletion. */
import type { CommandOutcome } from '../../shell/command.js';
import { groupResource, type Stored } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, RawError } from '../errors.js';
import { api, namespaceOf } from '../env.js';
import { pollProgram } from '../program.js';
import { kindPrefixOf, parseResourceArgs } from '../resources.js';
import { evaluateJsonPath, parseJsonPath, relaxedJsonPath } from '../../lib/jsonpath.js';
import { f } from './common.js';
import { defineCommand, type CommandInv } from './globals.js';

const waitFlags = flagList(
  {
    name: 'for',
    type: 'string',
    usage:
      "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]].",
  },
  f.timeout('30s'),
  f.selector(),
  { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' },
  f.allNamespaces(),
  f.filename('identifying the resource.'),
  f.output(),
);

function waitCmd(inv: CommandInv<typeof waitFlags>): CommandOutcome {
  const forSpec = inv.flags.str('for');
  if (!forSpec) throw new KubectlError('unrecognized condition: ""');
  const parsed = parseResourceArgs(inv, inv.args);
  const forDelete = forSpec.toLowerCase() === 'delete';
  const server = api(inv);
  const selector = inv.flags.str('selector');
  const all = inv.flags.bool('all');
  const targets: {
    type: (typeof parsed.requests)[number]['type'];
    namespace: string | undefined;
    name: string;
    uid?: string;
  }[] = [];
  for (const r of parsed.requests) {
    const ns = r.type.namespaced ? namespaceOf(inv) : undefined;
    if (r.name !== undefined) {
      const obj = server.find(groupResource(r.type), ns, r.name);
      // wait.go: for delete, a NotFound is ignored (already gone: nothing to print, nothing to wait for).
      if (!obj && forDelete) continue;
      if (!obj) throw new RawError(`Error from server (NotFound): ${groupResource(r.type)} "${r.name}" not found`);
      targets.push({ type: r.type, namespace: ns, name: r.name, uid: obj.metadata.uid });
    } else {
      if (!selector && !all) throw new KubectlError('resource(s) were provided, but no name was specified');
      for (const o of server.list(groupResource(r.type), { namespace: ns, labelSelector: selector || undefined }).items)
        targets.push({ type: r.type, namespace: o.metadata.namespace, name: o.metadata.name, uid: o.metadata.uid });
    }
  }
  if (targets.length === 0) {
    if (forDelete) return { stdout: '', stderr: '', exitCode: 0 };
    throw new KubectlError('no matching resources found');
  }
  let test: (o: Stored | undefined, t: (typeof targets)[number]) => boolean;
  if (forSpec === 'delete') test = (o, t) => !o || o.metadata.uid !== t.uid;
  else if (forSpec.startsWith('condition=')) {
    const body = forSpec.slice('condition='.length);
    const [cond = '', want = 'True'] = body.split('=');
    test = (o) =>
      Boolean(
        o &&
        ((o.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []).some(
          (c) => c.type.toLowerCase() === cond.toLowerCase() && c.status.toLowerCase() === want.toLowerCase(),
        ),
      );
  } else if (forSpec.startsWith('jsonpath=')) {
    const body = forSpec.slice('jsonpath='.length);
    const m = /^(.*\})=(.*)$/.exec(body) ?? /^([^=]*)=(.*)$/.exec(body);
    const path = m?.[1] ?? body;
    const want = m?.[2];
    const template = parseJsonPath(relaxedJsonPath(path));
    test = (o) => {
      if (!o) return false;
      const values = evaluateJsonPath(template, o, { allowMissingKeys: true })[0] ?? [];
      return want === undefined ? values.length > 0 : values.some((v) => String(v) === want);
    };
  } else if (forSpec.startsWith('create')) test = (o) => Boolean(o);
  else throw new KubectlError(`unrecognized condition: "${forSpec}"`);
  const timeout = inv.flags.int('timeout');
  const pending = new Set(targets.map((_t, i) => i));
  return {
    program: pollProgram({
      check: (io) => {
        if (inv.env.cluster.state !== 'Running') return undefined;
        for (const i of [...pending]) {
          const t = targets[i]!;
          const o = server.find(groupResource(t.type), t.namespace, t.name);
          if (test(o, t)) {
            pending.delete(i);
            io.write(`${kindPrefixOf(t.type)}/${t.name} condition met\n`);
          }
        }
        return pending.size === 0 ? 0 : undefined;
      },
      timeoutMs: timeout > 0 ? timeout : 30_000,
      onTimeout: (io) => {
        const t = targets[[...pending][0] ?? 0]!;
        io.write(`error: timed out waiting for the condition on ${groupResource(t.type)}/${t.name}\n`);
        return 1;
      },
    }),
  };
}

export const waitCommand = defineCommand({
  use: "wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]]",
  short: 'Experimental: Wait for a specific condition on one or many resources',
  long: 'Experimental: Wait for a specific condition on one or many resources.\n\n The command takes multiple resources and waits until the specified condition is seen in the Status field of every given resource.\n\n Alternatively, the command can wait for the given set of resources to be created or deleted by providing the "create" or "delete" keyword as the value to the --for flag.\n\n A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o option to change to output destination.',
  example: `  # Wait for the pod "busybox1" to contain the status condition of type "Ready"
  kubectl wait --for=condition=Ready pod/busybox1
  
  # Wait for the pod "busybox1" to contain the status phase to be "Running"
  kubectl wait --for=jsonpath='{.status.phase}'=Running pod/busybox1
  
  # Wait for pod "busybox1" to be deleted, with a timeout of 60s, after having issued the "delete" command
  kubectl delete pod/busybox1
  kubectl wait --for=delete pod/busybox1 --timeout=60s`,
  flags: waitFlags,
  run: waitCmd,
});
