/**
 * The kustomization file (sigs.k8s.io/kustomize/api/types.Kustomization): found by kustomize's three names,
 * parsed as YAML and checked strictly, so an unknown field fails as kustomize's `json: unknown field` does.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import type { Vfs } from '../../shell/vfs.js';

const stringMap = z.record(z.string(), z.string());
const strings = z.array(z.string());

const generatorOptions = z
  .object({
    labels: stringMap.optional(),
    annotations: stringMap.optional(),
    disableNameSuffixHash: z.boolean().optional(),
    immutable: z.boolean().optional(),
  })
  .strict();

const generator = z
  .object({
    name: z.string().optional(),
    namespace: z.string().optional(),
    behavior: z.enum(['create', 'merge', 'replace']).optional(),
    literals: strings.optional(),
    files: strings.optional(),
    envs: strings.optional(),
    env: z.string().optional(),
    options: generatorOptions.optional(),
    type: z.string().optional(),
  })
  .strict();

export const patchTarget = z
  .object({
    group: z.string().optional(),
    version: z.string().optional(),
    kind: z.string().optional(),
    name: z.string().optional(),
    namespace: z.string().optional(),
    labelSelector: z.string().optional(),
    annotationSelector: z.string().optional(),
  })
  .strict();
export type PatchTarget = z.infer<typeof patchTarget>;

const patch = z
  .object({
    path: z.string().optional(),
    patch: z.string().optional(),
    target: patchTarget.optional(),
    options: z.record(z.string(), z.boolean()).optional(),
  })
  .strict();

const labelEntry = z
  .object({
    pairs: stringMap.optional(),
    includeSelectors: z.boolean().optional(),
    includeTemplates: z.boolean().optional(),
  })
  .strict();

const image = z
  .object({
    name: z.string(),
    newName: z.string().optional(),
    newTag: z.string().optional(),
    digest: z.string().optional(),
    tagSuffix: z.string().optional(),
  })
  .strict();

const replica = z.object({ name: z.string(), count: z.number().int() }).strict();

const json6902 = z.object({ target: patchTarget, path: z.string().optional(), patch: z.string().optional() }).strict();

/** Fields kustomize has that this lab does not implement: refused by name instead of ignored silently. */
const UNSUPPORTED = [
  'replacements',
  'vars',
  'helmCharts',
  'helmGlobals',
  'generators',
  'transformers',
  'validators',
  'configurations',
  'crds',
  'openapi',
] as const;

export const kustomizationSchema = z
  .object({
    apiVersion: z.string().optional(),
    kind: z.enum(['Kustomization', 'Component']).optional(),
    metadata: z.object({ name: z.string().optional() }).passthrough().optional(),
    resources: strings.optional(),
    bases: strings.optional(),
    components: strings.optional(),
    namespace: z.string().optional(),
    namePrefix: z.string().optional(),
    nameSuffix: z.string().optional(),
    commonLabels: stringMap.optional(),
    labels: z.array(labelEntry).optional(),
    commonAnnotations: stringMap.optional(),
    images: z.array(image).optional(),
    replicas: z.array(replica).optional(),
    configMapGenerator: z.array(generator).optional(),
    secretGenerator: z.array(generator).optional(),
    generatorOptions: generatorOptions.optional(),
    patches: z.array(patch).optional(),
    patchesStrategicMerge: strings.optional(),
    patchesJson6902: z.array(json6902).optional(),
    sortOptions: z
      .object({
        order: z.enum(['legacy', 'fifo']),
        legacySortOptions: z.object({ orderFirst: strings, orderLast: strings }).optional(),
      })
      .optional(),
    buildMetadata: strings.optional(),
    ...Object.fromEntries(UNSUPPORTED.map((k) => [k, z.unknown().optional()] as const)),
  })
  .strict();

export type Kustomization = z.infer<typeof kustomizationSchema>;
export type Generator = z.infer<typeof generator>;
export type GeneratorOptions = z.infer<typeof generatorOptions>;
export type Patch = z.infer<typeof patch>;

/** A build failure, in kustomize's words; kubectl prints it through klog (kustomize) or as `error:` (-k). */
export class KustomizeError extends Error {}

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** kustomize's message: the first problem, as Go's JSON decoder words it. */
function invalid(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue?.code === 'unrecognized_keys') return `invalid Kustomization: json: unknown field "${issue.keys[0] ?? ''}"`;
  const field = issue?.path.join('.') ?? '';
  return `invalid Kustomization: json: cannot unmarshal ${field ? `field ${field}` : 'value'}: ${issue?.message ?? ''}`;
}

export interface LoadedKustomization {
  readonly dir: string;
  readonly file: string;
  readonly spec: Kustomization;
}

/** Reads the kustomization in `dir` (an absolute path), or kustomize's error when there is none or it is bad. */
export function loadKustomization(vfs: Vfs, dir: string): LoadedKustomization {
  const found = KUSTOMIZATION_FILES.filter((name) => vfs.stat(`${dir}/${name}`) && !vfs.isDir(`${dir}/${name}`));
  if (found.length === 0)
    throw new KustomizeError(
      `unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${dir}'`,
    );
  if (found.length > 1) throw new KustomizeError(`Found multiple kustomization files under: ${dir}\n`);
  const file = `${dir}/${found[0]!}`;
  let raw: unknown;
  try {
    raw = parse(vfs.readFile(file), { maxAliasCount: 100 }) as unknown;
  } catch (e) {
    throw new KustomizeError(`invalid Kustomization: ${(e as Error).message.split('\n')[0] ?? ''}`);
  }
  const parsed = kustomizationSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new KustomizeError(invalid(parsed.error));
  const given = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const unsupported = UNSUPPORTED.find((k) => given[k] !== undefined);
  if (unsupported) throw new KustomizeError(`the kustomization field '${unsupported}' is not supported in this lab`);
  return { dir, file, spec: parsed.data };
}
