/**
 * The instructions pane of a lab: a progress bar, then each step with its live status, the reason
 * a check fails, hints on request, the solution once unlocked, and a "Check" button.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import type { Lab, Step } from '../contract';
import { Link } from '../router';
import { labsApi } from './api';
import './labs.css';
import { Markdown } from './Markdown';
import { fenced } from './markdownHtml';
import type { useLab } from './useLab';

export function LabProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <span
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <span className="progress-fill" style={{ width: `${percent}%` }} />
      <span className="progress-text">{percent}%</span>
    </span>
  );
}

/** `state` comes from the page's `useLab`, which also gives the page its title (one request per reload). */
export function LabSteps({ labId, state }: { labId: string; state: ReturnType<typeof useLab> }) {
  const { lab, setLab, error, setError } = state;
  const [checking, setChecking] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  const currentStepId = lab?.currentStepId;

  // Bring the step to work on (or the completion notice) into view when it changes, on opening too.
  useEffect(() => {
    if (currentStepId === undefined) return;
    const target = list.current?.querySelector(currentStepId === null ? '.lab-done' : '.step-current');
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  }, [currentStepId]);

  if (!lab)
    return error ? <p role="alert">The lab could not be loaded: {error}</p> : <p role="status">Loading the steps…</p>;

  const check = () => {
    setChecking(true);
    labsApi.check(labId).then(
      (l) => {
        setLab(l);
        setChecking(false);
      },
      (err: unknown) => {
        setError(err instanceof Error ? err.message : String(err));
        setChecking(false);
      },
    );
  };

  return (
    <div className="lab-steps" ref={list}>
      <LabProgressBar percent={lab.progress.percent} label="Lab progress" />
      <p className="muted" aria-live="polite">
        {lab.progress.passed} of {lab.progress.total} steps done
      </p>
      {error && <p role="alert">{error}</p>}
      <ol className="steps" aria-label="Steps">
        {lab.steps.map((step) => (
          <StepItem
            key={step.id}
            labId={labId}
            step={step}
            current={step.id === lab.currentStepId}
            onCheck={check}
            checking={checking}
            onChange={(l) => setLab(l)}
          />
        ))}
      </ol>
      {lab.currentStepId === null && <Finished lab={lab} />}
    </div>
  );
}

function Finished({ lab }: { lab: Lab }) {
  return (
    <section className="lab-done" aria-label="Lab complete">
      <h2>Lab complete</h2>
      <p>Every step passed.</p>
      {lab.quizId && (
        <Link href={`/quizzes/${encodeURIComponent(lab.quizId)}`}>Take the chapter quiz: {lab.chapterTitle}</Link>
      )}
    </section>
  );
}

interface StepProps {
  labId: string;
  step: Step;
  current: boolean;
  checking: boolean;
  onCheck: () => void;
  onChange: (lab: Lab) => void;
}

function StepItem({ labId, step, current, checking, onCheck, onChange }: StepProps) {
  const [open, setOpen] = useState(current);
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = `step-${step.id}-title`;
  const expanded = open || current;

  const hint = () => {
    labsApi.hint(labId, step.id).then(
      () => labsApi.lab(labId).then(onChange),
      (err: unknown) => setProblem(err instanceof ApiError ? err.message : String(err)),
    );
  };
  const solution = () => {
    labsApi.solution(labId, step.id).then(
      () => labsApi.lab(labId).then(onChange),
      (err: unknown) => setProblem(err instanceof ApiError ? err.message : String(err)),
    );
  };

  // An automatic check after each command keeps the results fresh, but a ✗ waits until the student's
  // own "Check my work" has failed once: a step that has just become current shows no failure yet.
  const results = step.checks.filter((c) => c.passed === true || (c.passed === false && step.failedChecks > 0));
  const statusText =
    step.status === 'passed' ? 'done' : step.status === 'failed' ? 'not yet' : current ? 'current step' : 'to do';
  const left = Math.max(0, step.solutionAfterFailedChecks - step.failedChecks);

  return (
    <li
      className={`step step-${step.status}${current ? ' step-current' : ''}`}
      aria-labelledby={titleId}
      data-step-id={step.id}
      data-status={step.status}
    >
      <h2 className="step-title" id={titleId} aria-current={current ? 'step' : undefined}>
        <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setOpen(!open)}>
          {step.title}
        </button>{' '}
        <span className={`badge badge-${step.status}`} aria-label={`${step.title}: ${statusText}`}>
          {step.status === 'passed' ? '✓ done' : statusText}
        </span>
      </h2>
      {expanded && (
        <div className="step-body">
          <Markdown source={step.instructions} />
          {step.waitingOnCluster && step.status !== 'passed' && <Waiting step={step} />}
          {results.length > 0 && step.status !== 'passed' && (
            <ul className="check-results" aria-label={`Checks for ${step.title}`}>
              {results.map((c, i) => (
                <li key={i} className={c.passed ? 'check-ok' : 'check-fail'}>
                  {c.passed ? '✓' : '✗'} {c.passed ? c.description : (c.message ?? c.description)}
                </li>
              ))}
            </ul>
          )}
          {step.hints.length > 0 && (
            <ol className="hints" aria-label={`Hints for ${step.title}`}>
              {step.hints.map((h, i) => (
                <li key={i}>
                  <Markdown source={h} />
                </li>
              ))}
            </ol>
          )}
          {step.solution && (
            <div className="solution" aria-label={`Solution for ${step.title}`}>
              <p>Reference solution:</p>
              <Markdown source={step.solution.map(fenced).join('\n')} />
            </div>
          )}
          {problem && <p role="alert">{problem}</p>}
          {step.status !== 'passed' && (
            <div className="step-actions">
              {current && (
                <button type="button" onClick={onCheck} disabled={checking}>
                  {checking ? 'Checking…' : 'Check my work'}
                </button>
              )}
              {step.hints.length < step.hintsTotal && (
                <button type="button" className="secondary" onClick={hint}>
                  Show a hint ({step.hintsTotal - step.hints.length} left)
                </button>
              )}
              {!step.solution &&
                (left === 0 ? (
                  <button type="button" className="secondary" onClick={solution}>
                    Show the solution
                  </button>
                ) : (
                  <span className="muted">
                    The solution unlocks after {left} more failed check{left === 1 ? '' : 's'}.
                  </span>
                ))}
            </div>
          )}
        </div>
      )}
    </li>
  );
}

/** Part of the step is done and the cluster is catching up: say so, and what it is still waiting for. */
function Waiting({ step }: { step: Step }) {
  const left = step.checks.filter((c) => c.passed === false).map((c) => c.message ?? c.description);
  return (
    <div className="waiting" role="status">
      <span className="spinner" aria-hidden="true" /> <strong>Waiting for the cluster</strong>: {left.join('; ')}. This
      step turns green by itself when the cluster gets there (within a minute); you may go on meanwhile.
    </div>
  );
}
