import { hash } from '@node-rs/argon2';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Database } from '../../db/client.js';
import { passwordResetTokens, sessions, users } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';
import { generateToken, sha256 } from '../../shared/tokens.js';
import { newMessageId, passwordResetMail } from '../mail/mail-templates.js';
import { insertOutboxMessages } from '../mail/mail.repository.js';
import { findUserByEmail, insertSession } from './accounts.repository.js';
import { type NewSession, presentUser, SESSION_LIFETIME_MS } from './accounts.service.js';

type Context = Pick<AppContext, 'db' | 'config' | 'mailQueue' | 'invalidations'>;

const RESET_LIFETIME_MS = 60 * 60 * 1000;

/** Only a same-site path survives as the place to return to after the reset. */
function safeReturnPath(value: string | undefined): string | null {
  return value?.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value.slice(0, 300) : null;
}

/**
 * Emails a single-use reset link, valid for one hour, when the address has an account. The caller answers the
 * same way either way, so the form reveals nothing about who has an account.
 */
export async function requestPasswordReset(context: Context, input: { email: string; returnTo?: string }): Promise<void> {
  const user = await findUserByEmail(context.db, input.email);
  if (!user || user.passwordHash.startsWith('!')) return;
  const token = generateToken(32);
  const outboxId = await context.db.transaction(async (tx) => {
    await tx.insert(passwordResetTokens).values({
      tokenHash: sha256(token),
      userId: user.id,
      returnTo: safeReturnPath(input.returnTo),
      expiresAt: new Date(Date.now() + RESET_LIFETIME_MS),
    });
    const mail = passwordResetMail({ name: user.name, url: `${context.config.publicUrl}/reset-password?token=${token}` });
    const [row] = await insertOutboxMessages(tx, [
      { ...mail, toAddress: user.email, messageId: newMessageId(context.config.publicUrl), kind: 'password_reset' },
    ]);
    return row!.id;
  });
  await context.mailQueue.enqueue([outboxId]);
}

/** Sets the new password, ends every other session of the account and signs this browser in. */
export async function confirmPasswordReset(
  context: Context,
  input: { token: string; password: string },
): Promise<NewSession & { returnTo: string | null }> {
  const passwordHash = await hash(input.password, { algorithm: 2 });
  const session = await context.db.transaction(async (tx) => {
    const [reset] = await tx
      .select()
      .from(passwordResetTokens)
      .where(
        and(
          eq(passwordResetTokens.tokenHash, sha256(input.token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, new Date()),
        ),
      )
      .for('update')
      .limit(1);
    if (!reset) throw new AppError('reset_token_invalid', 'This reset link has expired or was already used. Ask for a new one.');
    await endPasswordResetLinks(tx, reset.userId);
    // The reset link was mailed to the address, so using it proves the address too.
    const [user] = await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(eq(users.id, reset.userId))
      .returning();
    await tx.delete(sessions).where(eq(sessions.userId, reset.userId));
    const token = generateToken(32);
    const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
    await insertSession(tx, { tokenHash: sha256(token), userId: reset.userId, expiresAt });
    return { user: presentUser(user!), token, expiresAt, returnTo: reset.returnTo };
  });
  // Every other session of the account is gone: no instance may keep serving one from its cache.
  await context.invalidations.publish({ kind: 'user', id: session.user.id });
  return session;
}

/**
 * Ends every outstanding reset link of the account: the one just used and any other mailed before it (a link
 * still sitting in an inbox would otherwise reset the new password). Call it wherever the password changes.
 */
export async function endPasswordResetLinks(tx: Database, userId: string): Promise<void> {
  await tx
    .update(passwordResetTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
}
