/** What the labs and quizzes API sends (see server/src/http/routes/labs.ts and quizzes.ts). */
export interface ProgressOut {
  passed: number;
  total: number;
  percent: number;
}

export interface CheckOut {
  description: string;
  passed: boolean | null;
  message: string | null;
}

export interface StepOut {
  id: string;
  title: string;
  instructions: string;
  status: 'pending' | 'passed' | 'failed';
  attempts: number;
  failedChecks: number;
  firstPassedAt: string | null;
  hints: string[];
  hintsTotal: number;
  solution: string[] | null;
  solutionAfterFailedChecks: number;
  checks: CheckOut[];
}

export interface LabOut {
  id: string;
  title: string;
  chapter: string;
  chapterTitle: string;
  summary: string;
  estimatedMinutes: number;
  prerequisites: string[];
  progress: ProgressOut;
  currentStepId: string | null;
  quizId: string | null;
  steps: StepOut[];
}

export interface ChapterOut {
  id: string;
  title: string;
  summary: string;
  progress: ProgressOut;
  quizId: string | null;
}

export type AnswerIn = { choice: string } | { choices: string[] } | { value: boolean } | { command: string };

export interface QuestionOut {
  id: string;
  type: 'single' | 'multiple' | 'truefalse' | 'command';
  prompt: string;
  choices?: { id: string; text: string }[];
  placeholder?: string | null;
}

export interface StandingOut {
  attemptsUsed: number;
  attemptsLeft: number | null;
  score: number | null;
  maxScore: number | null;
  passed: boolean;
}

export interface ReviewOut {
  attempt: { id: string; score: number; maxScore: number; submittedAt: string };
  results: {
    questionId: string;
    correct: boolean;
    earned: number;
    points: number;
    answer: AnswerIn | null;
    correctAnswer: AnswerIn | null;
    explanation: string;
  }[];
  standing: StandingOut;
}

export interface QuizOut {
  quiz: {
    id: string;
    chapter: string;
    title: string;
    scoring: { multiSelect: string; attemptsAllowed: number; counts: string; passPercent: number };
    questions: QuestionOut[];
  };
  standing: StandingOut;
  lastAttempt: ReviewOut | null;
}
