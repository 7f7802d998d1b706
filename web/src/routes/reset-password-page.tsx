import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, type User } from '../api/client';
import { FormError } from '../components/states';
import { safeNextPath } from '../features/auth/safe-next';
import { useDocumentTitle } from '../components/use-document-title';

/** /reset-password?token=… — choose a new password; then back to where the person started (e.g. an invite). */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const confirm = useMutation({
    mutationFn: () =>
      api.post<{ user: User; returnTo: string | null }>('/api/auth/password-reset/confirm', {
        token: params.get('token') ?? '',
        password,
      }),
    onSuccess: ({ user, returnTo }) => {
      queryClient.setQueryData(['me'], user);
      navigate(safeNextPath(returnTo), { replace: true });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate();
  };
  return (
    <section className="auth-card card">
      <h1>Choose a new password</h1>
      <form className="form" onSubmit={submit}>
        <label htmlFor="new-password">New password</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <p className="hint">At least 8 characters. Other devices signed in to your account will be signed out.</p>
        <FormError error={confirm.error} />
        <button className="button button-primary" type="submit" disabled={confirm.isPending}>
          {confirm.isPending ? 'Saving…' : 'Save password'}
        </button>
      </form>
      <p className="auth-footer">
        <Link to="/login">Back to log in</Link>
      </p>
    </section>
  );
}
