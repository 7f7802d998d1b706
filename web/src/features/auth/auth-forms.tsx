import { type FormEvent, useId, useState } from 'react';
import { FormError } from '../../components/states';
import { useLogIn, useSignUp } from './use-session';

export function LogInForm({ onDone, defaultEmail = '' }: { onDone: () => void; defaultEmail?: string }) {
  const logIn = useLogIn();
  const id = useId();
  const [email, setEmail] = useState(defaultEmail);
  const [password, setPassword] = useState('');
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
    </form>
  );
}

export function SignUpForm({ onDone, inviteCode }: { onDone: () => void; inviteCode?: string }) {
  const signUp = useSignUp();
  const id = useId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
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
