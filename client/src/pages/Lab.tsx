import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchLab, type LabDetail, type LabStep } from '../labs';
import { Link } from '../router';
import { TerminalPane } from '../terminal/TerminalPane';
import { ProgressBar } from './Catalogue';

/**
 * A lab: instructions on the left (title, then the steps with their status once the labs API
 * provides them), the terminal on the right.
 */
export function LabPage({ labId }: { labId: string }) {
  const [lab, setLab] = useState<LabDetail>({ id: labId, title: labId });
  const [error, setError] = useState<string | null>(null);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const load = useCallback(() => {
    fetchLab(labId).then(
      (l) => {
        setLab(l);
        setError(null);
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  }, [labId]);

  useEffect(() => {
    load();
    return () => clearTimeout(refreshTimer.current);
  }, [load]);

  const steps = lab.steps ?? [];

  // The server checks the steps after each command and says so on the terminal's socket.
  const onProgress = useCallback(() => {
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(load, 150);
  }, [load]);

  const passed = steps.filter((s) => s.status === 'passed').length;

  return (
    <div className="lab-layout">
      <aside className="instructions" aria-labelledby="lab-title">
        <p className="crumbs">
          <Link href="/">← All labs</Link>
        </p>
        <h1 id="lab-title">{lab.title}</h1>
        {error && <p role="alert">The lab could not be loaded: {error}</p>}
        {lab.summary && <p>{lab.summary}</p>}
        {steps.length > 0 ? (
          <>
            <ProgressBar value={passed / steps.length} label="Lab progress" />
            <ol className="steps">
              {steps.map((step) => (
                <Step key={step.id} step={step} current={step.id === lab.currentStepId} />
              ))}
            </ol>
          </>
        ) : (
          <p className="muted">Use the terminal on the right: it runs kubectl and minikube against your own cluster.</p>
        )}
      </aside>
      <TerminalPane labId={labId} label="Terminal" onProgress={onProgress} />
    </div>
  );
}

function Step({ step, current }: { step: LabStep; current: boolean }) {
  const status = step.status ?? 'pending';
  return (
    <li className={`step step-${status}`}>
      <h2 className="step-title" aria-current={current ? 'step' : undefined}>
        {step.title} <span className="visually-hidden">({status})</span>
        {status === 'passed' && (
          <span className="badge badge-ok" aria-hidden="true">
            ✓ done
          </span>
        )}
      </h2>
      {step.instructions && <div className="step-body">{step.instructions}</div>}
    </li>
  );
}
