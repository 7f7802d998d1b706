import { z } from 'zod';
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

export const signUpBody = z.object({
  /** The name other members see. */
  name: displayNameSchema({
    what: 'name',
    max: 80,
    empty: 'Enter your name.',
    tooLong: 'Use at most 80 characters for your name.',
  }),
  email: emailSchema,
  password: passwordSchema,
  /** The invite code that brought this person, if any: the sign-up is counted in that link's funnel. */
  inviteCode: z.string().max(100).optional(),
});

export const logInBody = z.object({
  email: z.string().trim().max(254),
  password: z.string().max(256),
});

export const userSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
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
