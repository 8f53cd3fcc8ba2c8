/** Small words and numbers the dashboard shows. */
import type { Activity, BoardResponse } from '../contract';

export function ago(iso: string | null, now: number): string {
  if (!iso) return '—';
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return `${Math.floor(s / 86400)} d ago`;
}

export function duration(iso: string | null, now: number): string {
  if (!iso) return '—';
  const m = Math.max(0, Math.floor((now - Date.parse(iso)) / 60000));
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function stepTitle(board: BoardResponse, labId: string | null, stepId: string | null): string {
  const lab = board.labs.find((l) => l.id === labId);
  if (!lab) return '—';
  const step = lab.steps.find((s) => s.id === stepId);
  return step ? `${lab.title} · ${step.title}` : `${lab.title} · done`;
}

/** One feed line in words (the student's name is put in front by the caller). */
export function describe(board: BoardResponse, a: Activity): string {
  const lab = board.labs.find((l) => l.id === a.labId);
  const step = lab?.steps.find((s) => s.id === a.stepId);
  const quiz = board.quizzes.find((q) => q.id === a.quizId);
  const where = `${lab?.title ?? a.labId ?? ''}${step ? ` · ${step.title}` : ''}`;
  switch (a.kind) {
    case 'step_passed':
      return `passed ${where}`;
    case 'lab_completed':
      return `completed the lab ${lab?.title ?? a.labId ?? ''}`;
    case 'quiz_submitted':
      return `submitted ${quiz?.title ?? a.quizId ?? 'a quiz'} (${String(a.detail.score ?? '?')}/${String(a.detail.maxScore ?? '?')})`;
    case 'hint_revealed':
      return `revealed a hint in ${where}`;
    case 'solution_revealed':
      return `revealed the solution of ${where}`;
    case 'flagged':
      return `needs help on ${where} (${a.detail.reason === 'idle' ? 'no progress for a while' : 'failed checks'})`;
  }
}
