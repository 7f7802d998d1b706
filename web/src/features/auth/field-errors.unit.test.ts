import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../../api/client.js';
import { checkAuthFields, fieldErrorsFrom, hasErrors } from './field-errors.js';

test('every empty or malformed field is reported at once, on its own field', () => {
  assert.deepEqual(checkAuthFields({ name: ' ', email: 'not-an-email', password: 'short' }), {
    name: 'Enter your name.',
    email: 'Enter a valid email address, like name@example.com.',
    password: 'Use at least 8 characters for your password.',
  });
  assert.deepEqual(checkAuthFields({ email: '', password: '' }), {
    email: 'Enter your email address.',
    password: 'Enter your password.',
  });
  assert.equal(hasErrors(checkAuthFields({ name: 'Ada', email: 'ada@example.com', password: 'long enough' })), false);
});

test('server validation details land on their field', () => {
  const error = new ApiError(400, 'validation_failed', 'Use at most 80 characters for your name.', [
    { field: 'name', message: 'Use at most 80 characters for your name.' },
    { field: 'email', message: 'Enter a valid email address, like name@example.com.' },
  ]);
  assert.deepEqual(fieldErrorsFrom(error), {
    name: 'Use at most 80 characters for your name.',
    email: 'Enter a valid email address, like name@example.com.',
  });
});

test('known codes go to the field they are about; the rest above the button', () => {
  assert.deepEqual(fieldErrorsFrom(new ApiError(401, 'invalid_credentials', 'That email and password do not match.')), {
    password: 'That email and password do not match.',
  });
  assert.deepEqual(fieldErrorsFrom(new ApiError(400, 'name_required', 'Tell us your name.')), { name: 'Tell us your name.' });
  assert.deepEqual(fieldErrorsFrom(new ApiError(429, 'rate_limited', 'Too many attempts.')), { form: 'Too many attempts.' });
  assert.deepEqual(fieldErrorsFrom(null), {});
});
