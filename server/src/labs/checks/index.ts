/**
 * Evaluates a step's checks against a student's environment. Every check returns whether it
 * passed and a sentence saying what was found, so a failing step explains itself.
 */
import type { Check, Step } from '../format.js';
import { field, objectAbsent, objectExists } from './objects.js';
import { clusterState, commandRun, fileYaml } from './shell.js';
import { fail, type CheckEnvironment, type CheckResult } from './types.js';
import { podsReady, rolledBack, rolledOut, serviceEndpoints } from './workloads.js';

export type { CheckEnvironment, CheckResult, CommandRecordLike } from './types.js';

/**
 * Checks that read the cluster's objects: they need a running cluster, and they may pass some time after the
 * student's command, as controllers catch up (the lab page says it is waiting for the cluster).
 */
export function needsCluster(check: Check): boolean {
  return check.type !== 'commandRun' && check.type !== 'fileYaml' && check.type !== 'clusterState';
}

function run(check: Check, env: CheckEnvironment): CheckResult {
  switch (check.type) {
    case 'objectExists':
      return objectExists(check, env);
    case 'objectAbsent':
      return objectAbsent(check, env);
    case 'field':
      return field(check, env);
    case 'podsReady':
      return podsReady(check, env);
    case 'rolledOut':
      return rolledOut(check, env);
    case 'rolledBack':
      return rolledBack(check, env);
    case 'serviceEndpoints':
      return serviceEndpoints(check, env);
    case 'commandRun':
      return commandRun(check, env);
    case 'fileYaml':
      return fileYaml(check, env);
    case 'clusterState':
      return clusterState(check, env);
    default: {
      const never: never = check;
      return never;
    }
  }
}

export function evaluateCheck(check: Check, env: CheckEnvironment): CheckResult {
  if (needsCluster(check) && env.cluster.state !== 'Running') {
    return fail(
      env.cluster.state === 'Absent'
        ? 'there is no cluster yet: minikube start creates it'
        : 'the cluster is stopped: minikube start brings it back',
    );
  }
  try {
    return run(check, env);
  } catch (err) {
    // A check must never take the checker down: an unexpected error is a failed check that says so.
    return fail(`the check could not be evaluated: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export interface StepEvaluation {
  stepId: string;
  passed: boolean;
  checks: { description: string; passed: boolean; message: string }[];
}

/** Whether two evaluations of a step say the same to the student (nothing on the lab page would change). */
export function sameEvaluation(a: StepEvaluation | undefined, b: StepEvaluation): boolean {
  return (
    a !== undefined &&
    a.passed === b.passed &&
    a.checks.length === b.checks.length &&
    a.checks.every((c, i) => {
      const d = b.checks[i]!;
      return c.passed === d.passed && c.message === d.message && c.description === d.description;
    })
  );
}

/** What a check is about, for the student, before it has been run. */
export function describeCheck(check: Check): string {
  if (check.description) return check.description;
  switch (check.type) {
    case 'objectExists':
      return `${check.resource} ${check.name} exists`;
    case 'objectAbsent':
      return `${check.resource} ${check.name} is deleted`;
    case 'field':
      return `${check.label ?? check.jsonPath} of ${check.resource} ${check.name ?? check.selector ?? ''} is as asked`;
    case 'podsReady':
      return `${check.mode === 'atLeast' ? 'at least ' : ''}${check.count} pods with ${check.selector} are Ready`;
    case 'rolledOut':
      return `deployment ${check.deployment} has rolled out${check.image ? ` ${check.image}` : ''}`;
    case 'rolledBack':
      return `deployment ${check.deployment} has been rolled back`;
    case 'serviceEndpoints':
      return `service ${check.service} has endpoints`;
    case 'commandRun':
      return `you ran ${check.command}`;
    case 'fileYaml':
      return `~/${check.path} holds ${check.kind ?? 'YAML'}`;
    case 'clusterState':
      return `the cluster is ${check.state}`;
    default: {
      const never: never = check;
      return never;
    }
  }
}

export function evaluateStep(step: Pick<Step, 'id' | 'checks'>, env: CheckEnvironment): StepEvaluation {
  const checks = step.checks.map((check) => ({ description: describeCheck(check), ...evaluateCheck(check, env) }));
  return { stepId: step.id, passed: checks.every((c) => c.passed), checks };
}
