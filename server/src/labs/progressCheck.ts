/**
 * Which steps a check of the student's environment completes. Every step not done yet is evaluated, not only
 * the current one: a student who does a later step while an earlier one is still settling (a rollout, pods
 * becoming Ready) gets the later step recorded, and the earlier one still passes when the cluster gets there.
 * Nobody is locked out for being quick or doing things in a slightly different order. That is safe because
 * `labs validate` proves that no step of a lab passes before its own solution has run (replay.ts).
 */
import { evaluateStep, type CheckEnvironment, type StepEvaluation } from './checks/index.js';
import type { Lab, Step } from './format.js';
import { recoveryHint } from './recovery.js';
import { labObjects } from './setup.js';

export interface StepOutcome {
  step: Step;
  evaluation: StepEvaluation;
  /** The first step not done yet: the one the lab page shows as current. */
  current: boolean;
}

/**
 * Evaluates every step of `lab` not in `done`, in order. A failing check that needs something the student
 * removed from the lab's starting state says how to get it back.
 */
export function checkSteps(lab: Lab, done: ReadonlySet<string>, env: CheckEnvironment): StepOutcome[] {
  const open = lab.steps.filter((s) => !done.has(s.id));
  let initial: ReturnType<typeof labObjects> | undefined;
  const objects = () => (initial ??= labObjects(lab));
  return open.map((step, i) => {
    const evaluation = evaluateStep(step, env);
    const checks = evaluation.checks.map((c, n) => {
      const check = step.checks[n];
      const hint = c.passed || !check ? undefined : recoveryHint(lab, check, env, objects);
      return hint ? { ...c, message: `${c.message}; ${hint}` } : c;
    });
    return { step, evaluation: { ...evaluation, checks }, current: i === 0 };
  });
}
