// Row types that services and presenters use, re-exported so nothing above db/ imports the generated client directly.
export { Role } from '../generated/prisma/enums.js';
export type {
  Activity,
  AuditLog,
  Cohort,
  HintReveal,
  LabSession,
  QuizAttempt,
  Session,
  StepCompletion,
  User,
} from '../generated/prisma/client.js';
