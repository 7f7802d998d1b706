import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { ErrorState, Loading } from '../components/states';
import { useCurrentUser } from '../features/auth/use-session';

/** /verify-email?token=… — confirms the address the link was mailed to; works signed in or not. */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const confirm = useMutation({
    mutationFn: () => api.post('/api/auth/verify-email/confirm', { token }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
  const resend = useMutation({ mutationFn: () => api.post('/api/auth/verify-email') });

  // The link is used once: a ref keeps React's double-run of effects in development from spending it twice.
  const started = useRef(false);
  useEffect(() => {
    document.title = 'Confirm your email · Hearth';
    if (started.current || !token) return;
    started.current = true;
    confirm.mutate();
  }, [token, confirm]);

  return (
    <section className="auth-card card">
      <h1>Confirm your email</h1>
      {confirm.isSuccess ? (
        <div className="state" role="status">
          <strong>Your email address is confirmed.</strong>
          <p>Invitations sent to it now reach you.</p>
          <Link className="button button-primary" to="/">
            Go to my groups
          </Link>
        </div>
      ) : confirm.isError || !token ? (
        <ErrorState
          title="This link no longer works"
          message={confirm.error?.message ?? 'This link is incomplete. Check that you opened the whole link from the email.'}
          action={
            user.data && !user.data.emailVerified ? (
              resend.isSuccess ? (
                <p role="status">We sent a new link to {user.data.email}.</p>
              ) : (
                <button type="button" className="button" onClick={() => resend.mutate()} disabled={resend.isPending}>
                  {resend.isPending ? 'Sending…' : 'Send a new link'}
                </button>
              )
            ) : (
              <Link className="button" to="/">
                Go to my groups
              </Link>
            )
          }
        />
      ) : (
        <Loading label="Confirming your address…" />
      )}
    </section>
  );
}
