import { useEffect, type ReactNode } from 'react';
import { Catalogue } from './pages/Catalogue';
import { Dashboard } from './pages/Dashboard';
import { GradesPage, mayGrade } from './grades/GradesPage';
import { QuizPage } from './labs/QuizPage';
import { LabPage } from './pages/Lab';
import { Login } from './pages/Login';
import { Register } from './pages/Register';
import { Link, match, navigate, usePath } from './router';
import { SessionProvider, isStaff, useSession } from './session';

export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}

function Shell() {
  const path = usePath();
  const { me, logout } = useSession();
  const page = route(path);
  const fullWidth = path.startsWith('/labs/');

  useEffect(() => {
    if (me === null && !page.public)
      navigate(`/login?next=${encodeURIComponent(location.pathname)}`, { replace: true });
  }, [me, page.public]);

  useEffect(() => {
    document.title = page.title ? `${page.title} · kubelab` : 'kubelab';
  }, [page.title]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          kubelab
        </Link>
        {me && (
          <nav aria-label="Main">
            <Link href="/" aria-current={path === '/' ? 'page' : undefined}>
              Labs
            </Link>
            {isStaff(me) && (
              <Link href="/dashboard" aria-current={path.startsWith('/dashboard') ? 'page' : undefined}>
                Dashboard
              </Link>
            )}
            {mayGrade(me) && (
              <Link href="/grades" aria-current={path.startsWith('/grades') ? 'page' : undefined}>
                Grades
              </Link>
            )}
            <span className="who">{me.name}</span>
            <button type="button" className="link-button" onClick={() => void logout().then(() => navigate('/login'))}>
              Log out
            </button>
          </nav>
        )}
      </header>
      <main id="main" className={fullWidth ? 'main main-wide' : 'main'} tabIndex={-1}>
        {me === undefined && !page.public ? (
          <p role="status">Loading…</p>
        ) : me === null && !page.public ? null : (
          page.node
        )}
      </main>
    </>
  );
}

function route(path: string): { node: ReactNode; title: string; public: boolean } {
  if (path === '/login') return { node: <Login />, title: 'Log in', public: true };
  if (path === '/register') return { node: <Register />, title: 'Register', public: true };
  if (path === '/' || path === '/labs') return { node: <Catalogue />, title: 'Labs', public: false };
  const lab = match('/labs/:labId', path);
  if (lab?.labId) return { node: <LabPage key={lab.labId} labId={lab.labId} />, title: 'Lab', public: false };
  const quiz = match('/quizzes/:quizId', path);
  if (quiz?.quizId) return { node: <QuizPage key={quiz.quizId} quizId={quiz.quizId} />, title: 'Quiz', public: false };
  if (path === '/dashboard') return { node: <Dashboard />, title: 'Dashboard', public: false };
  const cohort = match('/dashboard/:cohortId', path);
  if (cohort?.cohortId) return { node: <Dashboard cohortId={cohort.cohortId} />, title: 'Dashboard', public: false };
  if (path === '/grades') return { node: <GradesPage />, title: 'Grades', public: false };
  const graded = match('/grades/:cohortId', path);
  if (graded?.cohortId) return { node: <GradesPage cohortId={graded.cohortId} />, title: 'Grades', public: false };
  return {
    node: (
      <section>
        <h1>Page not found</h1>
        <p>
          <Link href="/">Back to the labs</Link>
        </p>
      </section>
    ),
    title: 'Not found',
    public: true,
  };
}
