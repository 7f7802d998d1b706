import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/states';
import { useLogIn, useSignUp } from './use-session';

export function LogInForm({ onDone, defaultEmail = '' }: { onDone: () => void; defaultEmail?: string }) {
  const logIn = useLogIn();
  const id = useId();
  const [email, setEmail] = useState(defaultEmail);
  const [password, setPassword] = useState('');
  const [forgot, setForgot] = useState(false);
  if (forgot) return <ForgotPasswordForm defaultEmail={email} onBack={() => setForgot(false)} />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    logIn.mutate({ email, password }, { onSuccess: onDone });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-email`}>Email</label>
      <input
        id={`${id}-email`}
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <label htmlFor={`${id}-password`}>Password</label>
      <input
        id={`${id}-password`}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <FormError error={logIn.error} />
      <button className="button button-primary" type="submit" disabled={logIn.isPending}>
        {logIn.isPending ? 'Logging in…' : 'Log in'}
      </button>
      <button type="button" className="link-button" onClick={() => setForgot(true)}>
        Forgot password?
      </button>
    </form>
  );
}

/** Asks for a reset link; the answer never says whether the address has an account. */
function ForgotPasswordForm({ defaultEmail, onBack }: { defaultEmail: string; onBack: () => void }) {
  const id = useId();
  const [email, setEmail] = useState(defaultEmail);
  const request = useMutation({
    // Coming back to the page the person started from (an invite link, say) after the reset.
    mutationFn: () =>
      api.post('/api/auth/password-reset', { email, returnTo: window.location.pathname + window.location.search }),
  });
  if (request.isSuccess) {
    return (
      <div className="form" role="status">
        <p>If an account exists for {email}, we sent it a link to choose a new password. The link works for one hour.</p>
        <button type="button" className="link-button" onClick={onBack}>
          Back to log in
        </button>
      </div>
    );
  }
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        request.mutate();
      }}
    >
      <p className="hint">Enter your email and we will send you a link to choose a new password.</p>
      <label htmlFor={`${id}-reset-email`}>Email</label>
      <input
        id={`${id}-reset-email`}
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <FormError error={request.error} />
      <button className="button button-primary" type="submit" disabled={request.isPending}>
        {request.isPending ? 'Sending…' : 'Send reset link'}
      </button>
      <button type="button" className="link-button" onClick={onBack}>
        Back to log in
      </button>
    </form>
  );
}

export function SignUpForm({
  onDone,
  inviteCode,
  defaultEmail = '',
}: {
  onDone: () => void;
  inviteCode?: string;
  defaultEmail?: string;
}) {
  const signUp = useSignUp();
  const id = useId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState(defaultEmail);
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate({ name, email, password, inviteCode }, { onSuccess: onDone });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        autoComplete="name"
        required
        maxLength={80}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor={`${id}-email`}>Email</label>
      <input
        id={`${id}-email`}
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <label htmlFor={`${id}-password`}>Password</label>
      <input
        id={`${id}-password`}
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        aria-describedby={`${id}-password-hint`}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <p className="hint" id={`${id}-password-hint`}>
        At least 8 characters.
      </p>
      <FormError error={signUp.error} />
      <button className="button button-primary" type="submit" disabled={signUp.isPending}>
        {signUp.isPending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}
