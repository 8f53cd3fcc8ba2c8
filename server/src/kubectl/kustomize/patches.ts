/**
 * patches, patchesStrategicMerge and patchesJson6902: strategic merge patches (a whole-object `$patch: delete`
 * removes the resource) and RFC 6902 operations, aimed by the patch's own id or by a target selector.
 */
import { parseAllDocuments } from 'yaml';
import { applyPatch, matches, parseLabelSelector } from '../../sim/index.js';
import type { KubeObject } from '../../sim/index.js';
import type { PatchTarget } from './kustomization.js';
import {
  gvkOf,
  gvkString,
  isMap,
  kindOf,
  namespaceOf,
  nameOf,
  type Json,
  type JsonMap,
  type Resource,
} from './resource.js';

export class PatchError extends Error {}

/** The YAML or JSON documents of a patch. */
export function parsePatchDocuments(text: string): Json[] {
  const docs = parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [];
  const out: Json[] = [];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err) throw new PatchError(`unable to parse SM or JSON patch from [${text}]`);
    const value = doc.toJS({ maxAliasCount: 100 }) as Json;
    if (value !== null && value !== undefined) out.push(value);
  }
  return out;
}

function regexMatch(pattern: string | undefined, value: string): boolean {
  if (pattern === undefined || pattern === '') return true;
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
}

function selectorMatches(selector: string | undefined, map: Json | undefined): boolean {
  if (!selector) return true;
  const labels = isMap(map) ? (map as Record<string, string>) : {};
  return matches(parseLabelSelector(selector), labels);
}

function names(res: Resource): string[] {
  return [nameOf(res.obj), res.originalName, ...res.previousNames];
}

/** The resources a patch target selects (kustomize's resmap Select: names and namespaces are regular expressions). */
export function selectTargets(resources: readonly Resource[], target: PatchTarget): Resource[] {
  return resources.filter((res) => {
    const g = gvkOf(res.obj);
    if (target.kind && !regexMatch(target.kind, g.kind)) return false;
    if (target.group !== undefined && target.group !== '' && !regexMatch(target.group, g.group)) return false;
    if (target.version && !regexMatch(target.version, g.version)) return false;
    if (target.name && !names(res).some((n) => regexMatch(target.name, n))) return false;
    if (target.namespace && !regexMatch(target.namespace, namespaceOf(res.obj))) return false;
    const meta = isMap(res.obj.metadata) ? res.obj.metadata : {};
    return (
      selectorMatches(target.labelSelector, meta.labels) && selectorMatches(target.annotationSelector, meta.annotations)
    );
  });
}

function patchId(patch: JsonMap): string {
  return `${gvkString(gvkOf(patch))}/${nameOf(patch)}.${namespaceOf(patch) || '[noNs]'}`;
}

/** The one resource a strategic merge patch without a target names by its kind, apiVersion, name and namespace. */
function ownTarget(resources: readonly Resource[], patch: JsonMap): Resource {
  const pg = gvkOf(patch);
  const name = nameOf(patch);
  const ns = namespaceOf(patch);
  const found = resources.filter((res) => {
    const g = gvkOf(res.obj);
    if (g.kind !== pg.kind || (pg.group && g.group !== pg.group) || (pg.version && g.version !== pg.version))
      return false;
    if (!names(res).includes(name)) return false;
    return !ns || ns === namespaceOf(res.obj) || ns === res.originalNamespace;
  });
  const id = patchId(patch);
  if (found.length === 0)
    throw new PatchError(
      `no resource matches strategic merge patch "${id}": no matches for Id ${id}; failed to find unique target for patch ${id}`,
    );
  if (found.length > 1)
    throw new PatchError(`multiple matches for Id ${id}; failed to find unique target for patch ${id}`);
  return found[0]!;
}

/** The patch as it merges into one target: its identifying fields are the target's, as kustomize sets them. */
function bodyFor(patch: JsonMap): JsonMap {
  const { apiVersion: _v, kind: _k, ...rest } = patch;
  if (isMap(rest.metadata)) {
    const { name: _n, namespace: _ns, ...meta } = rest.metadata;
    if (Object.keys(meta).length > 0) rest.metadata = meta;
    else delete rest.metadata;
  }
  return rest;
}

function strategicMerge(resources: Resource[], res: Resource, patch: JsonMap): void {
  if (patch.$patch === 'delete') {
    resources.splice(resources.indexOf(res), 1);
    return;
  }
  res.obj = applyPatch(
    res.obj as unknown as KubeObject,
    bodyFor(patch),
    'strategic',
    kindOf(res.obj),
  ) as unknown as JsonMap;
}

function json6902(res: Resource, ops: Json[]): void {
  try {
    res.obj = applyPatch(res.obj as unknown as KubeObject, ops, 'json', kindOf(res.obj)) as unknown as JsonMap;
  } catch (e) {
    const detail = (e as Error).message.replace(
      /^the server rejected our request due to an error in our request: /,
      '',
    );
    throw new PatchError(`unable to apply JSON 6902 patch to ${nameOf(res.obj)}: ${detail}`);
  }
}

/** One entry of `patches`: its documents, and the target (optional for strategic merge patches). */
export function applyPatchEntry(resources: Resource[], text: string, target: PatchTarget | undefined): void {
  const docs = parsePatchDocuments(text);
  // A JSON 6902 patch is one document holding a list of operations.
  if (docs.length === 1 && Array.isArray(docs[0])) {
    if (!target) throw new PatchError('must specify a target for JSON patch ' + text);
    for (const res of selectTargets(resources, target)) json6902(res, docs[0]);
    return;
  }
  for (const doc of docs) {
    if (!isMap(doc)) throw new PatchError(`unable to parse SM or JSON patch from [${text}]`);
    const targets = target ? selectTargets(resources, target) : [ownTarget(resources, doc)];
    for (const res of targets) strategicMerge(resources, res, doc);
  }
}

export function applyJson6902(resources: Resource[], text: string, target: PatchTarget): void {
  const docs = parsePatchDocuments(text);
  const ops = docs.length === 1 && Array.isArray(docs[0]) ? docs[0] : undefined;
  if (!ops) throw new PatchError(`unable to parse SM or JSON patch from [${text}]`);
  for (const res of selectTargets(resources, target)) json6902(res, ops);
}
