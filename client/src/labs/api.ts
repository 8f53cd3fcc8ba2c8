/** Calls to the labs and quizzes API. */
import { api } from '../api';
import type { AnswerIn, ChapterOut, LabOut, QuizOut, ReviewOut } from './types';

export const labsApi = {
  chapters: async () => (await api.get<{ chapters: ChapterOut[] }>('/api/labs')).chapters,
  lab: async (labId: string) => (await api.get<{ lab: LabOut }>(`/api/labs/${encodeURIComponent(labId)}`)).lab,
  check: async (labId: string) => (await api.post<{ lab: LabOut }>(`/api/labs/${encodeURIComponent(labId)}/check`)).lab,
  hint: (labId: string, stepId: string) =>
    api.post<{ index: number; hint: string; remaining: number }>(
      `/api/labs/${encodeURIComponent(labId)}/steps/${encodeURIComponent(stepId)}/hints`,
    ),
  solution: (labId: string, stepId: string) =>
    api.get<{ solution: string[] }>(
      `/api/labs/${encodeURIComponent(labId)}/steps/${encodeURIComponent(stepId)}/solution`,
    ),
  quiz: (quizId: string) => api.get<QuizOut>(`/api/quizzes/${encodeURIComponent(quizId)}`),
  submit: (quizId: string, answers: Record<string, AnswerIn>) =>
    api.post<ReviewOut>(`/api/quizzes/${encodeURIComponent(quizId)}/attempts`, { answers }),
};
