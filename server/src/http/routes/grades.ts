// Grades: the gradebook, grade exports (CSV, JSON, Canvas, Moodle, long), grading settings, graders' API tokens,
// and every quiz attempt of a student for their graders. Routes marked `bearer` also take an API token.
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import type { ApiTokenRow } from '../../services/apiTokens.js';
import type { AttemptReview } from '../../services/quizzes.js';
import type { GradebookHead, GradebookRow } from '../../services/grades.js';
import type { ApiToken, GradebookResponse } from '../contract.js';
import {
  apiTokensResponse,
  createdApiTokenResponse,
  gradebookResponse,
  gradingSettingsResponse,
  quizAttemptsResponse,
} from '../responses.js';
import { route, type AnyRoute, type RouteDeps } from '../route.js';
import { presentReview } from './quizzes.js';
import { createApiTokenBody, exportQuery, gradingSettingsBody, idParams } from './schemas.js';

function presentToken(t: ApiTokenRow): ApiToken {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

function presentGradebook(g: GradebookHead & { rows: GradebookRow[] }): GradebookResponse {
  return {
    cohort: g.cohort,
    items: g.items.map((i) => ({ id: i.id, kind: i.kind, title: i.title, chapter: i.chapter, maxPoints: i.maxPoints })),
    settings: g.settings,
    students: g.rows.map(({ student, grades }) => ({
      id: student.id,
      name: student.name,
      email: student.email,
      grades: grades.items.map((x) => ({
        itemId: x.itemId,
        points: x.points,
        status: x.status,
        submittedAt: x.submittedAt?.toISOString() ?? null,
      })),
      labPoints: grades.labPoints,
      quizPoints: grades.quizPoints,
      totalPoints: grades.totalPoints,
      totalMax: grades.totalMax,
      percent: grades.percent,
    })),
  };
}

function presentAttempt(r: AttemptReview) {
  return { quizId: r.quiz.id, quizTitle: r.quiz.title, review: presentReview(r) };
}

const tokenParams = z.object({ tokenId: z.uuid() });

export function gradeRoutes({ services: { grades, apiTokens, quizzes } }: RouteDeps): AnyRoute[] {
  return [
    route({
      method: 'get',
      path: '/cohorts/:id/grades',
      tag: 'grades',
      summary: "The cohort's gradebook: every lab and quiz in course order with maxima, totals, percentages",
      description: 'For the cohort’s graders and instructors, and admins. Also takes an API token.',
      auth: 'user',
      bearer: true,
      params: idParams,
      response: { status: 200, description: 'The gradebook', schema: gradebookResponse },
      handler: async ({ actor, params }) => presentGradebook(await grades.gradebook(actor, { cohortId: params.id })),
    }),
    route({
      method: 'get',
      path: '/cohorts/:id/grades/export',
      tag: 'grades',
      summary: 'Download the grades as csv, json, canvas, moodle or long (audited, streamed)',
      description:
        'CSV files follow RFC 4180 with CRLF line ends; `bom=1` starts them with a UTF-8 byte order mark for Excel. ' +
        'Also takes an API token (`Authorization: Bearer`).',
      auth: 'user',
      bearer: true,
      params: idParams,
      query: exportQuery,
      response: { status: 200, description: 'The file', contentType: 'text/csv' },
      handler: async ({ actor, session, params, query, context, res }) => {
        const file = await grades.exportGrades(actor, {
          cohortId: params.id,
          options: {
            format: query.format,
            bom: query.bom === '1' || query.bom === 'true',
            moodleScale: query.scale ?? 'points',
          },
          viaToken: session.sessionId.startsWith('token:'),
          context,
        });
        res.status(200).type(file.contentType).attachment(file.filename);
        await pipeline(file.body, res);
      },
    }),
    route({
      method: 'get',
      path: '/cohorts/:id/grading',
      tag: 'grades',
      summary:
        "The cohort's grading settings (weights, hint penalty, which quiz attempt counts, Canvas ids, due dates)",
      auth: 'user',
      params: idParams,
      response: { status: 200, description: 'Grading settings', schema: gradingSettingsResponse },
      handler: async ({ actor, params }) => grades.getGradingSettings(actor, { cohortId: params.id }),
    }),
    route({
      method: 'put',
      path: '/cohorts/:id/grading',
      tag: 'grades',
      summary: "Change the cohort's grading settings (its instructors and admins; audited)",
      auth: 'user',
      params: idParams,
      body: gradingSettingsBody,
      response: { status: 200, description: 'The new settings', schema: gradingSettingsResponse },
      handler: async ({ actor, params, body, context }) =>
        grades.updateGradingSettings(actor, { cohortId: params.id, settings: body, context }),
    }),
    route({
      method: 'get',
      path: '/students/:id/quiz-attempts',
      tag: 'grades',
      summary:
        "Every quiz attempt of a student, with answers and right answers (the student's graders and instructors)",
      auth: 'user',
      bearer: true,
      params: idParams,
      response: { status: 200, description: 'Attempts, oldest first', schema: quizAttemptsResponse },
      handler: async ({ actor, params }) => ({
        attempts: (await quizzes.attemptsOfStudent(actor, params.id)).map(presentAttempt),
      }),
    }),
    route({
      method: 'get',
      path: '/tokens',
      tag: 'grades',
      summary: 'Your API tokens (graders and instructors)',
      auth: 'user',
      response: { status: 200, description: 'Tokens, newest first', schema: apiTokensResponse },
      handler: async ({ actor }) => ({ tokens: (await apiTokens.list(actor)).map(presentToken) }),
    }),
    route({
      method: 'post',
      path: '/tokens',
      tag: 'grades',
      summary: 'Create an API token for scripted exports; the token is in this response only',
      auth: 'user',
      body: createApiTokenBody,
      response: { status: 201, description: 'The token, shown once', schema: createdApiTokenResponse },
      handler: async ({ actor, body, context }) => {
        const { token, row } = await apiTokens.create(actor, { name: body.name, context });
        return { token, apiToken: presentToken(row) };
      },
    }),
    route({
      method: 'delete',
      path: '/tokens/:tokenId',
      tag: 'grades',
      summary: 'Revoke one of your API tokens (at once)',
      auth: 'user',
      params: tokenParams,
      response: { status: 204, description: 'Revoked' },
      handler: async ({ actor, params, context }) => {
        await apiTokens.revoke(actor, { id: params.tokenId, context });
      },
    }),
  ];
}
