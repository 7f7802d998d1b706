/** The shape of the API client's ApiError; matched structurally so this file stays free of imports. */
type ServerError = Error & { code: string; details?: { field: string; message: string }[] };

function isServerError(error: unknown): error is ServerError {
  return error instanceof Error && typeof (error as Partial<ServerError>).code === 'string';
}

export type AuthField = 'name' | 'email' | 'password';
export type FieldErrors = Partial<Record<AuthField | 'form', string>>;

// A deliberately loose shape check: the server has the last word; this only catches typos before a round-trip.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with the typed values, every field at once, before anything is sent. */
export function checkAuthFields(values: Partial<Record<AuthField, string>>): FieldErrors {
  const errors: FieldErrors = {};
  if (values.name !== undefined && !values.name.trim()) errors.name = 'Enter your name.';
  if (values.email !== undefined) {
    if (!values.email.trim()) errors.email = 'Enter your email address.';
    else if (!EMAIL_SHAPE.test(values.email.trim())) errors.email = 'Enter a valid email address, like name@example.com.';
  }
  if (values.password !== undefined && values.password.length < 8) {
    errors.password = values.password ? 'Use at least 8 characters for your password.' : 'Enter your password.';
  }
  return errors;
}

/** Codes that belong to one field; anything else is said above the button. */
const fieldOfCode: Record<string, AuthField> = {
  invalid_credentials: 'password',
  name_required: 'name',
};

/** Places a server error on the field it is about: validation details by field, known codes by meaning. */
export function fieldErrorsFrom(error: unknown): FieldErrors {
  if (!error) return {};
  if (isServerError(error)) {
    const errors: FieldErrors = {};
    for (const detail of error.details ?? []) {
      const field = detail.field.split('.')[0];
      if ((field === 'name' || field === 'email' || field === 'password') && !errors[field]) errors[field] = detail.message;
    }
    if (Object.keys(errors).length > 0) return errors;
    const field = fieldOfCode[error.code];
    return field ? { [field]: error.message } : { form: error.message };
  }
  return { form: error instanceof Error ? error.message : 'Something went wrong. Try again.' };
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/** For a state setter: forgets one field's error once the person edits that field. */
export function withoutField(field: AuthField) {
  return (errors: FieldErrors): FieldErrors => {
    const { [field]: _edited, ...rest } = errors;
    return rest;
  };
}
