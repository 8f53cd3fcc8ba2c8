/**
 * Reading manifests for `-f`: files, directories, `-` for stdin, multi-document YAML, JSON and
 * `kind: List`, with kubectl's error wording (go-yaml's messages and line numbers as
 * sigs.k8s.io/yaml reports them). Input is untrusted: bounded size, bounded aliases, bounded depth.
 */
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../sim/index.js';
import { resolvePath } from '../shell/vfs.js';
import type { CommandContext } from '../shell/command.js';
import { KubectlError } from './errors.js';
import { goYamlEscapes, goYamlMessage, type YamlErrorLike } from './goYaml.js';
import { readPlainYaml } from './yamlFast.js';

export const MAX_MANIFEST_BYTES = 2 * 1024 * 1024;
const MAX_DEPTH = 100;
const MAX_DOCUMENTS = 500;

export interface Source {
  /** As kubectl names it in messages: the path as given, or `STDIN`. */
  readonly name: string;
  readonly text: string;
}

export interface ManifestObject {
  readonly source: string;
  readonly object: KubeObject;
}

const MANIFEST_EXT = /\.(ya?ml|json)$/;

/** Every source named by `-f` values (directories expand to their .yaml/.yml/.json files). */
export function readSources(ctx: CommandContext, filenames: readonly string[], recursive = false): Source[] {
  const out: Source[] = [];
  for (const name of filenames) {
    if (name === '-') {
      out.push({ name: 'STDIN', text: ctx.stdin });
      continue;
    }
    if (/^https?:\/\//.test(name)) {
      throw new KubectlError(`unable to read URL "${name}", server reported 404 Not Found, status code=404`);
    }
    const path = resolvePath(ctx.cwd, name.replace(/^~(?=\/|$)/, ctx.home));
    const stat = ctx.vfs.stat(path);
    if (!stat) throw new KubectlError(`the path "${name}" does not exist`);
    if (ctx.vfs.isDir(path)) {
      const walk = (dir: string, shown: string, depth: number): void => {
        for (const entry of ctx.vfs.readdir(dir)) {
          const full = `${dir === '/' ? '' : dir}/${entry}`;
          const display = `${shown.replace(/\/$/, '')}/${entry}`;
          if (ctx.vfs.isDir(full)) {
            if (recursive && depth < 10) walk(full, display, depth + 1);
          } else if (MANIFEST_EXT.test(entry)) out.push({ name: display, text: ctx.vfs.readFile(full) });
        }
      };
      walk(path, name, 0);
      continue;
    }
    out.push({ name, text: ctx.vfs.readFile(path) });
  }
  return out;
}

function depthOf(v: unknown, depth = 0): number {
  if (depth > MAX_DEPTH) return depth;
  if (Array.isArray(v)) return v.reduce<number>((m, x) => Math.max(m, depthOf(x, depth + 1)), depth);
  if (v && typeof v === 'object')
    return Object.values(v).reduce<number>((m, x) => Math.max(m, depthOf(x, depth + 1)), depth);
  return depth;
}

/**
 * Every document of a YAML source, read as go-yaml reads it (a repeated key's last value wins,
 * its escapes), errors in go-yaml's wording.
 */
function loadChecked(source: Source): unknown[] {
  const { text, refused } = goYamlEscapes(source.text);
  const refuse = (message: string) =>
    new KubectlError(`error parsing ${source.name}: error converting YAML to JSON: ${message}`);
  const atMostMax = <T>(docs: T[]): T[] => {
    if (docs.length > MAX_DOCUMENTS)
      throw new KubectlError(`error parsing ${source.name}: more than ${MAX_DOCUMENTS} documents`);
    return docs;
  };
  // The common plain manifest, fast; the rest (and every error) through `yaml`, read and worded as go-yaml.
  const plain = refused ? undefined : readPlainYaml(text);
  if (plain) return atMostMax(plain);
  let docs;
  try {
    docs = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false });
  } catch (e) {
    throw new KubectlError(
      `error parsing ${source.name}: error converting YAML to JSON: yaml: ${(e as Error).message}`,
    );
  }
  const list = atMostMax(Array.isArray(docs) ? docs : []);
  const first = list.flatMap((doc) => doc.errors)[0] as unknown as YamlErrorLike | undefined;
  // `yaml` refuses `\/` no more than go-yaml takes other escapes it refuses: the first error in the text is told.
  if (refused && (!first || first.code === 'BAD_DQ_ESCAPE' || refused.offset <= first.pos[0]))
    throw refuse(refused.error);
  return list.map((doc) => {
    const err = doc.errors[0] as unknown as YamlErrorLike | undefined;
    if (err) throw refuse(goYamlMessage(err, text));
    try {
      return doc.toJS({ maxAliasCount: 100 }) as unknown;
    } catch (e) {
      throw new KubectlError(
        `error parsing ${source.name}: error converting YAML to JSON: yaml: ${(e as Error).message}`,
      );
    }
  });
}

/**
 * The builder decodes every object into ObjectMeta: labels or annotations that are not a map (a list of
 * `- key: value`) fail there, worded as Go's encoding/json does.
 */
function metadataShape(metadata: unknown): string | undefined {
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) return undefined;
  for (const field of ['labels', 'annotations'] as const) {
    const value: unknown = (metadata as Record<string, unknown>)[field];
    if (value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value))) continue;
    const goKind = Array.isArray(value) ? 'array' : typeof value === 'boolean' ? 'bool' : typeof value;
    return `cannot unmarshal ${goKind} into Go struct field ObjectMeta.metadata.${field} of type map[string]string`;
  }
  return undefined;
}

/** The objects in one source, in order; `List` kinds contribute their items. */
export function parseManifest(source: Source): KubeObject[] {
  if (source.text.length > MAX_MANIFEST_BYTES) {
    throw new KubectlError(
      `error parsing ${source.name}: the file is larger than the ${MAX_MANIFEST_BYTES / 1024 / 1024} MiB this lab allows`,
    );
  }
  const trimmed = source.text.trimStart();
  const values: unknown[] = [];
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      values.push(JSON.parse(source.text));
    } catch (e) {
      const message = (e as Error).message;
      throw new KubectlError(`error parsing ${source.name}: error converting YAML to JSON: yaml: ${message}`);
    }
  } else {
    const docs = loadChecked(source);
    if (docs.length > MAX_DOCUMENTS)
      throw new KubectlError(`error parsing ${source.name}: more than ${MAX_DOCUMENTS} documents`);
    for (const value of docs) if (value !== null && value !== undefined) values.push(value);
  }
  const out: KubeObject[] = [];
  const add = (value: unknown): void => {
    if (depthOf(value) > MAX_DEPTH)
      throw new KubectlError(`error parsing ${source.name}: the object is nested more than ${MAX_DEPTH} levels deep`);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new KubectlError(
        `error validating "${source.name}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`,
      );
    }
    const obj = value as Record<string, unknown>;
    if (typeof obj.kind === 'string' && obj.kind.endsWith('List') && Array.isArray(obj.items)) {
      for (const item of obj.items) add(item);
      return;
    }
    const missing: string[] = [];
    if (typeof obj.apiVersion !== 'string' || obj.apiVersion === '') missing.push('apiVersion not set');
    if (typeof obj.kind !== 'string' || obj.kind === '') missing.push('kind not set');
    if (missing.length > 0) {
      const what = missing.length === 1 ? missing[0]! : `[${missing.join(', ')}]`;
      throw new KubectlError(
        `error validating "${source.name}": error validating data: ${what}; if you choose to ignore these errors, turn validation off with --validate=false`,
      );
    }
    const misshapen = metadataShape(obj.metadata);
    if (misshapen) throw new KubectlError(`unable to decode "${source.name}": json: ${misshapen}`);
    out.push(obj as unknown as KubeObject);
  };
  for (const v of values) add(v);
  return out;
}

/** Reads and parses every `-f` source; throws kubectl's errors. */
export function readManifests(ctx: CommandContext, filenames: readonly string[], recursive = false): ManifestObject[] {
  const out: ManifestObject[] = [];
  for (const source of readSources(ctx, filenames, recursive)) {
    for (const object of parseManifest(source)) out.push({ source: source.name, object });
  }
  return out;
}
