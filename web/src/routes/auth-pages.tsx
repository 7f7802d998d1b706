import { type ComponentType, useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LogInForm, type SharedEmail, SignUpForm } from '../features/auth/auth-forms';
import { MagicLinkForm } from '../features/auth/magic-link-form';
import { safeNextPath } from '../features/auth/safe-next';
import { useCurrentUser } from '../features/auth/use-session';
import { useDocumentTitle } from '../components/use-document-title';

/**
 * A log-in or sign-up page: a signed-in visitor goes straight on, and after the form the browser follows
 * `?next=` only to a same-site path. The other page's link keeps the query, so `next` survives switching, and
 * carries the typed email in the history state (never in the URL, which ends up in logs).
 */
function AuthPage({
  title,
  Form,
  switchPrompt,
  switchLabel,
  switchPath,
  offerMagicLink = false,
}: {
  title: string;
  Form: ComponentType<{ onDone: () => void } & SharedEmail>;
  switchPrompt: string;
  switchLabel: string;
  switchPath: string;
  offerMagicLink?: boolean;
}) {
  useDocumentTitle(title);
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const next = safeNextPath(params.get('next'));
  const { data: user } = useCurrentUser();
  const [email, setEmail] = useState(() => (location.state as { email?: string } | null)?.email ?? '');
  const [withLink, setWithLink] = useState(false);
  useEffect(() => {
    document.title = `${title} · Hearth`;
  }, [title]);
  if (user) return <Navigate to={next} replace />;
  return (
    <section className="auth-card card">
      <h1>{title}</h1>
      {withLink ? (
        <MagicLinkForm email={email} onEmailChange={setEmail} next={next === '/' ? undefined : next} />
      ) : (
        <Form email={email} onEmailChange={setEmail} onDone={() => navigate(next, { replace: true })} />
      )}
      {offerMagicLink && (
        <>
          <p className="auth-divider">or</p>
          <button type="button" className="button button-block" onClick={() => setWithLink(!withLink)}>
            {withLink ? 'Log in with a password' : 'Continue with email'}
          </button>
        </>
      )}
      <p className="auth-footer">
        {switchPrompt}{' '}
        <Link to={`${switchPath}${params.size ? `?${params}` : ''}`} state={{ email }}>
          {switchLabel}
        </Link>
      </p>
    </section>
  );
}

export function LogInPage() {
  return (
    <AuthPage
      title="Log in to Hearth"
      Form={LogInForm}
      switchPrompt="New here?"
      switchLabel="Create an account"
      switchPath="/signup"
      offerMagicLink
    />
  );
}

export function SignUpPage() {
  return (
    <AuthPage
      title="Create your account"
      Form={SignUpForm}
      switchPrompt="Already have an account?"
      switchLabel="Log in"
      switchPath="/login"
    />
  );
}
