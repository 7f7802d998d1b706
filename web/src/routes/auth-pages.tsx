import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LogInForm, SignUpForm } from '../features/auth/auth-forms';
import { safeNextPath } from '../features/auth/safe-next';
import { useCurrentUser } from '../features/auth/use-session';

function AuthCard({ title, children, footer }: { title: string; children: React.ReactNode; footer: React.ReactNode }) {
  return (
    <section className="auth-card card">
      <h1>{title}</h1>
      {children}
      <p className="auth-footer">{footer}</p>
    </section>
  );
}

export function LogInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(params.get('next'));
  const { data: user } = useCurrentUser();
  if (user) return <Navigate to={next} replace />;
  return (
    <AuthCard
      title="Log in to Hearth"
      footer={
        <>
          New here? <Link to={`/signup${params.size ? `?${params}` : ''}`}>Create an account</Link>
        </>
      }
    >
      <LogInForm onDone={() => navigate(next, { replace: true })} />
    </AuthCard>
  );
}

export function SignUpPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(params.get('next'));
  const { data: user } = useCurrentUser();
  if (user) return <Navigate to={next} replace />;
  return (
    <AuthCard
      title="Create your account"
      footer={
        <>
          Already have an account? <Link to={`/login${params.size ? `?${params}` : ''}`}>Log in</Link>
        </>
      }
    >
      <SignUpForm onDone={() => navigate(next, { replace: true })} />
    </AuthCard>
  );
}
