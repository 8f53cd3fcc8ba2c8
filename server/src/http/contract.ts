// The HTTP API's types by name, inferred from the zod schemas the routes validate and answer with. The client
// imports this file with `import type` only (client/src/contract.ts), so it must stay free of runtime code.
import type { z } from 'zod';
import type * as responses from './responses.js';
import type * as requests from './routes/schemas.js';

type Out<S extends z.ZodType> = z.output<S>;
type In<S extends z.ZodType> = z.input<S>;

// Responses, one per route (see routes/*.ts for which answers with which).
export type CsrfResponse = Out<typeof responses.csrfResponse>;
export type LoggedInResponse = Out<typeof responses.loggedInResponse>;
export type MeResponse = Out<typeof responses.meResponse>;
export type SessionResponse = Out<typeof responses.sessionResponse>;
export type UserResponse = Out<typeof responses.userResponse>;
export type UsersResponse = Out<typeof responses.usersResponse>;
export type CreatedUserResponse = Out<typeof responses.createdUserResponse>;
export type CohortsResponse = Out<typeof responses.cohortsResponse>;
export type CohortResponse = Out<typeof responses.cohortSchema>;
export type CohortProgressResponse = Out<typeof responses.cohortProgressResponse>;
export type BoardResponse = Out<typeof responses.boardResponse>;
export type StudentRow = Out<typeof responses.studentRowSchema>;
export type StudentRowResponse = Out<typeof responses.studentRowResponse>;
export type LabStepsResponse = Out<typeof responses.labStepsResponse>;
export type Activity = Out<typeof responses.activitySchema>;
export type ActivityResponse = Out<typeof responses.activityResponse>;
export type StudentDetailResponse = Out<typeof responses.studentDetailResponse>;
export type AuditLogResponse = Out<typeof responses.auditLogResponse>;
export type CatalogueResponse = Out<typeof responses.catalogueResponse>;
export type LabResponse = Out<typeof responses.labResponse>;
export type HintResponse = Out<typeof responses.hintResponse>;
export type SolutionResponse = Out<typeof responses.solutionResponse>;
export type MyScoresResponse = Out<typeof responses.myScoresResponse>;
export type QuizzesResponse = Out<typeof responses.quizzesResponse>;
export type QuizResponse = Out<typeof responses.quizResponse>;
export type QuizReviewResponse = Out<typeof responses.quizReviewResponse>;

// The pieces of responses that the client passes around on their own.
export type SessionUser = Out<typeof responses.actorSchema>;
export type Role = SessionUser['role'];
export type User = Out<typeof responses.userSchema>;
export type CohortSummary = Out<typeof responses.cohortSummarySchema>;
export type StudentProgress = Out<typeof responses.studentProgressSchema>;
export type AuditEntry = Out<typeof responses.auditEntrySchema>;
export type LabProgress = Out<typeof responses.labProgressSchema>;
export type LabSummary = Out<typeof responses.labSummarySchema>;
export type Chapter = Out<typeof responses.chapterSchema>;
export type Lab = Out<typeof responses.labSchema>;
export type Step = Out<typeof responses.stepSchema>;
export type Question = Out<typeof responses.questionSchema>;
export type Standing = Out<typeof responses.standingSchema>;

// Request bodies, as the client may send them (before defaults and trimming).
export type RegisterRequest = In<typeof requests.registerBody>;
export type LoginRequest = In<typeof requests.loginBody>;
export type CreateCohortRequest = In<typeof requests.createCohortBody>;
export type JoinCohortRequest = In<typeof requests.joinCohortBody>;
export type EmailRequest = In<typeof requests.emailBody>;
export type CreateUserRequest = In<typeof requests.createUserBody>;
export type UpdateUserRequest = In<typeof requests.updateUserBody>;
export type HelpSettingsRequest = In<typeof requests.helpSettingsBody>;
export type ArchiveRequest = In<typeof requests.archiveBody>;
export type DueDateRequest = In<typeof requests.dueDateBody>;
export type QuizAttemptRequest = In<typeof requests.quizAttemptBody>;
export type Answer = QuizAttemptRequest['answers'][string];

/** `{ min, max }` characters of a new password, as literal types (the client holds a checked copy). */
export type PasswordLength = typeof requests.PASSWORD_LENGTH;

// Grades.
export type GradebookResponse = Out<typeof responses.gradebookResponse>;
export type GradebookRow = Out<typeof responses.gradebookRowSchema>;
export type GradingSettings = Out<typeof responses.gradingSettingsResponse>;
export type ApiToken = Out<typeof responses.apiTokenSchema>;
export type ApiTokensResponse = Out<typeof responses.apiTokensResponse>;
export type CreatedApiTokenResponse = Out<typeof responses.createdApiTokenResponse>;
export type QuizAttemptsResponse = Out<typeof responses.quizAttemptsResponse>;
export type GradingSettingsRequest = In<typeof requests.gradingSettingsBody>;
export type CreateApiTokenRequest = In<typeof requests.createApiTokenBody>;
