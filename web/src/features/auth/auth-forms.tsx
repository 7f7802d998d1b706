import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/states';
import { AuthField, EmailField, focusFirstError } from './auth-field';
import { CheckEmail } from './check-email';
import { checkAuthFields, type FieldErrors, fieldErrorsFrom, hasErrors, withoutField } from './field-errors';
import { useLogIn, useSignUp } from './use-session';
import './auth.css';

/**
 * Forms that sit side by side (Sign up, Log in, Continue with email) share one typed email: the parent passes
 * `email` and `onEmailChange`, so switching tabs never loses it. Alone, a form keeps its own.
 */
export type SharedEmail = { email?: string; onEmailChange?: (email: string) => void; defaultEmail?: string };

export function useSharedEmail({ email, onEmailChange, defaultEmail = '' }: SharedEmail) {
  const [own, setOwn] = useState(defaultEmail);
  return email !== undefined && onEmailChange ? ([email, onEmailChange] as const) : ([own, setOwn] as const);
}

export function LogInForm({ onDone, ...shared }: { onDone: () => void } & SharedEmail) {
  const logIn = useLogIn();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useSharedEmail(shared);
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState<FieldErrors>({});
  const [forgot, setForgot] = useState(false);
  if (forgot) return <ForgotPasswordForm defaultEmail={email} onBack={() => setForgot(false)} />;
  const errors = hasErrors(checked) ? checked : fieldErrorsFrom(logIn.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkAuthFields({ email, password: password || '' });
    // A log-in password is checked only for presence: old accounts may have shorter ones.
    if (password) delete found.password;
    setChecked(found);
    if (hasErrors(found)) return requestAnimationFrame(() => focusFirstError(form.current));
    logIn.mutate(
      { email, password },
      { onSuccess: onDone, onError: () => requestAnimationFrame(() => focusFirstError(form.current)) },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate ref={form}>
      <EmailField
        id={`${id}-email`}
        value={email}
        error={errors.email}
        onChange={(typed) => {
          setEmail(typed);
          setChecked(withoutField('email'));
        }}
      />
      <AuthField
        id={`${id}-password`}
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        error={errors.password}
        onChange={(e) => {
          setPassword(e.target.value);
          setChecked(withoutField('password'));
        }}
      />
      {errors.form && <FormError error={new Error(errors.form)} />}
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
      <EmailField id={`${id}-reset-email`} value={email} onChange={setEmail} />
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
  next,
  ...shared
}: {
  onDone: () => void;
  inviteCode?: string;
  /** Where the emailed link returns to when the address turns out to have an account already. */
  next?: string;
} & SharedEmail) {
  const signUp = useSignUp();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useSharedEmail(shared);
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState<FieldErrors>({});
  if (signUp.data && 'status' in signUp.data) {
    // The address may already have an account; the server mailed its owner a link. Said the same way as any
    // "check your email", so this screen tells nobody which addresses have accounts.
    return <CheckEmail email={email} onBack={() => signUp.reset()} />;
  }
  const errors = hasErrors(checked) ? checked : fieldErrorsFrom(signUp.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkAuthFields({ name, email, password });
    setChecked(found);
    if (hasErrors(found)) return requestAnimationFrame(() => focusFirstError(form.current));
    signUp.mutate(
      { name, email, password, inviteCode, next },
      {
        onSuccess: (result) => 'user' in result && onDone(),
        onError: () => requestAnimationFrame(() => focusFirstError(form.current)),
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate ref={form}>
      <AuthField
        id={`${id}-name`}
        label="Name"
        autoComplete="name"
        required
        maxLength={80}
        value={name}
        error={errors.name}
        onChange={(e) => {
          setName(e.target.value);
          setChecked(withoutField('name'));
        }}
      />
      <EmailField
        id={`${id}-email`}
        value={email}
        error={errors.email}
        onChange={(typed) => {
          setEmail(typed);
          setChecked(withoutField('email'));
        }}
      />
      <AuthField
        id={`${id}-password`}
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters."
        value={password}
        error={errors.password}
        onChange={(e) => {
          setPassword(e.target.value);
          setChecked(withoutField('password'));
        }}
      />
      {errors.form && <FormError error={new Error(errors.form)} />}
      <button className="button button-primary" type="submit" disabled={signUp.isPending}>
        {signUp.isPending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}
