import { and, eq, gt, isNull } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Database } from '../../db/client.js';
import { emailVerificationTokens } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';
import { generateToken, sha256 } from '../../shared/tokens.js';
import { emailVerificationMail, newMessageId } from '../mail/mail-templates.js';
import { insertOutboxMessages } from '../mail/mail.repository.js';
import * as repository from './accounts.repository.js';
import { VERIFICATION_LIFETIME_MS } from './accounts.rules.js';

type Account = { id: string; name: string; email: string };

/** Writes a verification link and its mail in the caller's transaction; returns the outbox row to enqueue. */
export async function writeVerificationMail(tx: Database, context: Pick<AppContext, 'config'>, user: Account): Promise<string> {
  const token = generateToken(32);
  await tx.insert(emailVerificationTokens).values({
    tokenHash: sha256(token),
    userId: user.id,
    email: user.email,
    expiresAt: new Date(Date.now() + VERIFICATION_LIFETIME_MS),
  });
  const mail = emailVerificationMail({ name: user.name, url: `${context.config.publicUrl}/verify-email?token=${token}` });
  const [row] = await insertOutboxMessages(tx, [
    { ...mail, toAddress: user.email, messageId: newMessageId(context.config.publicUrl), kind: 'email_verification' },
  ]);
  return row!.id;
}

/** "Send the link again", for the signed-in person; a verified address needs nothing. */
export async function resendVerificationMail(
  context: Pick<AppContext, 'db' | 'config' | 'mailQueue' | 'limiters'>,
  user: Account & { emailVerified: boolean },
): Promise<void> {
  if (user.emailVerified) return;
  await context.limiters.magicLinkPerIp.consume(`verify:${user.id}`);
  const outboxId = await context.db.transaction((tx) => writeVerificationMail(tx, context, user));
  await context.mailQueue.enqueue([outboxId]);
}

/**
 * Verifies the address the link was sent to. The link works in any browser (people open mail on their phone),
 * signs nobody in, and ends every other verification link of the account.
 */
export async function confirmEmailVerification(
  context: Pick<AppContext, 'db' | 'invalidations'>,
  input: { token: string },
): Promise<void> {
  const userId = await context.db.transaction(async (tx) => {
    const [link] = await tx
      .select()
      .from(emailVerificationTokens)
      .where(
        and(
          eq(emailVerificationTokens.tokenHash, sha256(input.token)),
          isNull(emailVerificationTokens.usedAt),
          gt(emailVerificationTokens.expiresAt, new Date()),
        ),
      )
      .for('update')
      .limit(1);
    if (!link) {
      throw new AppError('verification_token_invalid', 'This confirmation link has expired or was already used.');
    }
    await repository.markEmailVerified(tx, link.userId);
    await tx
      .update(emailVerificationTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(emailVerificationTokens.userId, link.userId), isNull(emailVerificationTokens.usedAt)));
    return link.userId;
  });
  // Sessions cache the user with their verified flag: every instance drops the stale copy.
  await context.invalidations.publish({ kind: 'user', id: userId });
}
