/**
 * The PodSecurity admission plugin (k8s.io/pod-security-admission v0.32 admission/admission.go):
 * the namespace's `pod-security.kubernetes.io/{enforce,warn,audit}[-version]` labels choose a level
 * and version per mode; a pod that fails `enforce` is refused, one that fails `warn` is admitted
 * with a warning, and workload objects (a pod template) only get the warning. Raising a namespace's
 * enforce level warns about its existing pods. Audit annotations go to an audit log the simulation
 * does not keep, so `audit` is parsed and validated only.
 */
import type { Namespace, Pod, PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import { fieldErrors, forbidden, invalid } from '../../errors.js';
import type { Store } from '../../store.js';
import type { KubeObject, Stored } from '../../types.js';
import { CHECKS, type CheckResult } from './checks.js';

type Level = 'privileged' | 'baseline' | 'restricted';
interface LevelVersion {
  level: Level;
  /** Minor version of v1.x; undefined for `latest`. */
  minor: number | undefined;
}
interface Policy {
  enforce: LevelVersion;
  audit: LevelVersion;
  warn: LevelVersion;
}

const PREFIX = 'pod-security.kubernetes.io/';
const LEVELS: readonly Level[] = ['privileged', 'baseline', 'restricted'];
const PRIVILEGED: LevelVersion = { level: 'privileged', minor: undefined };
const VERSION = /^v1\.([0-9]|[1-9][0-9]*)$/;

const rank = (l: Level) => LEVELS.indexOf(l);
export const levelVersionString = (lv: LevelVersion) =>
  `${lv.level}:${lv.minor === undefined ? 'latest' : `v1.${lv.minor}`}`;

interface LabelError {
  label: string;
  value: string;
  message: string;
}

/** api/helpers.go PolicyToEvaluate: the policy the labels ask for, and what is wrong with them. */
function policyOf(labels: Readonly<Record<string, string>> | undefined): { policy: Policy; errors: LabelError[] } {
  const policy: Policy = { enforce: { ...PRIVILEGED }, audit: { ...PRIVILEGED }, warn: { ...PRIVILEGED } };
  const errors: LabelError[] = [];
  if (!labels) return { policy, errors };
  const level = (mode: keyof Policy, failOpen: boolean): boolean => {
    const value = labels[`${PREFIX}${mode}`];
    if (value === undefined) return false;
    if ((LEVELS as readonly string[]).includes(value)) {
      policy[mode].level = value as Level;
      return true;
    }
    errors.push({ label: `${PREFIX}${mode}`, value, message: `must be one of ${LEVELS.join(', ')}` });
    policy[mode].level = failOpen ? 'privileged' : 'restricted';
    return false;
  };
  const version = (mode: keyof Policy) => {
    const value = labels[`${PREFIX}${mode}-version`];
    if (value === undefined || value === 'latest') return;
    const m = VERSION.exec(value);
    if (m) policy[mode].minor = Number(m[1]);
    else errors.push({ label: `${PREFIX}${mode}-version`, value, message: 'must be "latest" or "v1.x"' });
  };
  const hasEnforceLevel = level('enforce', false);
  version('enforce');
  level('audit', true);
  version('audit');
  const hasWarnLevel = labels[`${PREFIX}warn`] !== undefined;
  level('warn', true);
  version('warn');
  // Warn defaults to a stricter enforce level (and its version, unless one is given for warn).
  if (!hasWarnLevel && hasEnforceLevel && rank(policy.enforce.level) > rank(policy.warn.level)) {
    policy.warn.level = policy.enforce.level;
    if (labels[`${PREFIX}warn-version`] === undefined) policy.warn.minor = policy.enforce.minor;
  }
  return { policy, errors };
}

/**
 * policy/registry.go EvaluatePod: the failed checks of a level at a version, baseline checks first,
 * then restricted ones, each group ordered by check ID; restricted checks replace the baseline ones
 * they override.
 */
function evaluate(lv: LevelVersion, meta: ObjectMeta, spec: PodSpec): CheckResult[] {
  if (lv.level === 'privileged') return [];
  const at = lv.minor ?? Number.MAX_SAFE_INTEGER;
  const chosen = CHECKS.filter((c) => c.level === 'baseline' || lv.level === 'restricted')
    .map((c) => ({ c, version: [...c.versions].reverse().find((v) => v.min <= at) }))
    .filter((x) => x.version !== undefined);
  const overridden = new Set(chosen.flatMap((x) => x.version?.overrides ?? []));
  const byId = (a: { c: { id: string } }, b: { c: { id: string } }) => (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0);
  const ordered = [
    ...chosen.filter((x) => x.c.level === 'baseline' && !overridden.has(x.c.id)).sort(byId),
    ...chosen.filter((x) => x.c.level === 'restricted').sort(byId),
  ];
  const failed: CheckResult[] = [];
  for (const x of ordered) {
    const r = x.version?.fn(meta, spec);
    if (r) failed.push(r);
  }
  return failed;
}

/** policy/checks.go ForbiddenDetail: `reason (detail), reason (detail)`. */
const detailOf = (failed: readonly CheckResult[]) =>
  failed.map((f) => (f.detail ? `${f.reason} (${f.detail})` : f.reason)).join(', ');

/** The kinds whose pod template DefaultPodSpecExtractor reads (besides pods). */
const TEMPLATE_KINDS = new Set([
  'ReplicationController',
  'PodTemplate',
  'ReplicaSet',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
]);

interface TemplateSpec {
  metadata?: ObjectMeta;
  spec?: PodSpec;
}

function podTemplateOf(obj: KubeObject): TemplateSpec | undefined {
  if (obj.kind === 'PodTemplate') return (obj as { template?: TemplateSpec }).template;
  const spec = obj.spec as
    { template?: TemplateSpec; jobTemplate?: { spec?: { template?: TemplateSpec } } } | undefined;
  return obj.kind === 'CronJob' ? spec?.jobTemplate?.spec?.template : spec?.template;
}

/**
 * Admits a pod (create) or a workload (create/update): throws Forbidden when a pod violates the
 * enforce level; returns the warnings for the client.
 */
export function admitPodSecurity(obj: KubeObject, store: Store): string[] {
  const isPod = obj.kind === 'Pod';
  if (!isPod && !TEMPLATE_KINDS.has(obj.kind)) return [];
  const namespace = obj.metadata?.namespace ?? 'default';
  const ns = store.get('namespaces', undefined, namespace) as Stored<Namespace> | undefined;
  const labels = ns?.metadata.labels;
  // Most namespaces have no PodSecurity labels: nothing to evaluate.
  if (!labels || !Object.keys(labels).some((k) => k.startsWith(PREFIX))) return [];
  const { policy } = policyOf(labels);
  let meta: ObjectMeta;
  let spec: PodSpec | undefined;
  if (isPod) {
    meta = obj.metadata ?? {};
    spec = (obj as Pod).spec;
  } else {
    const template = podTemplateOf(obj);
    meta = template?.metadata ?? {};
    spec = template?.spec;
  }
  if (!spec) return [];
  const results = new Map<string, CheckResult[]>();
  const evaluated = (lv: LevelVersion) => {
    const key = levelVersionString(lv);
    let r = results.get(key);
    if (!r) {
      r = evaluate(lv, meta, spec);
      results.set(key, r);
    }
    return r;
  };
  if (isPod) {
    const failed = evaluated(policy.enforce);
    if (failed.length)
      throw forbidden(
        `pods "${obj.metadata?.name ?? ''}" is forbidden: violates PodSecurity "${levelVersionString(policy.enforce)}": ${detailOf(failed)}`,
      );
  }
  const warned = evaluated(policy.warn);
  return warned.length ? [`would violate PodSecurity "${levelVersionString(policy.warn)}": ${detailOf(warned)}`] : [];
}

/**
 * A namespace's labels on create or update (ValidateNamespace): invalid PodSecurity labels are
 * refused; a stricter enforce level returns warnings about the pods already there.
 */
export function admitNamespaceLabels(ns: KubeObject, old: KubeObject | undefined, store: Store): string[] {
  const labels = ns.metadata?.labels;
  const oldLabels = old?.metadata?.labels;
  if (!hasPolicyLabels(labels) && !hasPolicyLabels(oldLabels)) return [];
  const name = ns.metadata?.name ?? '';
  const { policy, errors } = policyOf(labels);
  const before = old ? policyOf(oldLabels) : undefined;
  if (
    errors.length &&
    (!before || before.errors.length === 0 || JSON.stringify(errors) !== JSON.stringify(before.errors))
  )
    throw invalid(
      'Namespace',
      '',
      name,
      errors.map((e) => fieldErrors.invalid(`metadata.labels[${e.label}]`, e.value, e.message)),
    );
  if (!before) return [];
  const next = policy.enforce;
  const prev = before.policy.enforce;
  if (next.level === prev.level && next.minor === prev.minor) return [];
  if (next.level === 'privileged') return [];
  if (next.minor === prev.minor && rank(next.level) <= rank(prev.level)) return [];
  return existingPodWarnings(name, next, store);
}

const hasPolicyLabels = (labels: Readonly<Record<string, string>> | undefined) =>
  labels !== undefined && Object.keys(labels).some((k) => k.startsWith(PREFIX));

/** EvaluatePodsInNamespace: one warning per distinct set of failed checks, naming the first pod. */
function existingPodWarnings(namespace: string, enforce: LevelVersion, store: Store): string[] {
  const pods = prioritized(store.list('pods', namespace) as unknown as Stored<Pod>[]);
  const seen = new Map<string, { pod: string; count: number }>();
  const order: string[] = [];
  for (const pod of pods) {
    const failed = evaluate(enforce, pod.metadata, pod.spec ?? { containers: [] });
    if (!failed.length) continue;
    const warning = failed.map((f) => f.reason).join(', ');
    const c = seen.get(warning);
    if (!c) {
      seen.set(warning, { pod: pod.metadata.name, count: 1 });
      order.push(warning);
    } else {
      c.count++;
      if (pod.metadata.name < c.pod) c.pod = pod.metadata.name;
    }
  }
  if (!order.length) return [];
  const decorated = order.map((w) => {
    const c = seen.get(w) ?? { pod: '', count: 0 };
    const others = c.count - 1;
    const who = others === 0 ? c.pod : `${c.pod} (and ${others} other ${others === 1 ? 'pod' : 'pods'})`;
    return `${who}: ${w}`;
  });
  return [
    `existing pods in namespace "${namespace}" violate the new PodSecurity enforce level "${levelVersionString(enforce)}"`,
    ...decorated.sort(),
  ];
}

/** prioritizePods: the first pod of each controller, then the other replicas. */
function prioritized(pods: readonly Stored<Pod>[]): Stored<Pod>[] {
  const first: Stored<Pod>[] = [];
  const rest: Stored<Pod>[] = [];
  const controllers = new Set<string>();
  for (const p of pods) {
    const owner = p.metadata.ownerReferences?.find((o) => o.controller)?.uid;
    if (owner === undefined) first.push(p);
    else if (controllers.has(owner)) rest.push(p);
    else {
      controllers.add(owner);
      first.push(p);
    }
  }
  return [...first, ...rest];
}
