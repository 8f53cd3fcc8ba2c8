/**
 * configMapGenerator and secretGenerator (kustomize api/kv and api/generators), with the content-hash name
 * suffix computed exactly as kustomize's hasher does.
 */
import { createHash } from 'node:crypto';
import { goJson } from '../../lib/jsonpath.js';
import type { Generator, GeneratorOptions } from './kustomization.js';
import {
  idString,
  isMap,
  kindOf,
  metadataOf,
  namespaceOf,
  newResource,
  type JsonMap,
  type Resource,
} from './resource.js';

/** Reads a file named relative to the kustomization directory; throws kustomize's error. */
export type ReadFile = (path: string) => string;

/**
 * kustomize's hasher: sha256 of the JSON of kind, data (and binaryData / type / stringData), then the first ten
 * hex digits with 0,1,3,a,e swapped for letters so the suffix never reads as a number or a word.
 * The name it hashes is always empty: the hasher looks up `metadata/name` as one field name and finds nothing.
 */
export function contentHash(obj: JsonMap): string {
  const kind = kindOf(obj);
  const encoded: JsonMap =
    kind === 'Secret'
      ? { kind, type: typeof obj.type === 'string' ? obj.type : '', name: '', data: isMap(obj.data) ? obj.data : '' }
      : { kind: 'ConfigMap', name: '', data: isMap(obj.data) ? obj.data : '' };
  if (kind === 'Secret' && isMap(obj.stringData)) encoded.stringData = obj.stringData;
  if (kind !== 'Secret' && isMap(obj.binaryData)) encoded.binaryData = obj.binaryData;
  const hex = createHash('sha256').update(goJson(encoded)).digest('hex');
  const swap: Readonly<Record<string, string>> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };
  return hex.slice(0, 10).replace(/[013ae]/g, (c) => swap[c] ?? c);
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]))
    return value.slice(1, -1);
  return value;
}

function literalPair(source: string): [string, string] {
  const eq = source.indexOf('=');
  if (eq < 0) throw new Error(`invalid literal source ${source}, expected key=value`);
  return [source.slice(0, eq), unquote(source.slice(eq + 1))];
}

/** An env file: KEY=VALUE lines; blank lines and `#` comments skipped. */
function envPairs(text: string): [string, string][] {
  const out: [string, string][] = [];
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw) => {
      const line = raw.replace(/\r$/, '').replace(/^\s+/, '');
      if (line === '' || line.startsWith('#')) return;
      const eq = line.indexOf('=');
      const key = eq < 0 ? line : line.slice(0, eq);
      // A bare KEY takes its value from kustomize's own environment, which a sandbox does not have.
      if (eq >= 0) out.push([key, line.slice(eq + 1)]);
    });
  return out;
}

function filePair(source: string, read: ReadFile): [string, string] {
  const eq = source.indexOf('=');
  const path = eq < 0 ? source : source.slice(eq + 1);
  const key = eq < 0 ? (path.split('/').pop() ?? path) : source.slice(0, eq);
  return [key, read(path)];
}

/** kustomize prefixes a failure to read a generator's sources with what it was loading. */
function within(what: string, load: () => void): void {
  try {
    load();
  } catch (e) {
    throw new Error(`loading KV pairs: ${what}: ${(e as Error).message}`, { cause: e });
  }
}

function collectData(gen: Generator, read: ReadFile): Map<string, string> {
  const data = new Map<string, string>();
  const add = ([k, v]: [string, string]) => {
    if (data.has(k)) throw new Error(`configmap ${gen.name ?? ''} illegally repeats the key \`${k}\``);
    data.set(k, v);
  };
  const envs = [...(gen.envs ?? []), ...(gen.env ? [gen.env] : [])];
  for (const env of envs) within(`env source files: [${envs.join(' ')}]`, () => envPairs(read(env)).forEach(add));
  for (const lit of gen.literals ?? []) add(literalPair(lit));
  const files = gen.files ?? [];
  for (const file of files) within(`file sources: [${files.join(' ')}]`, () => add(filePair(file, read)));
  return data;
}

function base64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

/** The object one generator entry makes, and whether its name gets a hash. */
export function generate(
  kind: 'ConfigMap' | 'Secret',
  gen: Generator,
  globalOptions: GeneratorOptions | undefined,
  read: ReadFile,
): Resource {
  const data = collectData(gen, read);
  const labels = { ...(globalOptions?.labels ?? {}), ...(gen.options?.labels ?? {}) };
  const annotations = { ...(globalOptions?.annotations ?? {}), ...(gen.options?.annotations ?? {}) };
  const metadata: JsonMap = { name: gen.name ?? '' };
  if (gen.namespace) metadata.namespace = gen.namespace;
  if (Object.keys(labels).length > 0) metadata.labels = labels;
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  const obj: JsonMap = { apiVersion: 'v1', kind, metadata };
  const values: JsonMap = {};
  for (const [k, v] of data) values[k] = kind === 'Secret' ? base64(v) : v;
  if (data.size > 0) obj.data = values;
  if (kind === 'Secret') obj.type = gen.type ?? 'Opaque';
  if (gen.options?.immutable ?? globalOptions?.immutable) obj.immutable = true;
  const disabled = gen.options?.disableNameSuffixHash ?? globalOptions?.disableNameSuffixHash ?? false;
  return newResource(obj, !disabled);
}

/** Adds a generated resource, or merges it into / replaces the one it names (behavior: merge | replace). */
export function addGenerated(resources: Resource[], made: Resource, behavior: Generator['behavior']): void {
  const kind = kindOf(made.obj);
  const ns = namespaceOf(made.obj);
  const index = resources.findIndex(
    (r) => kindOf(r.obj) === kind && r.originalName === made.originalName && (namespaceOf(r.obj) || '') === ns,
  );
  if (!behavior || behavior === 'create') {
    if (index >= 0)
      throw new Error(
        `cannot add resource ${idString(made.obj)} since it's already been added, try using behavior: merge or behavior: replace`,
      );
    resources.push(made);
    return;
  }
  const existing = index >= 0 ? resources[index] : undefined;
  if (!existing) throw new Error(`id resource ${idString(made.obj)} does not exist; cannot merge or replace`);
  const target = existing.obj;
  if (behavior === 'replace') {
    target.data = made.obj.data ?? null;
    if (target.data === null) delete target.data;
  } else {
    const data = { ...(isMap(target.data) ? target.data : {}), ...(isMap(made.obj.data) ? made.obj.data : {}) };
    if (Object.keys(data).length > 0) target.data = data;
  }
  const meta = metadataOf(target);
  const madeMeta = metadataOf(made.obj);
  for (const field of ['labels', 'annotations'] as const) {
    const merged = { ...(isMap(meta[field]) ? meta[field] : {}), ...(isMap(madeMeta[field]) ? madeMeta[field] : {}) };
    if (Object.keys(merged).length > 0) meta[field] = merged;
  }
  existing.needsHash = existing.needsHash && made.needsHash;
}
