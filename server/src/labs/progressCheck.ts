/**
 * Which steps a check of the student's environment completes. Every step not done yet is evaluated, not only
 * the current one: a student who does a later step while an earlier one is still settling (a rollout, pods
 * becoming Ready) gets the later step recorded, and the earlier one still passes when the cluster gets there.
 * Nobody is locked out for being quick or doing things in a slightly different order. That is safe because
 * `labs validate` proves that no step of a lab passes before its own solution has run (replay.ts).
 */
import { evaluateStep, type CheckEnvironment, type StepEvaluation } from './checks/index.js';
import type { Lab, Step } from './format.js';

export interface StepOutcome {
  step: Step;
  evaluation: StepEvaluation;
  /** The first step not done yet: the one the lab page shows as current. */
  current: boolean;
}

/** Evaluates every step of `lab` not in `done`, in order. */
export function checkSteps(lab: Lab, done: ReadonlySet<string>, env: CheckEnvironment): StepOutcome[] {
  const open = lab.steps.filter((s) => !done.has(s.id));
  return open.map((step, i) => ({ step, evaluation: evaluateStep(step, env), current: i === 0 }));
}
