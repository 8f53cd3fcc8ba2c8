import { useState, type FormEvent } from 'react';
import { api, ApiError, rememberCsrfToken } from '../api';
import { Link, navigate } from '../router';
import { useSession } from '../session';
import { Field, FormError, formText, nextPath } from './forms';

export function Login() {
  const { refresh } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const body = await api.post<{ csrfToken?: string }>('/api/auth/login', { email: formText(form, 'email'), password: formText(form, 'password') });
      rememberCsrfToken(body.csrfToken);
      await refresh();
      navigate(nextPath(), { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Logging in failed.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card narrow">
      <h1>Log in</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Email" name="email" type="email" autoComplete="username" required autoFocus />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        <FormError message={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p>
        New here? <Link href="/register">Register with your cohort&apos;s join code</Link>.
      </p>
    </section>
  );
}
