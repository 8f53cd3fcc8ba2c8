/**
 * A lab and the caller's progress, kept fresh: reloaded after each command the student runs, at
 * the moments the server re-checks (the step turns green by itself), and after checks and hints.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { labsApi } from './api';
import type { LabOut } from './types';

/** After a command: the server checks at once (debounced) and again after 3, 10 and 30 seconds. */
const RELOADS_MS = [1200, 4000, 11000, 31000];

export function useLab(labId: string, commandCount: number) {
  const [lab, setLab] = useState<LabOut | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);

  const load = useCallback(() => {
    labsApi.lab(labId).then(
      (l) => {
        setLab(l);
        setError(null);
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  }, [labId]);

  useEffect(() => {
    load();
  }, [load]);

  useEffect(() => {
    if (commandCount === 0) return;
    for (const t of timers.current) clearTimeout(t);
    timers.current = RELOADS_MS.map((ms) => setTimeout(load, ms));
  }, [commandCount, load]);

  useEffect(
    () => () => {
      for (const t of timers.current) clearTimeout(t);
    },
    [],
  );

  return { lab, setLab, error, setError, reload: load };
}
