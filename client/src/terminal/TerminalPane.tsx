import { useEffect, useRef, useState, type RefObject } from 'react';
import type { AssistState, StepProgress } from '../protocol';
import { mountTerminal, type TerminalHandle, type TerminalStatus } from './mountTerminal';

export interface TerminalPaneProps {
  labId: string;
  /** A student's id: watch their terminal read-only. */
  watch?: string;
  label: string;
  /** A step of this lab was checked on the server. */
  onProgress?: (event: StepProgress) => void;
  /** Set to the mounted terminal (null once it is gone), e.g. for the lab's run buttons. */
  handleRef?: RefObject<TerminalHandle | null>;
}

export function TerminalPane({ labId, watch, label, onProgress, handleRef }: TerminalPaneProps) {
  const host = useRef<HTMLDivElement>(null);
  const ownHandle = useRef<TerminalHandle | null>(null);
  const handle = handleRef ?? ownHandle;
  const progressRef = useRef(onProgress);
  const [status, setStatus] = useState<TerminalStatus>({ kind: 'connecting' });
  const [screenReader, setScreenReader] = useState(false);
  const [tabs, setTabs] = useState(1);
  const [assist, setAssist] = useState<AssistState | null>(null);
  const [studentOnline, setStudentOnline] = useState<boolean | null>(null);
  progressRef.current = onProgress;

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const t = mountTerminal(el, {
      labId,
      ...(watch ? { watch } : {}),
      onStatus: setStatus,
      onProgress: (event) => progressRef.current?.(event),
      onTabs: setTabs,
      onAssist: setAssist,
      onStudentPresence: setStudentOnline,
    });
    handle.current = t;
    return () => {
      handle.current = null;
      t.dispose();
    };
  }, [labId, watch]);

  useEffect(() => handle.current?.setScreenReaderMode(screenReader), [screenReader]);

  return (
    <section className="terminal-pane" aria-label={label}>
      <div className="terminal-toolbar">
        <StatusBadge status={status} />
        {watch && assist?.state !== 'active' && <span className="badge badge-muted">Read-only</span>}
        {watch && studentOnline === false && (
          <span className="badge badge-muted" role="status">
            The student left this lab; their last screen stays here
          </span>
        )}
        {watch && (
          <WatcherAssist
            state={assist}
            online={status.kind === 'online' && studentOnline !== false}
            assist={() => handle.current?.assist}
          />
        )}
        <label className="toggle">
          <input type="checkbox" checked={screenReader} onChange={(e) => setScreenReader(e.target.checked)} />
          Screen reader mode
        </label>
        {!watch && (
          <span className="shortcuts" id="terminal-help">
            Copy: Ctrl+Shift+C · Paste: Ctrl+V · Leave: Shift+Tab
          </span>
        )}
      </div>
      {!watch && tabs > 1 && (
        <p className="terminal-notice" role="status">
          This lab is open in {tabs} tabs. They share one terminal: what you type in one appears in the others.
        </p>
      )}
      {!watch && <StudentAssist state={assist} assist={() => handle.current?.assist} />}
      <div
        className="terminal-host"
        ref={host}
        data-testid="terminal"
        aria-describedby={watch ? undefined : 'terminal-help'}
      />
    </section>
  );
}

function StatusBadge({ status }: { status: TerminalStatus }) {
  const text: Record<TerminalStatus['kind'], string> = {
    connecting: 'Connecting…',
    online: 'Connected',
    reconnecting: 'Reconnecting…',
    closed: 'Disconnected',
  };
  const detail = status.kind === 'reconnecting' || status.kind === 'closed' ? status.message : null;
  return (
    <span className="status" role="status" aria-live="polite">
      <span className={`dot dot-${status.kind}`} aria-hidden="true" />
      {text[status.kind]}
      {detail && <span className="status-detail"> — {detail}</span>}
    </span>
  );
}

type AssistControls = () => TerminalHandle['assist'] | undefined;

/** The watcher's side: ask to type, wait for the student, type, stop. */
function WatcherAssist({
  state,
  online,
  assist,
}: {
  state: AssistState | null;
  online: boolean;
  assist: AssistControls;
}) {
  if (state?.state === 'requested')
    return (
      <span className="assist" role="status">
        Waiting for the student to accept…{' '}
        <button type="button" className="link-button" onClick={() => assist()?.end()}>
          Withdraw
        </button>
      </span>
    );
  if (state?.state === 'active')
    return (
      <span className="assist assist-active" role="status">
        You are typing in this terminal.{' '}
        <button type="button" onClick={() => assist()?.end()}>
          Stop assisting
        </button>
      </span>
    );
  return (
    <span className="assist">
      {state?.message && <span role="status">{state.message} </span>}
      <button type="button" disabled={!online} onClick={() => assist()?.request()}>
        Ask to type
      </button>
    </span>
  );
}

/** The student's side: a request to accept or decline, and who is typing while it lasts. */
function StudentAssist({ state, assist }: { state: AssistState | null; assist: AssistControls }) {
  if (state?.state === 'requested')
    return (
      <div className="assist-banner" role="alertdialog" aria-label="Request to type in your terminal">
        <strong>{state.helper.name}</strong> asks to type in your terminal.{' '}
        <button type="button" onClick={() => assist()?.answer(true)}>
          Allow
        </button>{' '}
        <button type="button" onClick={() => assist()?.answer(false)}>
          Decline
        </button>
      </div>
    );
  if (state?.state === 'active')
    return (
      <div className="assist-banner assist-active" role="status">
        <strong>{state.helper.name}</strong> is typing in your terminal.{' '}
        <button type="button" onClick={() => assist()?.end()}>
          End
        </button>
      </div>
    );
  return null;
}
