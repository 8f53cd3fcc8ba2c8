/**
 * Every example manifest of the Kubernetes website (a corpus directory outside the repository, named by
 * KUBELAB_K8S_EXAMPLES and filled by record.ts; see this folder's README), applied alone
 * with our kubectl to a fresh minikube, then two minutes of simulated time: the apply is accepted or refused with
 * the message a fresh minikube v1.32 gives, and the pods reach the STATUS `kubectl get pods` shows there.
 *
 * The expectations (expectations.yaml) were written from the manifests and Kubernetes v1.32 semantics, never from
 * kubelab's output. An entry marked `pending` names work that does not exist yet (kinds another helper adds, the image
 * catalogue, container programs, ...): the test asserts it does NOT pass yet, so the marker must go when it does.
 * An entry marked `uncertain` records a case whose real outcome is not established; only its pods' existence is checked.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { z } from 'zod';
import { createEnvironment } from '../../server/src/kubectl/environment';

const examples = process.env.KUBELAB_K8S_EXAMPLES ?? '';
if (!examples || !existsSync(examples) || !statSync(examples).isDirectory()) {
  throw new Error(
    `KUBELAB_K8S_EXAMPLES="${examples}" is not a directory: fill one with ` +
      '`npx tsx tests/k8s-examples/record.ts <kubernetes/website clone> <directory> [commit]` (see tests/k8s-examples/README.md)',
  );
}

const outcomeSchema = z.union([
  z.literal('accepted'),
  z
    .object({
      refused: z.array(z.string()).optional(),
      output: z.array(z.string()).optional(),
      /** Pod name, or prefix ending in `*`, to its STATUS column (null: created, state not asserted). */
      pods: z.record(z.string(), z.string().nullable()).optional(),
      ns: z.string().optional(),
      pending: z.enum(['h-kinds', 'kinds', 'images', 'programs', 'kubelab']).optional(),
      uncertain: z.string().optional(),
      why: z.string().optional(),
    })
    .strict(),
]);
type Outcome = z.infer<typeof outcomeSchema>;

const expectations = z
  .record(z.string(), outcomeSchema)
  .parse(parse(readFileSync(join(__dirname, 'expectations.yaml'), 'utf8')));

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.ya?ml$/.test(f) ? [p] : [];
  });
const files = walk(examples)
  .map((f) => relative(examples, f))
  .sort();

const WORKLOADS = new Set([
  'Pod',
  'Deployment',
  'ReplicaSet',
  'ReplicationController',
  'StatefulSet',
  'DaemonSet',
  'Job',
]);

function declaresWorkload(text: string): boolean {
  return parseAllDocuments(text).some((d) => {
    const kind = (d.toJSON() as { kind?: unknown } | null)?.kind;
    return typeof kind === 'string' && WORKLOADS.has(kind);
  });
}

interface Run {
  exitCode: number | undefined;
  output: string;
  /** "namespace/name" to STATUS for the pods the manifest made. */
  pods: Map<string, string>;
}

const TWO_MINUTES = 120;

function applyAlone(file: string): Run {
  const name = basename(file);
  const env = createEnvironment({
    virtualTime: true,
    cluster: { seed: 1, state: 'Absent' },
    files: { [name]: readFileSync(join(examples, file), 'utf8') },
  });
  env.run('minikube start');
  const before = new Set(env.cluster.store.list('pods').map((p) => `${p.metadata.namespace}/${p.metadata.name}`));
  const applied = env.run(`kubectl apply -f ${name}`);
  for (let s = 0; s < TWO_MINUTES; s++) env.cluster.advance(1000);
  const pods = new Map<string, string>();
  for (const line of env.run('kubectl get pods -A --no-headers').output.split('\n')) {
    const [ns, pod, , status] = line.trim().split(/\s+/);
    if (ns && pod && status && !before.has(`${ns}/${pod}`)) pods.set(`${ns}/${pod}`, status);
  }
  return { exitCode: applied.exitCode, output: applied.output, pods };
}

/** What differs from the expectation, as readable lines (empty: the example behaves as on minikube). */
function differences(file: string, outcome: Outcome, run: Run): string[] {
  const o = outcome === 'accepted' ? {} : outcome;
  const problems: string[] = [];
  const fill = (s: string) => s.replaceAll('{file}', basename(file));
  if (o.uncertain === undefined) {
    if (o.refused && run.exitCode === 0) problems.push('accepted, but v1.32 refuses it');
    if (!o.refused && run.exitCode !== 0) problems.push(`refused (exit ${String(run.exitCode)}), but v1.32 accepts it`);
  }
  for (const s of [...(o.refused ?? []), ...(o.output ?? [])].map(fill)) {
    if (!run.output.includes(s)) problems.push(`output lacks: ${s}`);
  }
  const statuses = [...run.pods].map(([key, status]) => ({ name: key.split('/')[1] ?? key, key, status }));
  if (o.pods) {
    const matched = new Set<string>();
    for (const [pattern, status] of Object.entries(o.pods)) {
      const hits = statuses.filter((p) =>
        pattern.endsWith('*') ? p.name.startsWith(pattern.slice(0, -1)) : p.name === pattern,
      );
      if (hits.length === 0) problems.push(`no pod ${pattern}`);
      for (const p of hits) {
        matched.add(p.key);
        if (status !== null && p.status !== status) problems.push(`pod ${p.key} is ${p.status}, expected ${status}`);
      }
    }
    for (const p of statuses) if (!matched.has(p.key)) problems.push(`unexpected pod ${p.key} (${p.status})`);
  } else if (o.uncertain === undefined) {
    const notRunning = statuses.filter((p) => p.status !== 'Running');
    for (const p of notRunning) problems.push(`pod ${p.key} is ${p.status}, expected Running`);
    const made = !o.refused && declaresWorkload(readFileSync(join(examples, file), 'utf8'));
    if (made && statuses.length === 0) problems.push('no pod was created');
    if (!made && statuses.length > 0) problems.push(`unexpected pods ${statuses.map((p) => p.key).join(', ')}`);
  }
  return problems;
}

describe('Kubernetes website example manifests on a fresh minikube v1.32', () => {
  it('has one expectation per manifest of the corpus', () => {
    expect(Object.keys(expectations).sort()).toEqual(files);
  });

  it.each(files)('%s', (file) => {
    const outcome = expectations[file] ?? 'accepted';
    const problems = differences(file, outcome, applyAlone(file));
    if (outcome !== 'accepted' && outcome.pending) {
      // Work of another kind (see the README): this must still fail, so the marker goes once it passes.
      expect({ pending: outcome.pending, stillDiffers: problems.length > 0 }).toEqual({
        pending: outcome.pending,
        stillDiffers: true,
      });
    } else {
      expect(problems).toEqual([]);
    }
  });
});
