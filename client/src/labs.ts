/** The lab catalogue as the API gives it; every field beyond id and title is optional. */
import { api, ApiError } from './api';

export type Progress =
  number | { passed?: number; completed?: number; total?: number; percent?: number } | null | undefined;

export interface LabSummary {
  id: string;
  title: string;
  chapter?: string | number | null;
  chapterTitle?: string;
  summary?: string;
  estimatedMinutes?: number;
  progress?: Progress;
}

export async function fetchCatalogue(): Promise<LabSummary[] | null> {
  try {
    return (await api.get<{ labs: LabSummary[] }>('/api/labs')).labs;
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 501)) return null;
    throw err;
  }
}

/** Progress as a fraction in [0, 1], or null when unknown. */
export function progressFraction(progress: Progress): number | null {
  if (progress === null || progress === undefined) return null;
  if (typeof progress === 'number') return progress > 1 ? progress / 100 : progress;
  if (typeof progress.percent === 'number') return progress.percent / 100;
  const done = progress.passed ?? progress.completed;
  if (typeof done === 'number' && typeof progress.total === 'number' && progress.total > 0)
    return done / progress.total;
  return null;
}
