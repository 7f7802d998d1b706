import type { ComponentType } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LogInForm, SignUpForm } from '../features/auth/auth-forms';
import { safeNextPath } from '../features/auth/safe-next';
import { useCurrentUser } from '../features/auth/use-session';
import { useDocumentTitle } from '../components/use-document-title';

/**
 * A log-in or sign-up page: a signed-in visitor goes straight on, and after the form the browser follows
 * `?next=` only to a same-site path. The other page's link keeps the query, so `next` survives switching.
 */
function AuthPage({
  title,
  Form,
  switchPrompt,
  switchLabel,
  switchPath,
}: {
  title: string;
  Form: ComponentType<{ onDone: () => void }>;
  switchPrompt: string;
  switchLabel: string;
  switchPath: string;
}) {
  useDocumentTitle(title);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(params.get('next'));
  const { data: user } = useCurrentUser();
  if (user) return <Navigate to={next} replace />;
  return (
    <section className="auth-card card">
      <h1>{title}</h1>
      <Form onDone={() => navigate(next, { replace: true })} />
      <p className="auth-footer">
        {switchPrompt} <Link to={`${switchPath}${params.size ? `?${params}` : ''}`}>{switchLabel}</Link>
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
