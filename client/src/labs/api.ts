/** Calls to the labs and quizzes API: the one module that fetches them. */
import { api } from '../api';
import type {
  Answer,
  CatalogueResponse,
  HintResponse,
  LabResponse,
  QuizResponse,
  QuizReviewResponse,
  SolutionResponse,
} from '../contract';

const lab = (labId: string) => `/api/labs/${encodeURIComponent(labId)}`;
const step = (labId: string, stepId: string) => `${lab(labId)}/steps/${encodeURIComponent(stepId)}`;

export const labsApi = {
  /** Every lab and chapter, with the caller's progress. */
  catalogue: () => api.get<CatalogueResponse>('/api/labs'),
  lab: async (labId: string) => (await api.get<LabResponse>(lab(labId))).lab,
  /** A fresh environment in the lab's starting state; steps done stay done. */
  reset: (labId: string) => api.post<undefined>(`${lab(labId)}/reset`),
  /** A new kubeconfig for the student's own kubectl (a link: the browser downloads it). */
  kubeconfigUrl: (labId: string) => `${lab(labId)}/kubeconfig`,
  revokeKubeconfigs: (labId: string) => api.delete(`${lab(labId)}/kubeconfig`),
  check: async (labId: string) => (await api.post<LabResponse>(`${lab(labId)}/check`)).lab,
  hint: (labId: string, stepId: string) => api.post<HintResponse>(`${step(labId, stepId)}/hints`),
  solution: (labId: string, stepId: string) => api.get<SolutionResponse>(`${step(labId, stepId)}/solution`),
  quiz: (quizId: string) => api.get<QuizResponse>(`/api/quizzes/${encodeURIComponent(quizId)}`),
  submit: (quizId: string, answers: Record<string, Answer>) =>
    api.post<QuizReviewResponse>(`/api/quizzes/${encodeURIComponent(quizId)}/attempts`, { answers }),
};
