import { z } from 'zod';
import { isSafeReturnPath } from './accounts.rules.js';
import { displayNameSchema } from '../../shared/text-schemas.js';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com.' }));

export const passwordSchema = z
  .string()
  .min(8, 'Use at least 8 characters for your password.')
  .max(256, 'Use at most 256 characters for your password.');

/** The name other members see. */
/** The name other members see (NFC, trimmed, no control or direction-override characters). */
export const nameSchema = displayNameSchema({
  what: 'name',
  max: 80,
  empty: 'Enter your name.',
  tooLong: 'Use at most 80 characters for your name.',
});

/** A same-site path to come back to (e.g. `/invite/<code>`); anything else is refused, never followed. */
export const nextPathSchema = z
  .string()
  .max(300)
  .refine(isSafeReturnPath, { error: 'next must be a path on this site, like /invite/abc.' });

export const signUpBody = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  /** The invite code that brought this person, if any: the sign-up is counted in that link's funnel. */
  inviteCode: z.string().max(100).optional(),
  /**
   * Where the sign-in link goes if the address already has an account (then no account is created and the answer
   * is 202 `check_email`). Defaults to the invite of `inviteCode`.
   */
  next: nextPathSchema.optional(),
});

/** 201 with a session for a new account; 202 without one when the person must continue from their mailbox. */
export const checkEmailResponse = z.object({ status: z.literal('check_email') });

export const logInBody = z.object({
  email: z.string().trim().max(254),
  password: z.string().max(256),
});

export const userSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  /** Whether the person proved they read mail at `email` (a confirmation link, a sign-in link or an emailed invitation). */
  emailVerified: z.boolean(),
});

export const userResponse = z.object({ user: userSchema });

export const passwordResetBody = z.object({
  email: z.string().trim().max(254),
  /** A same-site path to come back to after the reset (e.g. the invite page the person started from). */
  returnTo: z.string().max(300).optional(),
});

export const passwordResetConfirmBody = z.object({
  token: z.string().min(1).max(100),
  password: passwordSchema,
});

export const passwordResetConfirmResponse = z.object({ user: userSchema, returnTo: z.string().nullable() });

export const magicLinkBody = z.object({
  email: emailSchema,
  /** A same-site path to return to after signing in (the invite the person came from). */
  next: nextPathSchema.optional(),
});

export const magicLinkConfirmBody = z.object({
  token: z.string().min(1).max(100),
  /** Needed only when the address has no account yet (else `name_required`). */
  name: nameSchema.optional(),
});

export const magicLinkConfirmResponse = z.object({
  user: userSchema,
  /** Where to go next (a same-site path), or null. */
  next: z.string().nullable(),
  /** True when this link created the account. */
  created: z.boolean(),
});

export const verifyEmailConfirmBody = z.object({ token: z.string().min(1).max(100) });
