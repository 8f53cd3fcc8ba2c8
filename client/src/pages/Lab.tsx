import { useCallback, useEffect, useRef, useState } from 'react';
import { RunCommandContext, type RunCommand } from '../labs/commands';
import { LabSteps } from '../labs/LabSteps';
import { Kubeconfig } from '../labs/Kubeconfig';
import { ResetLab } from '../labs/ResetLab';
import { useLab } from '../labs/useLab';
import { Link } from '../router';
import type { TerminalHandle } from '../terminal/mountTerminal';
import { TerminalPane } from '../terminal/TerminalPane';
import { SplitPane } from './SplitPane';

/** A lab: instructions (title, then the steps with their live status) beside or above the terminal. */
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
  const terminal = useRef<TerminalHandle | null>(null);
  const runCommand = useCallback<RunCommand>((command) => terminal.current?.type(`${command}\r`) ?? false, []);

  if (state.notFound) return <LabNotFound labId={labId} />;

  return (
    <RunCommandContext value={runCommand}>
      <SplitPane
        className="lab-layout"
        storageKey="kubelab.labSplit"
        label="Resize the instructions and the terminal"
        firstId="lab-instructions"
        first={
          <aside className="instructions" id="lab-instructions" aria-labelledby="lab-title">
            <div className="lab-bar">
              <p className="crumbs">
                <Link href="/">← All labs</Link>
              </p>
              <ResetLab labId={labId} onReset={state.reload} />
            </div>
            <h1 id="lab-title">{state.lab?.title ?? labId}</h1>
            {state.lab?.summary && <p>{state.lab.summary}</p>}
            <LabSteps labId={labId} state={state} />
            <Kubeconfig labId={labId} />
          </aside>
        }
        second={<TerminalPane labId={labId} label="Terminal" onProgress={onProgress} handleRef={terminal} />}
      />
    </RunCommandContext>
  );
}

/** No terminal here: there is no lab to run it for. */
function LabNotFound({ labId }: { labId: string }) {
  return (
    <section aria-labelledby="lab-title">
      <h1 id="lab-title">Lab not found</h1>
      <p>There is no lab called “{labId}”.</p>
      <p>
        <Link href="/">← All labs</Link>
      </p>
    </section>
  );
}
