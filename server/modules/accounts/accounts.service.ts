import { hash, verify } from '@node-rs/argon2';
import type { AppContext } from '../../app-context.js';
import type { Database } from '../../db/client.js';
import { postgresErrorCode } from '../../db/client.js';
import { AppError } from '../../shared/errors.js';
import { generateToken, sha256 } from '../../shared/tokens.js';
import * as repository from './accounts.repository.js';
import { safeReturnPath } from './accounts.rules.js';
import { writeVerificationMail } from './email-verification.service.js';
import { sendAccountExistsMail } from './magic-link.service.js';

export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export type PublicUser = { id: string; name: string; email: string; emailVerified: boolean };
export type NewSession = { user: PublicUser; token: string; expiresAt: Date };

type Context = Pick<AppContext, 'db' | 'config' | 'mailQueue' | 'limiters'>;

// argon2id with the library's defaults (m=19456 KiB, t=2, p=1): OWASP's recommended minimum.
const ARGON2ID = 2;

// Verifying against this when the email is unknown makes both failures take the same time.
const unknownUserHash = hash('hearth-timing-equaliser', { algorithm: ARGON2ID });

/** The stored hash of an account that has no password (created by a sign-in link, or whose password was cleared). */
export const NO_PASSWORD = 'no-password';

export type SignUpResult = { kind: 'created'; session: NewSession } | { kind: 'check_email' };

/**
 * Creates the account and signs the person in, with a verification mail in the same transaction. When the
 * address already has an account, nothing is created: its owner is mailed a sign-in link instead, and the caller
 * answers "check your email" without saying why (decision record 114).
 */
export async function signUp(
  context: Context,
  input: { name: string; email: string; password: string; signedUpViaInviteLinkId?: string | null; next?: string | null },
): Promise<SignUpResult> {
  // Hashed before anything else, so an existing address costs the same time as a new one.
  const passwordHash = await hash(input.password, { algorithm: ARGON2ID });
  const existing = await repository.findUserByEmail(context.db, input.email);
  if (existing) {
    await sendAccountExistsMail(context, { user: existing, next: safeReturnPath(input.next) });
    return { kind: 'check_email' };
  }
  try {
    const { session, outboxId } = await context.db.transaction(async (tx) => {
      const user = await repository.insertUser(tx, {
        name: input.name,
        email: input.email,
        passwordHash,
        signedUpViaInviteLinkId: input.signedUpViaInviteLinkId ?? null,
      });
      const outboxId = await writeVerificationMail(tx, context, user);
      return { session: await startSession(tx, user), outboxId };
    });
    await context.mailQueue.enqueue([outboxId]);
    return { kind: 'created', session };
  } catch (error) {
    // Two sign-ups for the same address at the same instant: the loser is answered like any existing address.
    if (postgresErrorCode(error) === '23505') return { kind: 'check_email' };
    throw error;
  }
}

export async function logIn(db: Database, input: { email: string; password: string }): Promise<NewSession> {
  const user = await repository.findUserByEmail(db, input.email);
  if (!user) {
    await verify(await unknownUserHash, input.password);
    throw new AppError('invalid_credentials', 'That email and password do not match.');
  }
  const valid = await verify(user.passwordHash, input.password).catch(() => false);
  if (!valid) throw new AppError('invalid_credentials', 'That email and password do not match.');
  return startSession(db, user);
}

export async function logOut(db: Database, token: string): Promise<void> {
  await repository.deleteSession(db, sha256(token));
}

/** A new random token at every log-in and sign-up, so a planted session id is never adopted. */
export async function startSession(
  db: Database,
  user: { id: string; name: string; email: string; emailVerifiedAt: Date | null },
): Promise<NewSession> {
  const token = generateToken(32);
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
  await repository.insertSession(db, { tokenHash: sha256(token), userId: user.id, expiresAt });
  // Expired sessions would pile up forever: each log-in clears that account's.
  await repository.deleteExpiredSessions(db, user.id);
  return { user: presentUser(user), token, expiresAt };
}

export function presentUser(user: { id: string; name: string; email: string; emailVerifiedAt: Date | null }): PublicUser {
  return { id: user.id, name: user.name, email: user.email, emailVerified: user.emailVerifiedAt !== null };
}
