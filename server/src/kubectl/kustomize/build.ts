/**
 * `kustomize build` as kubectl v1.32 embeds it (kustomize v5.5): resources and bases are accumulated, then
 * generators run, then components, then the built-in transformers in kustomize's order; at the top level the
 * content hashes are added, references follow renamed objects, and the result is sorted in the legacy order.
 */
import type { Vfs } from '../../shell/vfs.js';
import { resolvePath } from '../../shell/vfs.js';
import { KubectlError } from '../errors.js';
import { parseManifest } from '../manifest.js';
import { toYaml } from '../print/formats/yaml.js';
import { addGenerated, contentHash, generate } from './generators.js';
import { loadKustomization, KustomizeError, type Kustomization } from './kustomization.js';
import { fixNameReferences } from './nameReferences.js';
import { applyJson6902, applyPatchEntry, PatchError } from './patches.js';
import { idString, nameOf, newResource, setName, type JsonMap, type Resource } from './resource.js';
import { sortLegacy } from './sort.js';
import * as t from './transformers.js';

export { KustomizeError };

/** Bounds on what one build may read: kustomizations nest, and each level may name many files. */
const MAX_DEPTH = 20;
const MAX_RESOURCES = 2000;

interface Build {
  readonly vfs: Vfs;
  /** Directories being built, to refuse cycles. */
  readonly stack: string[];
  readonly warn: (message: string) => void;
}

const EDIT_FIX = "Run 'kustomize edit fix' to update your Kustomization automatically.";
const DEPRECATED: readonly [keyof Kustomization, string][] = [
  ['bases', `# Warning: 'bases' is deprecated. Please use 'resources' instead. ${EDIT_FIX}`],
  ['commonLabels', `# Warning: 'commonLabels' is deprecated. Please use 'labels' instead. ${EDIT_FIX}`],
  ['patchesJson6902', `# Warning: 'patchesJson6902' is deprecated. Please use 'patches' instead. ${EDIT_FIX}`],
  [
    'patchesStrategicMerge',
    `# Warning: 'patchesStrategicMerge' is deprecated. Please use 'patches' instead. ${EDIT_FIX}`,
  ],
];

/** A git repository or URL, which kustomize would clone or download. */
function isRemote(path: string): boolean {
  return /^[a-z]+:\/\//.test(path) || /^(git@|(github\.com|gitlab\.com|bitbucket\.org)\/)/.test(path);
}

function wrapMissing(entry: string, abs: string): KustomizeError {
  const lstat = `evalsymlink failure on '${abs}' : lstat ${abs}: no such file or directory`;
  return new KustomizeError(
    `accumulating resources: accumulation err='accumulating resources from '${entry}': ${lstat}': must build at directory: not a valid directory: ${lstat}`,
  );
}

/** Reads a file below the kustomization root, as kustomize's default load restrictions allow. */
function reader(b: Build, dir: string): (path: string) => string {
  return (path) => {
    const abs = resolvePath(dir, path);
    if (abs !== dir && !abs.startsWith(`${dir}/`))
      throw new KustomizeError(`security; file '${abs}' is not in or below '${dir}'`);
    if (!b.vfs.stat(abs) || b.vfs.isDir(abs))
      throw new KustomizeError(`evalsymlink failure on '${abs}' : lstat ${abs}: no such file or directory`);
    return b.vfs.readFile(abs);
  };
}

function addResource(list: Resource[], res: Resource): void {
  const id = idString(res.obj);
  if (list.some((r) => idString(r.obj) === id))
    throw new KustomizeError(`may not add resource with an already registered id: ${id}`);
  if (list.length >= MAX_RESOURCES)
    throw new KustomizeError(`more than ${MAX_RESOURCES} resources in one build: this lab stops there`);
  list.push(res);
}

function accumulateResources(b: Build, dir: string, entries: readonly string[], into: Resource[]): void {
  for (const entry of entries) {
    if (isRemote(entry))
      throw new KustomizeError(
        `accumulating resources: accumulation err='accumulating resources from '${entry}': remote resources are not reachable from this lab'`,
      );
    const abs = resolvePath(dir, entry);
    if (!b.vfs.stat(abs)) throw wrapMissing(entry, abs);
    if (b.vfs.isDir(abs)) {
      const sub: Resource[] = [];
      accumulate(b, abs, sub, 'Kustomization');
      for (const res of sub) addResource(into, res);
      continue;
    }
    let objects;
    try {
      objects = parseManifest({ name: entry, text: b.vfs.readFile(abs) });
    } catch (e) {
      if (e instanceof KubectlError) throw new KustomizeError(`accumulating resources: ${e.message}`);
      throw e;
    }
    try {
      for (const obj of objects) addResource(into, newResource(obj as unknown as JsonMap));
    } catch (e) {
      if (!(e instanceof KustomizeError)) throw e;
      throw new KustomizeError(
        `accumulating resources: accumulation err='merging resources from '${entry}': ${e.message}': must build at directory: '${abs}': file is not directory`,
      );
    }
  }
}

function runGenerators(b: Build, dir: string, k: Kustomization, into: Resource[]): void {
  const read = reader(b, dir);
  for (const [kind, list] of [
    ['ConfigMap', k.configMapGenerator],
    ['Secret', k.secretGenerator],
  ] as const) {
    for (const gen of list ?? []) addGenerated(into, generate(kind, gen, k.generatorOptions, read), gen.behavior);
  }
}

function runTransformers(b: Build, dir: string, k: Kustomization, resources: Resource[]): void {
  const read = reader(b, dir);
  for (const entry of k.patchesStrategicMerge ?? []) {
    // An entry is a file name, or the patch itself inline.
    const text = entry.includes('\n') || !/\.(ya?ml|json)$/.test(entry.trim()) ? entry : read(entry.trim());
    applyPatchEntry(resources, text, undefined);
  }
  for (const p of k.patches ?? []) {
    if (p.path === undefined && p.patch === undefined)
      throw new KustomizeError('must specify one of patch and path in\n' + JSON.stringify(p));
    if (p.path !== undefined && p.patch !== undefined)
      throw new KustomizeError("patch and path can't be set at the same time");
    applyPatchEntry(resources, p.patch ?? read(p.path!), p.target);
  }
  if (k.namespace) t.namespace(resources, k.namespace);
  if (k.namePrefix || k.nameSuffix) t.prefixSuffix(resources, k.namePrefix ?? '', k.nameSuffix ?? '');
  if (k.commonLabels) t.commonLabels(resources, k.commonLabels);
  for (const entry of k.labels ?? []) t.labels(resources, entry);
  if (k.commonAnnotations) t.commonAnnotations(resources, k.commonAnnotations);
  for (const p of k.patchesJson6902 ?? []) {
    if (p.path === undefined && p.patch === undefined)
      throw new KustomizeError('must specify one of patch and path in\n' + JSON.stringify(p));
    applyJson6902(resources, p.patch ?? read(p.path!), p.target);
  }
  if (k.replicas) t.replicas(resources, k.replicas);
  if (k.images) t.images(resources, k.images);
}

function accumulate(b: Build, dir: string, into: Resource[], expected: 'Kustomization' | 'Component'): Kustomization {
  if (b.stack.includes(dir))
    throw new KustomizeError(
      `cycle detected: candidate root '${dir}' contains visited root '${b.stack.at(-1) ?? dir}'`,
    );
  if (b.stack.length >= MAX_DEPTH) throw new KustomizeError(`kustomizations nest more than ${MAX_DEPTH} deep`);
  const { spec: k } = loadKustomization(b.vfs, dir);
  for (const [field, message] of DEPRECATED) if (k[field] !== undefined) b.warn(message);
  const kind = k.kind ?? 'Kustomization';
  if (kind !== expected)
    throw new KustomizeError(
      expected === 'Component'
        ? `accumulating components: accumulateDirectory: "expected kind 'Component' for path '${dir}' but got '${kind}'"`
        : `accumulating resources: accumulateDirectory: "expected kind != 'Component' for path '${dir}'"`,
    );
  b.stack.push(dir);
  try {
    accumulateResources(b, dir, [...(k.resources ?? []), ...(k.bases ?? [])], into);
    runGenerators(b, dir, k, into);
    for (const c of k.components ?? []) {
      const abs = resolvePath(dir, c);
      if (!b.vfs.stat(abs) || !b.vfs.isDir(abs))
        throw new KustomizeError(
          `accumulating components: accumulateDirectory: "must build at directory: not a valid directory: evalsymlink failure on '${abs}' : lstat ${abs}: no such file or directory"`,
        );
      accumulate(b, abs, into, 'Component');
    }
    runTransformers(b, dir, k, into);
  } catch (e) {
    if (e instanceof PatchError) throw new KustomizeError(e.message);
    if (e instanceof Error && !(e instanceof KustomizeError) && !(e instanceof KubectlError))
      throw new KustomizeError(e.message);
    throw e;
  } finally {
    b.stack.pop();
  }
  return k;
}

/**
 * Builds the kustomization in `dir` (absolute; `given` is how the user named it). Deprecation notes go to `warn` as
 * each kustomization loads (`# Warning: …`); a failure throws KustomizeError with kustomize's message.
 */
export function kustomizeBuild(vfs: Vfs, dir: string, given: string, warn: (message: string) => void): JsonMap[] {
  if (isRemote(given))
    throw new KustomizeError(
      `'${given}': remote kustomizations (git repositories, URLs) are not reachable from this lab`,
    );
  if (!vfs.stat(dir) || !vfs.isDir(dir))
    throw new KustomizeError(
      `must build at directory: not a valid directory: evalsymlink failure on '${given}' : lstat ${dir}: no such file or directory`,
    );
  const resources: Resource[] = [];
  const b: Build = { vfs, stack: [], warn };
  const top = accumulate(b, dir, resources, 'Kustomization');
  for (const res of resources) if (res.needsHash) setName(res, `${nameOf(res.obj)}-${contentHash(res.obj)}`);
  fixNameReferences(resources);
  const order = top.sortOptions?.order ?? 'legacy';
  const sorted = order === 'fifo' ? resources : sortLegacy(resources, top.sortOptions?.legacySortOptions);
  return sorted.map((r) => r.obj);
}

/** `kubectl kustomize` output: each object as YAML, separated by `---`. */
export function renderBuild(objects: readonly JsonMap[]): string {
  return objects.map((o) => toYaml(o)).join('---\n');
}
