/** Small accessible form pieces: every input has a visible label; errors are announced. */
import { useId, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { api, ApiError, rememberCsrfToken } from '../api';
import type { LoggedInResponse, LoginRequest, RegisterRequest } from '../contract';
import { navigate } from '../router';
import { useSession } from '../session';
import { readableFormError } from './formErrors';

export function Field({
  label,
  hint,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string }) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={hint ? hintId : undefined} {...input} />
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
    </div>
  );
}

export function FormError({ message }: { message: string | null }) {
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

/** Where to go after logging in: `?next=` if it is a path on this site, else the catalogue. */
export function nextPath(): string {
  const next = new URLSearchParams(location.search).get('next');
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** A text field's value from a submitted form ('' when absent). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * Submitting a log-in or registration form: post it, keep the new session's CSRF token, reload the
 * session and go on to `next`; the API's message (or `failure`) is shown when it fails.
 */
interface AuthBodies {
  '/api/auth/login': LoginRequest;
  '/api/auth/register': RegisterRequest;
}

export function useAuthForm<Url extends keyof AuthBodies>(
  url: Url,
  body: (form: FormData) => AuthBodies[Url],
  next: () => string,
  failure: string,
) {
  const { refresh } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const reply = await api.post<LoggedInResponse>(url, body(form));
      rememberCsrfToken(reply.csrfToken);
      await refresh();
      navigate(next(), { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? readableFormError(err.message) : failure);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, onSubmit: (e: FormEvent<HTMLFormElement>) => void submit(e) };
}
