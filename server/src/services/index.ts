/**
 * The services a server runs on, built once by the composition root (main.ts; tests build their own) and passed
 * down to the HTTP routes, the socket gateways and the sandbox factory. Nothing in services/ keeps module state:
 * what has state or settings is one of these objects.
 */
import { AuthService } from './auth.js';
import type { Course } from './course.js';
import { ProgressService } from './progress.js';
import { QuizService } from './quizzes.js';
import { SessionService } from './sessions.js';

export interface Services {
  course: Course;
  sessions: SessionService;
  auth: AuthService;
  progress: ProgressService;
  quizzes: QuizService;
}

export interface ServicesDeps {
  course: Course;
  sessions: { secret: string; ttlHours: number };
  /** Errors of background work that must reach an operator. */
  onError: (err: unknown, context: string) => void;
  /** Automatic-check timing (tests shorten it). */
  progress?: { debounceMs?: number; followUpsMs?: readonly number[] };
}

export function createServices(deps: ServicesDeps): Services {
  const sessions = new SessionService(deps.sessions);
  return {
    course: deps.course,
    sessions,
    auth: new AuthService(sessions),
    progress: new ProgressService({ course: deps.course, onError: deps.onError, ...deps.progress }),
    quizzes: new QuizService(deps.course),
  };
}
