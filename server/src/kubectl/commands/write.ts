/**
 * Sending objects to the API server as create/apply/replace do, with dry-run, the namespace rules
 * and kubectl's per-object output and error wrapping (`error when creating "web.yaml": …`).
 */
import {
  groupResource,
  isStatusError,
  LAST_APPLIED_ANNOTATION,
  lastAppliedConfiguration,
  type KubeObject,
  type Stored,
} from '../../sim/index.js';
import { optionalFlags } from '../cli/flags.js';
import { formatStatusError, KubectlError } from '../errors.js';
import { api, explicitNamespace, namespaceOf, now, type KubeInv } from '../env.js';
import { kustomizeBuild, KustomizeError } from '../kustomize/build.js';
import { readManifests, type ManifestObject } from '../manifest.js';
import { resolvePath } from '../../shell/vfs.js';
import type { OutputSpec } from '../print/formats/output.js';
import type { ResourceArgs } from '../resources.js';
import { clientDecoding, dryRunOf, dryRunSuffix, kindPrefixFromObject, print, type DryRun } from './common.js';

/** The namespace an object goes to; kubectl refuses a mismatch with an explicit -n. */
export function targetNamespace(inv: KubeInv, obj: KubeObject): string {
  const ns = namespaceOf(inv);
  const own = obj.metadata?.namespace;
  if (own && explicitNamespace(inv) && own !== ns) {
    throw new KubectlError(
      `the namespace from the provided object "${own}" does not match the namespace "${ns}". You must pass '--namespace=${own}' to perform this operation.`,
    );
  }
  return own || ns;
}

export function withAnnotation(obj: KubeObject, key: string, value: string): KubeObject {
  return {
    ...obj,
    metadata: { ...(obj.metadata ?? {}), annotations: { ...(obj.metadata?.annotations ?? {}), [key]: value } },
  };
}

/** What `--save-config` records: the object as sent, with the namespace it goes to when its kind has one. */
export function lastApplied(inv: KubeInv, obj: KubeObject, namespace: string): string {
  const type = inv.env.cluster.registry.forObject(obj.apiVersion, obj.kind);
  return lastAppliedConfiguration(obj, type.namespaced ? namespace : undefined);
}

export interface Written {
  object: KubeObject;
  verb: string;
}

/** Creates one generated object (create deployment, run, expose…) and prints the result. */
export function createGenerated(
  inv: KubeInv<{ 'dry-run': 'string' }>,
  obj: KubeObject,
  spec: OutputSpec | undefined,
  verb = 'created',
): Stored | KubeObject {
  const dry = dryRunOf(inv);
  const decode = clientDecoding(inv);
  if (dry === 'client') {
    emit(inv, [{ object: obj, verb: `${verb}${dryRunSuffix(dry)}` }], spec, false);
    return obj;
  }
  const server = api(inv);
  const ns = targetNamespace(inv, obj);
  let toSend = obj;
  if (optionalFlags(inv.flags).bool('save-config'))
    toSend = withAnnotation(obj, LAST_APPLIED_ANNOTATION, lastApplied(inv, obj, ns));
  const created = server.create(toSend, {
    namespace: ns,
    dryRun: dry === 'server',
    fieldManager: 'kubectl-create',
    decode,
  });
  emit(inv, [{ object: created, verb: `${verb}${dryRunSuffix(dry)}` }], spec, true);
  return created;
}

/** Prints `kind/name verb` lines, or the objects in the -o format. */
export function emit(inv: KubeInv, items: readonly Written[], spec: OutputSpec | undefined, fromServer: boolean): void {
  if (!spec || spec.kind === 'table') {
    for (const { object, verb } of items)
      inv.out.println(`${kindPrefixFromObject(object)}/${object.metadata?.name ?? ''} ${verb}`);
    return;
  }
  if (spec.kind === 'name') {
    for (const { object } of items) inv.out.println(`${kindPrefixFromObject(object)}/${object.metadata?.name ?? ''}`);
    return;
  }
  inv.out.print(
    print(
      items.map((i) => i.object),
      spec,
      { now: now(inv), asList: items.length !== 1, sortKeys: fromServer },
    ),
  );
}

export interface ApplyItem {
  source: string;
  object: KubeObject;
}

type FileInv = KubeInv<{ filename: 'stringArray'; recursive: 'bool' }>;

/** True when the objects come from `-f` or `-k` rather than resource arguments. */
export function fromInputFiles(inv: FileInv): boolean {
  return inv.flags.list('filename').length > 0 || optionalFlags(inv.flags).str('kustomize') !== '';
}

/**
 * The objects `-f` names, or the ones `-k` builds with the built-in kustomize (its deprecation notes go to stderr,
 * its failures come out as `error: …`; each object's source is the directory as given, as kubectl names it).
 */
export function inputObjects(inv: FileInv): ManifestObject[] {
  const dir = optionalFlags(inv.flags).str('kustomize');
  if (!dir) return readManifests(inv.ctx, inv.flags.list('filename'), inv.flags.bool('recursive'));
  if (inv.flags.list('filename').length > 0) throw new KubectlError('only one of -f or -k can be specified');
  if (inv.flags.bool('recursive')) throw new KubectlError("the -k flag can't be used with -f or -R");
  const path = resolvePath(inv.ctx.cwd, dir.replace(/^~(?=\/|$)/, inv.ctx.home));
  try {
    return kustomizeBuild(inv.ctx.vfs, path, dir, (w) => inv.out.error(w)).map((obj) => ({
      source: dir,
      object: obj as unknown as KubeObject,
    }));
  } catch (e) {
    if (e instanceof KustomizeError) throw new KubectlError(e.message);
    throw e;
  }
}

/** The objects of `-f` or `-k` (create, apply, replace, diff), or kubectl's error when there are none. */
export function manifests(inv: FileInv, verb: string): ManifestObject[] {
  if (!fromInputFiles(inv)) throw new KubectlError('must specify one of -f and -k');
  const items = inputObjects(inv);
  if (items.length === 0) throw new KubectlError(`no objects passed to ${verb}`);
  return items;
}

/**
 * The objects `-f` names, as requests by type, namespace and name (get, describe, delete): the resource builder
 * reads the files and looks the objects up on the server. Resource arguments beside `-f` are refused as kubectl does.
 */
export function requestsFromFiles(inv: FileInv): ResourceArgs {
  if (inv.args.length > 0)
    throw new KubectlError(
      'when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well',
    );
  const types = new Set<string>();
  // As the resource builder: an empty file names nothing, which is no error for these verbs.
  const requests = inputObjects(inv).map(({ object }) => {
    const type = inv.env.cluster.registry.forObject(object.apiVersion, object.kind);
    types.add(groupResource(type));
    const namespace = type.namespaced ? targetNamespace(inv, object) : undefined;
    return { type, name: object.metadata?.name ?? '', namespace };
  });
  return { requests, multipleTypes: types.size > 1, named: true };
}

/** Runs `write` for every manifest object; API errors are printed with their source and counted. */
export function eachObject(
  inv: KubeInv<{ 'dry-run': 'string' }>,
  items: readonly ApplyItem[],
  verb: string,
  write: (item: ApplyItem, dry: DryRun) => Written | undefined,
  spec: OutputSpec | undefined,
): number {
  const dry = dryRunOf(inv);
  let failed = 0;
  const done: Written[] = [];
  for (const item of items) {
    try {
      const w = write(item, dry);
      if (w) {
        if (!spec || spec.kind === 'table' || spec.kind === 'name') emit(inv, [w], spec, dry !== 'client');
        else done.push(w);
      }
    } catch (e) {
      // One object's client-side refusal is printed like a server's, and the others still go.
      if (e instanceof KubectlError) {
        inv.out.error(`error: ${e.message}`);
        failed++;
        continue;
      }
      if (isStatusError(e)) {
        const { name, namespace } = item.object.metadata ?? {};
        inv.out.error(formatStatusError(e, { verb, source: item.source, name, namespace }));
        failed++;
        continue;
      }
      throw e;
    }
  }
  if (done.length > 0) emit(inv, done, spec, dry !== 'client');
  return failed;
}
