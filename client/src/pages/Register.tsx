import type { PasswordLength, RegisterRequest } from '../contract';
import { Link } from '../router';
import { Field, FormError, formText, useAuthForm } from './forms';

// The server's rule, held to it by the type (a value cannot be imported from the server).
const PASSWORD: PasswordLength = { min: 10, max: 200 };

export function Register() {
  const joinCode = new URLSearchParams(location.search).get('code') ?? '';
  const { error, busy, onSubmit } = useAuthForm(
    '/api/auth/register',
    (form): RegisterRequest => ({
      joinCode: formText(form, 'joinCode').trim(),
      name: formText(form, 'name').trim(),
      email: formText(form, 'email').trim(),
      password: formText(form, 'password'),
    }),
    () => '/',
    'Registering failed.',
  );

  return (
    <section className="card narrow">
      <h1>Register</h1>
      <form onSubmit={onSubmit} noValidate>
        <Field
          label="Join code"
          name="joinCode"
          defaultValue={joinCode}
          required
          autoFocus
          hint="Your instructor gives you this code."
        />
        <Field label="Name" name="name" autoComplete="name" required />
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD.min}
          maxLength={PASSWORD.max}
          hint={`At least ${PASSWORD.min} characters.`}
        />
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
