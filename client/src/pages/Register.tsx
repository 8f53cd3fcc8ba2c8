import { useState, type FormEvent } from 'react';
import { api, ApiError, rememberCsrfToken } from '../api';
import { Link, navigate } from '../router';
import { useSession } from '../session';
import { Field, FormError, formText } from './forms';

export function Register() {
  const { refresh } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const joinCode = new URLSearchParams(location.search).get('code') ?? '';

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const body = await api.post<{ csrfToken?: string }>('/api/auth/register', {
        joinCode: formText(form, 'joinCode').trim(),
        name: formText(form, 'name').trim(),
        email: formText(form, 'email').trim(),
        password: formText(form, 'password'),
      });
      rememberCsrfToken(body.csrfToken);
      await refresh();
      navigate('/', { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Registering failed.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card narrow">
      <h1>Register</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Join code" name="joinCode" defaultValue={joinCode} required autoFocus hint="Your instructor gives you this code." />
        <Field label="Name" name="name" autoComplete="name" required />
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field label="Password" name="password" type="password" autoComplete="new-password" required minLength={8} hint="At least 8 characters." />
        <FormError message={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Registering…' : 'Register'}
        </button>
      </form>
      <p>
        Already registered? <Link href="/login">Log in</Link>.
      </p>
    </section>
  );
}
