import { useEffect, type ReactNode } from 'react';
import { AdminPage } from './pages/Admin';
import { Catalogue } from './pages/Catalogue';
import { Dashboard } from './pages/Dashboard';
import { GradesPage } from './grades/GradesPage';
import { QuizPage } from './labs/QuizPage';
import { LabPage } from './pages/Lab';
import { Login } from './pages/Login';
import { Register } from './pages/Register';
import { Link, match, navigate, usePath } from './router';
import { SessionProvider, useSession } from './session';
import { WORKSPACES, WorkspaceProvider, useWorkspace, type Workspace } from './workspaces';

export function App() {
  return (
    <SessionProvider>
      <WorkspaceProvider>
        <Shell />
      </WorkspaceProvider>
    </SessionProvider>
  );
}

function Shell() {
  const path = usePath();
  const { me, logout } = useSession();
  const { available, active, choose } = useWorkspace();
  const page = route(path);

  // Each role lands where its work is; a student's labs are at `/` itself.
  useEffect(() => {
    if (path === '/' && active && active !== 'student') navigate(WORKSPACES[active].home, { replace: true });
  }, [path, active]);
  const fullWidth = path.startsWith('/labs/');
  const mainClass = fullWidth ? 'main main-wide' : path.startsWith('/dashboard/') ? 'main main-board' : 'main';

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
            {(active ? WORKSPACES[active].nav : []).map((item) => (
              <Link
                key={item.href}
                href={item.href}
                aria-current={path === item.href || path.startsWith(`${item.href}/`) ? 'page' : undefined}
              >
                {item.label}
              </Link>
            ))}
            {available && available.length > 1 && active && (
              <label className="workspace-switch">
                <span className="visually-hidden">Work as</span>
                <select
                  value={active}
                  onChange={(e) => {
                    const next = e.target.value as Workspace;
                    choose(next);
                    navigate(WORKSPACES[next].home);
                  }}
                >
                  {available.map((w) => (
                    <option key={w} value={w}>
                      {WORKSPACES[w].label}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <span className="who">{me.name}</span>
            <button type="button" className="link-button" onClick={() => void logout().then(() => navigate('/login'))}>
              Log out
            </button>
          </nav>
        )}
      </header>
      <main id="main" className={mainClass} tabIndex={-1}>
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
  if (path === '/admin') return { node: <AdminPage />, title: 'Admin', public: false };
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
