import { hash, verify } from '@node-rs/argon2';
import type { Database } from '../../db/client.js';
import { postgresErrorCode } from '../../db/client.js';
import { AppError } from '../../shared/errors.js';
import { generateToken, sha256 } from '../../shared/tokens.js';
import * as repository from './accounts.repository.js';

export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export type PublicUser = { id: string; name: string; email: string };
export type NewSession = { user: PublicUser; token: string; expiresAt: Date };

// argon2id with the library's defaults (m=19456 KiB, t=2, p=1): OWASP's recommended minimum.
const ARGON2ID = 2;

// Verifying against this when the email is unknown makes both failures take the same time.
const unknownUserHash = hash('hearth-timing-equaliser', { algorithm: ARGON2ID });

export async function signUp(
  db: Database,
  input: { name: string; email: string; password: string; signedUpViaInviteLinkId?: string | null },
): Promise<NewSession> {
  const passwordHash = await hash(input.password, { algorithm: ARGON2ID });
  try {
    const user = await repository.insertUser(db, {
      name: input.name,
      email: input.email,
      passwordHash,
      signedUpViaInviteLinkId: input.signedUpViaInviteLinkId ?? null,
    });
    return startSession(db, user);
  } catch (error) {
    if (postgresErrorCode(error) === '23505') {
      throw new AppError('email_taken', 'An account with this email already exists. Log in instead.');
    }
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
async function startSession(db: Database, user: PublicUser): Promise<NewSession> {
  const token = generateToken(32);
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
  await repository.insertSession(db, { tokenHash: sha256(token), userId: user.id, expiresAt });
  // Expired sessions would pile up forever: each log-in clears that account's.
  await repository.deleteExpiredSessions(db, user.id);
  return { user: { id: user.id, name: user.name, email: user.email }, token, expiresAt };
}
