/** The lab catalogue and a lab's details as the API gives them; every field beyond id and title is optional. */
import { api, ApiError } from './api';

export type Progress = number | { passed?: number; completed?: number; total?: number; percent?: number } | null | undefined;

export interface LabSummary {
  id: string;
  title: string;
  chapter?: string | number | null;
  chapterTitle?: string;
  summary?: string;
  estimatedMinutes?: number;
  progress?: Progress;
}

export type StepStatus = 'pending' | 'passed' | 'failed';

export interface LabStep {
  id: string;
  title: string;
  /** Markdown (shown as text until the renderer lands). */
  instructions?: string;
  status?: StepStatus;
}

export interface LabDetail extends LabSummary {
  currentStepId?: string | null;
  steps?: LabStep[];
}

export async function fetchCatalogue(): Promise<LabSummary[] | null> {
  try {
    return (await api.get<{ labs: LabSummary[] }>('/api/labs')).labs;
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 501)) return null;
    throw err;
  }
}

/** The lab, or a minimal stand-in when the labs API is not there (the terminal still works). */
export async function fetchLab(labId: string): Promise<LabDetail> {
  try {
    const body = await api.get<{ lab?: LabDetail } & Partial<LabDetail>>(`/api/labs/${encodeURIComponent(labId)}`);
    const lab = body.lab ?? (body.id ? (body as LabDetail) : null);
    if (lab) return lab;
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 404) throw err;
    const catalogue = await fetchCatalogue().catch(() => null);
    const known = catalogue?.find((l) => l.id === labId);
    if (known) return known;
    if (catalogue) throw err;
  }
  return { id: labId, title: labId };
}

/** Progress as a fraction in [0, 1], or null when unknown. */
export function progressFraction(progress: Progress): number | null {
  if (progress === null || progress === undefined) return null;
  if (typeof progress === 'number') return progress > 1 ? progress / 100 : progress;
  if (typeof progress.percent === 'number') return progress.percent / 100;
  const done = progress.passed ?? progress.completed;
  if (typeof done === 'number' && typeof progress.total === 'number' && progress.total > 0) return done / progress.total;
  return null;
}
