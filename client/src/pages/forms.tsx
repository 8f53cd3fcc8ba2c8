/** Small accessible form pieces: every input has a visible label; errors are announced. */
import { useId, type InputHTMLAttributes } from 'react';

export function Field({ label, hint, ...input }: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string }) {
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
