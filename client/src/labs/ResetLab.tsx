/**
 * "Reset lab": after the student confirms, the server throws their cluster, files and shell away and starts
 * the lab afresh; the terminal reconnects to the new environment by itself. Steps already done stay done.
 */
import { useState } from 'react';
import { ApiError } from '../api';
import { labsApi } from './api';

export const RESET_QUESTION =
  'Reset this lab? Your cluster, files and shell history start again from the beginning. Steps you have done stay done.';

export function ResetLab({ labId, onReset }: { labId: string; onReset: () => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const reset = () => {
    if (!window.confirm(RESET_QUESTION)) return;
    setBusy(true);
    setProblem(null);
    labsApi.reset(labId).then(
      () => {
        setBusy(false);
        onReset();
      },
      (err: unknown) => {
        setBusy(false);
        setProblem(err instanceof ApiError ? err.message : String(err));
      },
    );
  };
  return (
    <div className="reset-lab">
      <button type="button" className="secondary" onClick={reset} disabled={busy}>
        {busy ? 'Resetting…' : 'Reset lab'}
      </button>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
