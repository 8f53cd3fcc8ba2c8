/** API tokens for scripted exports: create (shown once), list, revoke. */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../api';
import type { ApiToken, ApiTokensResponse, CreatedApiTokenResponse } from '../contract';

export function ApiTokens() {
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    api.get<ApiTokensResponse>('/api/tokens').then(
      (b) => setTokens(b.tokens),
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  }, []);
  useEffect(load, [load]);

  const create = (e: FormEvent) => {
    e.preventDefault();
    api.post<CreatedApiTokenResponse>('/api/tokens', { name }).then(
      (r) => {
        setCreated(r.token);
        setName('');
        setError(null);
        load();
      },
      (err: unknown) => setError(err instanceof ApiError ? err.message : String(err)),
    );
  };
  const revoke = (t: ApiToken) => {
    if (!confirm(`Revoke the token "${t.name}"? Scripts using it stop working at once.`)) return;
    api
      .delete(`/api/tokens/${t.id}`)
      .then(load, (err: unknown) => setError(err instanceof ApiError ? err.message : String(err)));
  };

  return (
    <details className="api-tokens">
      <summary>API tokens for scripted exports</summary>
      <p className="muted">
        A token downloads the grades of the cohorts you grade, e.g.{' '}
        <code>
          curl -H &quot;Authorization: Bearer $TOKEN&quot; {location.origin}
          /api/cohorts/COHORT_ID/grades/export?format=canvas
        </code>
        . It can do nothing else.
      </p>
      {error && <p role="alert">{error}</p>}
      {created && (
        <p role="status" className="new-token">
          Your new token (copy it now: it is not shown again): <output className="mono">{created}</output>
        </p>
      )}
      <form className="inline-form" onSubmit={create}>
        <label>
          Name <input value={name} maxLength={80} required onChange={(e) => setName(e.target.value)} />
        </label>{' '}
        <button type="submit">Create a token</button>
      </form>
      {tokens && tokens.length > 0 && (
        <table className="students">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td className="mono">{t.prefix}…</td>
                <td>{new Date(t.createdAt).toLocaleString()}</td>
                <td>{t.lastUsedAt ? new Date(t.lastUsedAt).toLocaleString() : 'never'}</td>
                <td>
                  {t.revokedAt ? (
                    'revoked'
                  ) : (
                    <button type="button" onClick={() => revoke(t)}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
