import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, type MagicLinkConfirmed as Confirmed } from '../api/client';
import { ErrorState, Loading } from '../components/states';
import { AuthField, focusFirstError } from '../features/auth/auth-field';
import { fieldErrorsFrom } from '../features/auth/field-errors';
import { MagicLinkForm } from '../features/auth/magic-link-form';
import { safeNextPath } from '../features/auth/safe-next';
import '../features/auth/auth.css';

/**
 * /magic-link?token=… — the link from "Continue with email". It signs in at once; the first time, it asks for
 * a name and creates the account. Then back to where the person started: an invite continues into joining.
 */
export function MagicLinkPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const confirm = useMutation({
    mutationFn: (input: { name?: string }) => api.post<Confirmed>('/api/auth/magic-link/confirm', { token, ...input }),
    onSuccess: ({ user, next }) => {
      queryClient.setQueryData(['me'], user);
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      // An invite page reads `continueJoin` and joins in place, so the person ends where they meant to be.
      navigate(safeNextPath(next), { replace: true, state: { continueJoin: true } });
    },
    onError: () => requestAnimationFrame(() => focusFirstError(form.current)),
  });

  // The link is used once: a ref keeps React's double-run of effects in development from spending it twice.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !token) return;
    started.current = true;
    confirm.mutate({});
  }, [token, confirm]);

  useEffect(() => {
    document.title = 'Continue with email · Hearth';
  }, []);

  const code = confirm.error instanceof ApiError ? confirm.error.code : null;
  const asksForName = code === 'name_required' || (code === 'validation_failed' && confirm.variables?.name !== undefined);

  if (!token || (confirm.isError && !asksForName)) {
    return (
      <section className="auth-card card">
        <h1>Sign-in link</h1>
        <ErrorState
          title={token ? 'This link no longer works' : 'This link is incomplete'}
          message={
            confirm.error instanceof Error && code !== 'network_error'
              ? confirm.error.message
              : 'Check that you opened the whole link from the email, or ask for a new one.'
          }
          action={
            code === 'network_error' ? (
              <button type="button" className="button" onClick={() => confirm.mutate({})}>
                Try again
              </button>
            ) : undefined
          }
        />
        <h2 className="auth-divider">Ask for a new link</h2>
        <MagicLinkForm />
        <p className="auth-footer">
          <Link to="/login">Log in with a password</Link>
        </p>
      </section>
    );
  }

  if (asksForName) {
    const nameError = nameMissing ? 'Enter your name.' : fieldErrorsFrom(confirm.error).name;
    const submit = (event: FormEvent) => {
      event.preventDefault();
      if (!name.trim()) {
        setNameMissing(true);
        return requestAnimationFrame(() => focusFirstError(form.current));
      }
      setNameMissing(false);
      confirm.mutate({ name: name.trim() });
    };
    return (
      <section className="auth-card card">
        <h1>Welcome to Hearth</h1>
        <form className="form" onSubmit={submit} noValidate ref={form}>
          <p>One last thing before we create your account: what should other members call you?</p>
          <AuthField
            id={`${id}-name`}
            label="Your name"
            autoComplete="name"
            required
            maxLength={80}
            value={name}
            error={code === 'name_required' && !nameMissing ? undefined : nameError}
            onChange={(e) => {
              setName(e.target.value);
              setNameMissing(false);
            }}
          />
          <button className="button button-primary" type="submit" disabled={confirm.isPending}>
            {confirm.isPending ? 'Creating your account…' : 'Create my account'}
          </button>
        </form>
      </section>
    );
  }

  return (
    <section className="auth-card card">
      <h1 className="visually-hidden">Signing you in</h1>
      <Loading label="Signing you in…" />
    </section>
  );
}
