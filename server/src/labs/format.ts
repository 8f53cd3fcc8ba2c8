/**
 * The lab format: what a `labs/<NN-slug>/lab.yaml` may contain, as zod schemas. The loader
 * (`loader.ts`) turns zod's issues into file:line messages; nothing here reads files.
 */
import { z } from 'zod';
import { quizDefaultsSchema } from './quizFormat.js';

const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, 'must be lower-case letters, digits and dashes (e.g. "scale-out")');

const k8sName = z.string().min(1).max(253);
const namespace = z.string().min(1).max(63).optional();

/** A Kubernetes resource as kubectl names it: `deployment`, `deployments`, `deploy`, `pvc`, `deployments.apps`. */
const resource = z.string().min(1).max(100);

const describedCheck = {
  /** Shown to the student beside the step, e.g. "a deployment named web". */
  description: z.string().max(300).optional(),
  /**
   * The replay asserts that every check fails before its step's solution runs. A check that
   * guards an end state the cluster is already in (three pods still Ready after deleting one)
   * says so explicitly.
   */
  mayPassBefore: z.boolean().optional(),
};

const objectRef = {
  resource,
  name: k8sName,
  namespace,
};

/** How a value read from the cluster is compared. Exactly one comparison. */
export const comparisonSchema = z.union([
  z.strictObject({ equals: z.union([z.string(), z.number(), z.boolean()]) }),
  z.strictObject({ notEquals: z.union([z.string(), z.number(), z.boolean()]) }),
  z.strictObject({ matches: z.string().min(1).max(500) }),
  z.strictObject({ oneOf: z.array(z.union([z.string(), z.number()])).min(1) }),
  z.strictObject({ atLeast: z.number() }),
  z.strictObject({ atMost: z.number() }),
  z.strictObject({ exists: z.boolean() }),
]);
export type Comparison = z.infer<typeof comparisonSchema>;

export const checkSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('objectExists'), ...objectRef, ...describedCheck }),
  z.strictObject({ type: z.literal('objectAbsent'), ...objectRef, ...describedCheck }),
  z.strictObject({
    type: z.literal('field'),
    resource,
    /** One object by name, or every object a label selector picks (see `match`). */
    name: k8sName.optional(),
    selector: z.string().min(1).max(500).optional(),
    namespace,
    /** kubectl's JSONPath, e.g. `{.spec.replicas}` or `.spec.replicas`. */
    jsonPath: z.string().min(1).max(500),
    /** With a selector: `any` object (default) or `all` of them (at least one) must compare true. */
    match: z.enum(['any', 'all']).optional(),
    /** What the value is, for the explanation: "replicas of deployment web". */
    label: z.string().max(120).optional(),
    compare: comparisonSchema,
    ...describedCheck,
  }),
  z.strictObject({
    type: z.literal('podsReady'),
    selector: z.string().min(1).max(500),
    namespace,
    count: z.number().int().min(0).max(500),
    /** `exactly` (default) or `atLeast` that many Ready pods. */
    mode: z.enum(['exactly', 'atLeast']).optional(),
    /** The Ready pods run on at least this many different nodes. */
    minNodes: z.number().int().min(1).max(20).optional(),
    /** None of the Ready pods runs on this node. */
    notOnNode: k8sName.optional(),
    ...describedCheck,
  }),
  z.strictObject({
    type: z.literal('rolledOut'),
    deployment: k8sName,
    namespace,
    /** Every container (or `container`) of the pod template uses this image. */
    image: z.string().min(1).max(300).optional(),
    container: k8sName.optional(),
    ...describedCheck,
  }),
  z.strictObject({
    type: z.literal('serviceEndpoints'),
    service: k8sName,
    namespace,
    /** Ready endpoint addresses needed (default 1). */
    min: z.number().int().min(1).max(500).optional(),
    ...describedCheck,
  }),
  z.strictObject({
    type: z.literal('rolledBack'),
    deployment: k8sName,
    namespace,
    ...describedCheck,
  }),
  z.strictObject({
    type: z.literal('commandRun'),
    /** The command as a student would type it; matched on its parsed form (see `commands.ts`). */
    command: z.string().min(1).max(500),
    /** `success` (default): exit code 0; `any`: whatever the outcome. */
    outcome: z.enum(['success', 'any']).optional(),
    /** How many times it must have been run (default 1). */
    times: z.number().int().min(1).max(20).optional(),
    ...describedCheck,
  }),
  z.strictObject({
    type: z.literal('fileYaml'),
    /** Relative to the home directory, or absolute. */
    path: z.string().min(1).max(300),
    kind: z.string().min(1).max(100).optional(),
    name: k8sName.optional(),
    ...describedCheck,
  }),
  z.strictObject({
    type: z.literal('clusterState'),
    state: z.enum(['running', 'stopped', 'absent']),
    /** With `running`: the number of nodes. */
    nodes: z.number().int().min(1).max(20).optional(),
    ...describedCheck,
  }),
]);
export type Check = z.infer<typeof checkSchema>;
export type CheckType = Check['type'];

export const stepSchema = z.strictObject({
  id,
  title: z.string().min(1).max(120),
  /** Markdown, inline … */
  instructions: z.string().min(1).max(20000).optional(),
  /** … or in a file beside lab.yaml. Exactly one of the two. */
  instructionsFile: z.string().min(1).max(200).optional(),
  checks: z.array(checkSchema).min(1).max(10),
  /** Revealed one at a time, in order. */
  hints: z.array(z.string().min(1).max(2000)).max(10).default([]),
  /** The exact lines a student could type; the replay runs them. */
  solution: z.array(z.string().min(1).max(2000)).min(1).max(30),
});
export type StepManifest = z.infer<typeof stepSchema>;

const fileSchema = z.strictObject({
  /** Relative to the home directory. */
  path: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9._-][A-Za-z0-9._/-]*$/, 'must be a relative path of letters, digits, dots, dashes and slashes'),
  content: z.string().max(65536),
});

export const clusterSchema = z.strictObject({
  state: z.enum(['absent', 'running', 'stopped']).default('running'),
  profile: z.string().min(1).max(63).default('minikube'),
  nodes: z.number().int().min(1).max(5).default(1),
  /** Kubernetes objects (a YAML stream) created before the student arrives, then settled. */
  objects: z.string().max(65536).optional(),
  /** Addons enabled before the student arrives, e.g. metrics-server. */
  addons: z.array(z.string().min(1).max(63)).default([]),
  files: z.array(fileSchema).max(20).default([]),
});
export type ClusterManifest = z.infer<typeof clusterSchema>;

export const labSchema = z.strictObject({
  id,
  title: z.string().min(1).max(120),
  chapter: id,
  /** Order within the chapter. */
  order: z.number().int().min(0).max(1000).default(0),
  summary: z.string().min(1).max(1000),
  estimatedMinutes: z.number().int().min(1).max(240),
  prerequisites: z.array(id).max(20).default([]),
  /** Failed check runs on a step before its reference solution may be shown. */
  solutionAfterFailedChecks: z.number().int().min(0).max(100).default(3),
  cluster: clusterSchema.prefault({}),
  steps: z.array(stepSchema).min(1).max(30),
});
export type LabManifest = z.infer<typeof labSchema>;

/** A lab as the rest of the code sees it: instructions resolved to text. */
export interface Step extends Omit<StepManifest, 'instructions' | 'instructionsFile'> {
  instructions: string;
}
export interface Lab extends Omit<LabManifest, 'steps'> {
  steps: Step[];
}

export const chapterSchema = z.strictObject({
  id,
  title: z.string().min(1).max(120),
  order: z.number().int().min(0).max(1000),
  summary: z.string().min(1).max(1000),
});
export const chaptersSchema = z.strictObject({
  chapters: z.array(chapterSchema).min(1).max(50),
  /** Scoring rules every quiz gets unless its own `scoring` says otherwise. */
  quizDefaults: quizDefaultsSchema.optional(),
});
export type Chapter = z.infer<typeof chapterSchema>;
