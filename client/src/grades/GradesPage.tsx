/**
 * The Grades page (graders, instructors, admins): pick a cohort, see every student's points per lab and quiz in
 * course order with maxima, totals and the percentage under the cohort's grading scheme, download the grades
 * for a gradebook, change the scheme (instructors), and manage API tokens for scripted exports.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import type { CohortsResponse, CohortSummary, GradebookResponse } from '../contract';
import { Link, navigate } from '../router';
import { useSession } from '../session';
import { ApiTokens } from './ApiTokens';
import { Downloads } from './Downloads';
import { GradeTable } from './GradeTable';
import { SchemeForm } from './SchemeForm';
import './grades.css';

/** Cohorts the user grades or teaches (an admin who is not a member has no roles in a cohort and sees them all). */
function gradable(c: CohortSummary): boolean {
  return c.myRoles.length === 0 || c.myRoles.includes('grader') || c.myRoles.includes('instructor');
}

export function GradesPage({ cohortId }: { cohortId?: string }) {
  const { me } = useSession();
  const [cohorts, setCohorts] = useState<CohortSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.get<CohortsResponse>('/api/cohorts').then(
      (body) => {
        if (!live) return;
        const mine = body.cohorts.filter(gradable);
        setCohorts(mine);
        const first = mine[0];
        if (!cohortId && mine.length === 1 && first) navigate(`/grades/${first.id}`, { replace: true });
      },
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [cohortId]);

  const current = cohorts?.find((c) => c.id === cohortId);
  const canConfigure = me?.role === 'admin' || (current?.myRoles.includes('instructor') ?? false);
  return (
    <section className="grades-page">
      <h1>Grades{current ? `: ${current.name}` : ''}</h1>
      {error && <p role="alert">The cohorts could not be loaded: {error}</p>}
      {cohorts === null && !error && <p role="status">Loading…</p>}
      {cohorts && cohorts.length === 0 && (
        <p>You do not grade any cohort yet. An instructor can add you as a grader.</p>
      )}
      {cohorts && cohorts.length > 0 && (
        <label className="cohort-picker">
          Cohort{' '}
          <select
            value={cohortId ?? ''}
            onChange={(e) => navigate(e.target.value ? `/grades/${e.target.value}` : '/grades')}
          >
            <option value="">Choose a cohort…</option>
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {cohortId && <CohortGrades key={cohortId} cohortId={cohortId} canConfigure={canConfigure} />}
      {(me?.role === 'grader' || me?.role === 'instructor') && <ApiTokens />}
      {cohortId && cohorts && !current && (
        <p role="alert">
          You do not grade this cohort. <Link href="/grades">Choose another</Link>.
        </p>
      )}
    </section>
  );
}

function CohortGrades({ cohortId, canConfigure }: { cohortId: string; canConfigure: boolean }) {
  const [book, setBook] = useState<GradebookResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    api.get<GradebookResponse>(`/api/cohorts/${cohortId}/grades`).then(
      (b) => {
        setBook(b);
        setError(null);
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  }, [cohortId]);
  useEffect(load, [load]);

  if (error) return <p role="alert">The grades could not be loaded: {error}</p>;
  if (!book) return <p role="status">Loading the grades…</p>;
  return (
    <>
      <SchemeSummary book={book} />
      <Downloads cohortId={cohortId} />
      <GradeTable book={book} />
      {canConfigure && <SchemeForm cohortId={cohortId} book={book} onSaved={load} />}
    </>
  );
}

const ATTEMPT_RULES = {
  quiz: "each quiz's own rule",
  best: 'the best attempt',
  last: 'the last attempt',
  average: 'the average of all attempts',
} as const;

function SchemeSummary({ book }: { book: GradebookResponse }) {
  const s = book.settings;
  return (
    <p className="muted scheme-summary">
      {book.students.length} student{book.students.length === 1 ? '' : 's'} · labs {s.labWeight} : quizzes{' '}
      {s.quizWeight} · {s.hintPenalty > 0 ? `−${s.hintPenalty} per hint` : 'no hint penalty'} · quizzes count{' '}
      {ATTEMPT_RULES[s.quizAttempt]}
    </p>
  );
}
