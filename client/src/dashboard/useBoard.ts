/** A cohort's board, kept live: the rows and feed lines the `/dashboard` socket sends replace or join what was loaded. */
import { useCallback, useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { api } from '../api';
import type { Activity, ActivityResponse, BoardResponse, StudentRow } from '../contract';
import type { DashboardClientToServerEvents, DashboardServerToClientEvents } from '../protocol';

export interface LiveBoard {
  board: BoardResponse | null;
  error: string | null;
  connected: boolean;
  feed: Activity[];
  /** Cursor of the next (older) page of the feed, null when there is none. */
  feedNext: string | null;
  loadOlder: () => Promise<void>;
  /** Steps passed as they happen, `${studentId}/${labId}/${stepId}` (the steps view adds them to what it loaded). */
  passedLive: Set<string>;
  replaceRow: (row: StudentRow) => void;
  reload: () => void;
}

const cohortPath = (cohortId: string) => `/api/cohorts/${encodeURIComponent(cohortId)}`;

export function useBoard(cohortId: string): LiveBoard {
  const [board, setBoard] = useState<BoardResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [connected, setConnected] = useState(false);
  const [feed, setFeed] = useState<Activity[]>([]);
  const [feedNext, setFeedNext] = useState<string | null>(null);
  const [passedLive, setPassedLive] = useState<Set<string>>(new Set());
  const [generation, setGeneration] = useState(0);

  const replaceRows = useCallback((rows: StudentRow[]) => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    setBoard((b) => b && { ...b, students: b.students.map((s) => byId.get(s.id) ?? s) });
  }, []);

  useEffect(() => {
    let live = true;
    Promise.all([
      api.get<BoardResponse>(`${cohortPath(cohortId)}/board`),
      api.get<ActivityResponse>(`${cohortPath(cohortId)}/activity?limit=30`),
    ]).then(
      ([b, f]) => {
        if (!live) return;
        setBoard(b);
        setFeed(f.activities);
        setFeedNext(f.next);
        setError(null);
      },
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [cohortId, generation]);

  useEffect(() => {
    const socket: Socket<DashboardServerToClientEvents, DashboardClientToServerEvents> = io('/dashboard', {
      auth: { cohortId },
      withCredentials: true,
      transports: ['websocket', 'polling'],
    });
    socket.on('connect', () => setConnected(true));
    socket.on('disconnect', () => setConnected(false));
    socket.on('rows', replaceRows);
    socket.on('activity', (lines) => {
      setFeed((prev) => {
        const seen = new Set(prev.map((a) => a.id));
        return [...lines.filter((l) => !seen.has(l.id)).reverse(), ...prev];
      });
      const passed = lines.filter((l) => l.kind === 'step_passed');
      if (passed.length > 0)
        setPassedLive((prev) => new Set([...prev, ...passed.map((l) => `${l.studentId}/${l.labId}/${l.stepId}`)]));
    });
    return () => {
      socket.disconnect();
    };
  }, [cohortId, replaceRows]);

  const loadOlder = useCallback(async () => {
    if (!feedNext) return;
    const page = await api.get<ActivityResponse>(
      `${cohortPath(cohortId)}/activity?limit=30&before=${encodeURIComponent(feedNext)}`,
    );
    setFeed((prev) => [...prev, ...page.activities]);
    setFeedNext(page.next);
  }, [cohortId, feedNext]);

  return {
    board,
    error,
    connected,
    feed,
    feedNext,
    loadOlder,
    passedLive,
    replaceRow: (row) => replaceRows([row]),
    reload: () => setGeneration((g) => g + 1),
  };
}

export { cohortPath };
