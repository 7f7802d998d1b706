import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { api } from '../../api/client';
import './auth.css';

const DISMISSED = 'hearth:verify-banner-dismissed';

/**
 * A gentle reminder to confirm the address, with "Send it again". Until it is confirmed, invitations sent to the
 * address are not shown to this account. Dismissed for the rest of the browser session; kept off invite pages,
 * where the invitation itself is the task at hand.
 */
export function VerifyEmailBanner({ email }: { email: string }) {
  const location = useLocation();
  const [dismissed, setDismissed] = useState(() => sessionStorage.getItem(DISMISSED) === email);
  const resend = useMutation({ mutationFn: () => api.post('/api/auth/verify-email') });
  if (dismissed || location.pathname.startsWith('/invite/') || location.pathname === '/verify-email') return null;
  return (
    <section className="verify-banner" aria-label="Confirm your address">
      <p>
        {resend.isSuccess ? (
          <span role="status">
            Sent. Open the link we emailed to <strong>{email}</strong>.
          </span>
        ) : (
          <>
            Please confirm your email address: open the link we sent to <strong>{email}</strong>.
          </>
        )}
        {resend.isError && (
          <span className="field-error" role="alert">
            {' '}
            {resend.error.message}
          </span>
        )}
      </p>
      {!resend.isSuccess && (
        <button type="button" className="button" onClick={() => resend.mutate()} disabled={resend.isPending}>
          {resend.isPending ? 'Sending…' : 'Send it again'}
        </button>
      )}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          sessionStorage.setItem(DISMISSED, email);
          setDismissed(true);
        }}
      >
        Not now
      </button>
    </section>
  );
}
