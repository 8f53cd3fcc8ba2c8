/** The admin's page: accounts and their roles, and every cohort. */
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api';
import type { CohortsResponse, CreatedUserResponse, Role, User, UsersResponse } from '../contract';
import { Link } from '../router';
import { useSession } from '../session';
import { Field, formText } from './forms';

const ROLES: Role[] = ['student', 'instructor', 'grader', 'admin'];
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function AdminPage() {
  return (
    <section>
      <h1>Admin</h1>
      <Users />
      <Cohorts />
    </section>
  );
}

function Users() {
  const { me } = useSession();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState<UsersResponse | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    const query = new URLSearchParams({ limit: '100', ...(search.trim() ? { search: search.trim() } : {}) });
    api.get<UsersResponse>(`/api/users?${query}`).then(
      (body) => live && setPage(body),
      (err: unknown) => live && setStatus(message(err)),
    );
    return () => {
      live = false;
    };
  }, [search, reload]);

  const changeRole = async (user: User, role: Role) => {
    try {
      await api.patch(`/api/users/${user.id}`, { role });
      setStatus(`${user.email} is now ${role === 'admin' ? 'an admin' : `a ${role}`}.`);
      setReload((n) => n + 1);
    } catch (err) {
      setStatus(message(err));
    }
  };

  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const target = e.currentTarget;
    try {
      const body = await api.post<CreatedUserResponse>('/api/users', {
        email: formText(form, 'email'),
        name: formText(form, 'name'),
        role: formText(form, 'role') || 'student',
      });
      setStatus(
        `Created ${body.user.email}${body.generatedPassword ? `; their password (shown once): ${body.generatedPassword}` : ''}.`,
      );
      target.reset();
      setReload((n) => n + 1);
    } catch (err) {
      setStatus(message(err));
    }
  };

  return (
    <>
      <h2>Users and roles</h2>
      {status && <p role="status">{status}</p>}
      <form className="inline-form" onSubmit={(e) => void create(e)}>
        <Field label="Email" name="email" type="email" required />
        <Field label="Name" name="name" required />
        <label>
          Role{' '}
          <select name="role" defaultValue="student">
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button type="submit">Create account</button>
      </form>
      <Field label="Search users" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      <table className="students">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {page?.users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>
                <select
                  aria-label={`Role of ${u.email}`}
                  value={u.role}
                  disabled={u.id === me?.id}
                  onChange={(e) => void changeRole(u, e.target.value as Role)}
                >
                  {ROLES.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {page && page.total > page.users.length && (
        <p className="muted">
          Showing {page.users.length} of {page.total}; search to narrow down.
        </p>
      )}
    </>
  );
}

function Cohorts() {
  const [cohorts, setCohorts] = useState<CohortsResponse['cohorts'] | null>(null);
  useEffect(() => {
    let live = true;
    void api.get<CohortsResponse>('/api/cohorts').then((b) => live && setCohorts(b.cohorts));
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      <h2>Cohorts</h2>
      <ul>
        {cohorts?.map((c) => (
          <li key={c.id}>
            <Link href={`/dashboard/${c.id}`}>{c.name}</Link>
            {c.archivedAt && <span className="badge badge-muted">archived</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
