import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/states';
import { EmailField, focusFirstError } from './auth-field';
import { type SharedEmail, useSharedEmail } from './auth-forms';
import { CheckEmail } from './check-email';
import { checkAuthFields, type FieldErrors, fieldErrorsFrom, hasErrors, withoutField } from './field-errors';
import './auth.css';

/**
 * Continue with email: no password, a single-use link by mail that signs in (or creates the account) and
 * returns to `next`. The answer is the same whether or not the address has an account.
 */
export function MagicLinkForm({ next, ...shared }: { next?: string } & SharedEmail) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useSharedEmail(shared);
  const [checked, setChecked] = useState<FieldErrors>({});
  const request = useMutation({
    mutationFn: () => api.post('/api/auth/magic-link', { email: email.trim(), ...(next && { next }) }),
  });
  if (request.isSuccess) return <CheckEmail email={email.trim()} onBack={() => request.reset()} />;
  const errors = hasErrors(checked) ? checked : fieldErrorsFrom(request.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkAuthFields({ email });
    setChecked(found);
    if (hasErrors(found)) return requestAnimationFrame(() => focusFirstError(form.current));
    request.mutate(undefined, { onError: () => requestAnimationFrame(() => focusFirstError(form.current)) });
  };
  return (
    <form className="form" onSubmit={submit} noValidate ref={form}>
      <p className="hint">No password needed: we email you a link that signs you in, or creates your account.</p>
      <EmailField
        id={`${id}-email`}
        value={email}
        error={errors.email}
        onChange={(typed) => {
          setEmail(typed);
          setChecked(withoutField('email'));
        }}
      />
      {errors.form && <FormError error={new Error(errors.form)} />}
      <button className="button button-primary" type="submit" disabled={request.isPending}>
        {request.isPending ? 'Sending…' : 'Email me a link'}
      </button>
    </form>
  );
}
