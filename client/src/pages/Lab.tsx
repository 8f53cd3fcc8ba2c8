import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchLab, type LabDetail } from '../labs';
import { LabSteps } from '../labs/LabSteps';
import { Link } from '../router';
import { TerminalPane } from '../terminal/TerminalPane';

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
  // The steps pane (labs/LabSteps) reloads on each event, and again when the server re-checks.
  const [progressEvents, setProgressEvents] = useState(0);
  const onProgress = useCallback(() => {
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => setProgressEvents((n) => n + 1), 150);
  }, []);

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
          <LabSteps labId={labId} signal={progressEvents} />
        ) : (
          <p className="muted">Use the terminal on the right: it runs kubectl and minikube against your own cluster.</p>
        )}
      </aside>
      <TerminalPane labId={labId} label="Terminal" onProgress={onProgress} />
    </div>
  );
}
