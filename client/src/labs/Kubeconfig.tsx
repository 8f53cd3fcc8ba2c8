/**
 * "Use your own kubectl": a download link for a kubeconfig reaching this lab's cluster (each download is a new
 * secret; the session cookie authorises it) and a button revoking every one of them.
 */
import { useState } from 'react';
import { ApiError } from '../api';
import { labsApi } from './api';

export function Kubeconfig({ labId }: { labId: string }) {
  const [note, setNote] = useState<string | null>(null);
  const revoke = () => {
    setNote(null);
    labsApi.revokeKubeconfigs(labId).then(
      () => setNote('Every kubeconfig of this lab is revoked: kubectl with one now gets “Unauthorized”.'),
      (err: unknown) => setNote(err instanceof ApiError ? err.message : String(err)),
    );
  };
  return (
    <details className="kubeconfig">
      <summary>Use your own kubectl</summary>
      <p>
        Download a kubeconfig and run <code>kubectl --kubeconfig kubeconfig-{labId}.yaml get pods</code> on your own
        computer: it reaches this lab&apos;s cluster, the one your terminal shows. Keep the file private.
      </p>
      <p>
        <a className="button" href={labsApi.kubeconfigUrl(labId)} download>
          Download kubeconfig
        </a>{' '}
        <button type="button" className="secondary" onClick={revoke}>
          Revoke all
        </button>
      </p>
      {note && <p role="status">{note}</p>}
    </details>
  );
}
