/** The activity feed: from the database (it survives a reload), newest first, each event once, older pages on demand. */
import { useState } from 'react';
import type { Activity, BoardResponse } from '../contract';
import { describe } from './format';

export function Feed({
  board,
  feed,
  hasOlder,
  loadOlder,
}: {
  board: BoardResponse;
  feed: Activity[];
  hasOlder: boolean;
  loadOlder: () => Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const names = new Map(board.students.map((s) => [s.id, s.name]));
  return (
    <section className="feed-panel" aria-label="Activity">
      <h2>Activity</h2>
      {feed.length === 0 && <p className="muted">Nothing has happened yet.</p>}
      <ol className="feed" aria-live="polite">
        {feed.map((a) => (
          <li key={a.id} className={`feed-${a.kind}`}>
            <time dateTime={a.at}>{new Date(a.at).toLocaleString()}</time>{' '}
            <strong>{names.get(a.studentId) ?? 'A former student'}</strong> {describe(board, a)}
          </li>
        ))}
      </ol>
      {error && <p role="alert">{error}</p>}
      {hasOlder && (
        <button
          type="button"
          onClick={() => {
            loadOlder().catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
          }}
        >
          Older activity
        </button>
      )}
    </section>
  );
}
