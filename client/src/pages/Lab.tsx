import { useCallback, useEffect, useRef, useState } from 'react';
import { LabSteps } from '../labs/LabSteps';
import { useLab } from '../labs/useLab';
import { Link } from '../router';
import { TerminalPane } from '../terminal/TerminalPane';

/** A lab: instructions on the left (title, then the steps with their live status), the terminal on the right. */
export function LabPage({ labId }: { labId: string }) {
  // The server checks the steps after each command and says so on the terminal's socket; the lab
  // is reloaded on each such event (debounced), and again when the server re-checks.
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [progressEvents, setProgressEvents] = useState(0);
  const onProgress = useCallback(() => {
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => setProgressEvents((n) => n + 1), 150);
  }, []);
  useEffect(() => () => clearTimeout(refreshTimer.current), []);
  const state = useLab(labId, progressEvents);

  return (
    <div className="lab-layout">
      <aside className="instructions" aria-labelledby="lab-title">
        <p className="crumbs">
          <Link href="/">← All labs</Link>
        </p>
        <h1 id="lab-title">{state.lab?.title ?? labId}</h1>
        {state.lab?.summary && <p>{state.lab.summary}</p>}
        <LabSteps labId={labId} state={state} />
      </aside>
      <TerminalPane labId={labId} label="Terminal" onProgress={onProgress} />
    </div>
  );
}
