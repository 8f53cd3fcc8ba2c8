import type { LoginRequest } from '../contract';
import { Link } from '../router';
import { Field, FormError, formText, nextPath, useAuthForm } from './forms';

export function Login() {
  const { error, busy, onSubmit } = useAuthForm(
    '/api/auth/login',
    (form): LoginRequest => ({ email: formText(form, 'email'), password: formText(form, 'password') }),
    nextPath,
    'Logging in failed.',
  );

  return (
    <section className="card narrow">
      <h1>Log in</h1>
      <form onSubmit={onSubmit} noValidate>
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
