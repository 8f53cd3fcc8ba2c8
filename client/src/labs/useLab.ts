/**
 * A lab and the caller's progress, kept fresh: `signal` changes after each command the student runs (or a
 * progress event from the socket); the lab is then reloaded at
 * the moments the server re-checks (the step turns green by itself), and after checks and hints.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import type { Lab } from '../contract';
import { labsApi } from './api';

/** A signal means the server just checked (it pushes every check); look once more a little later. */
const RELOADS_MS = [0, 5000];

export function useLab(labId: string, signal: number) {
  const [lab, setLab] = useState<Lab | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);

  const load = useCallback(() => {
    labsApi.lab(labId).then(
      (l) => {
        setLab(l);
        setError(null);
      },
      (err: unknown) => {
        setNotFound(err instanceof ApiError && err.status === 404);
        setError(err instanceof Error ? err.message : String(err));
      },
    );
  }, [labId]);

  useEffect(() => {
    load();
  }, [load]);

  useEffect(() => {
    if (signal === 0) return;
    // A command ran or the server reported progress: reload now-ish and when the server re-checks.
    for (const t of timers.current) clearTimeout(t);
    timers.current = RELOADS_MS.map((ms) => setTimeout(load, ms));
  }, [signal, load]);

  useEffect(
    () => () => {
      for (const t of timers.current) clearTimeout(t);
    },
    [],
  );

  return { lab, setLab, error, setError, notFound, reload: load };
}
