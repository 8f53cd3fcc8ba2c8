// The service results that presenters read (types only).
export type { CohortDetails, CohortMembership } from '../services/cohorts.js';
export type { CohortProgress } from '../services/scores.js';
import type { listAudit } from '../services/audit.js';
import type { getUser } from '../services/users.js';

export type UserRecord = Awaited<ReturnType<typeof getUser>>;
export type AuditEntry = Awaited<ReturnType<typeof listAudit>>[number];
export type { ActivityLine, CohortBoard, StudentDetail, StudentRow } from '../services/dashboardTypes.js';
