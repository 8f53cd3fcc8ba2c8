import { useEffect, useRef, useState, type RefObject } from 'react';
import type { StepProgress } from '../protocol';
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
        {watch && <span className="badge badge-muted">Read-only</span>}
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
