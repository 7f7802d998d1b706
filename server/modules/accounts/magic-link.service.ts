import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Database } from '../../db/client.js';
import { postgresErrorCode } from '../../db/client.js';
import { magicLinkTokens, users } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';
import { generateToken, sha256 } from '../../shared/tokens.js';
import { accountExistsMail, magicLinkMail, newMessageId } from '../mail/mail-templates.js';
import { insertOutboxMessages } from '../mail/mail.repository.js';
import * as repository from './accounts.repository.js';
import { MAGIC_LINK_LIFETIME_MS, safeReturnPath } from './accounts.rules.js';
import { NO_PASSWORD, type NewSession, startSession } from './accounts.service.js';

type Context = Pick<AppContext, 'db' | 'config' | 'mailQueue' | 'limiters'>;
type Account = { id: string; name: string; email: string };

/**
 * "Continue with email": a single-use link, valid 15 minutes, mailed whether or not the address has an account
 * (only the mail's wording differs, and only its reader sees that). The caller answers 202 either way.
 */
export async function requestMagicLink(context: Context, input: { email: string; next?: string | null }): Promise<void> {
  if (!(await withinAddressBudget(context, input.email))) return;
  const user = await repository.findUserByEmail(context.db, input.email);
  const outboxId = await context.db.transaction((tx) =>
    writeMagicLink(tx, context, {
      email: user?.email ?? input.email,
      next: safeReturnPath(input.next),
      mail: (url) => magicLinkMail({ name: user?.name ?? null, url }),
      kind: 'magic_link',
    }),
  );
  await context.mailQueue.enqueue([outboxId]);
}

/** Sign-up with an address that has an account: its owner gets a sign-in link, nobody else learns anything. */
export async function sendAccountExistsMail(context: Context, input: { user: Account; next: string | null }) {
  if (!(await withinAddressBudget(context, input.user.email))) return;
  const outboxId = await context.db.transaction((tx) =>
    writeMagicLink(tx, context, {
      email: input.user.email,
      next: input.next,
      mail: (url) => accountExistsMail({ name: input.user.name, url }),
      kind: 'account_exists',
    }),
  );
  await context.mailQueue.enqueue([outboxId]);
}

/**
 * Mail to one address is capped with the same budget as a client address, so nobody can flood a mailbox from
 * many addresses. Past the cap the mail is quietly not sent: refusing would tell the caller something.
 */
async function withinAddressBudget(context: Context, email: string): Promise<boolean> {
  try {
    await context.limiters.magicLinkPerIp.consume(`address:${email.trim().toLowerCase()}`);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited') return false;
    throw error;
  }
}

async function writeMagicLink(
  tx: Database,
  context: Context,
  input: {
    email: string;
    next: string | null;
    mail: (url: string) => { subject: string; text: string; html: string };
    kind: 'magic_link' | 'account_exists';
  },
): Promise<string> {
  const token = generateToken(32);
  await tx.insert(magicLinkTokens).values({
    tokenHash: sha256(token),
    email: input.email,
    next: input.next,
    expiresAt: new Date(Date.now() + MAGIC_LINK_LIFETIME_MS),
  });
  const mail = input.mail(`${context.config.publicUrl}/magic-link?token=${token}`);
  const [row] = await insertOutboxMessages(tx, [
    { ...mail, toAddress: input.email, messageId: newMessageId(context.config.publicUrl), kind: input.kind },
  ]);
  return row!.id;
}

export type MagicLinkSession = NewSession & { next: string | null; created: boolean; otherSessionsEnded: boolean };

/**
 * Signs in with a sign-in link, creating the account on first use (a name is needed then: without one the
 * link is left unused and `name_required` asks for it). Using a link proves the address, so the account is
 * verified; every other outstanding link of the address ends with it.
 */
export async function confirmMagicLink(
  context: Pick<AppContext, 'db'>,
  input: { token: string; name?: string },
): Promise<MagicLinkSession> {
  try {
    return await context.db.transaction((tx) => confirmInTransaction(tx, input));
  } catch (error) {
    // The same address created twice at once (two tabs): the second sees the account the first created.
    if (postgresErrorCode(error) === '23505') return context.db.transaction((tx) => confirmInTransaction(tx, input));
    throw error;
  }
}

async function confirmInTransaction(tx: Database, input: { token: string; name?: string }): Promise<MagicLinkSession> {
  const [link] = await tx
    .select()
    .from(magicLinkTokens)
    .where(
      and(
        eq(magicLinkTokens.tokenHash, sha256(input.token)),
        isNull(magicLinkTokens.usedAt),
        gt(magicLinkTokens.expiresAt, new Date()),
      ),
    )
    .for('update')
    .limit(1);
  if (!link) {
    throw new AppError('magic_link_invalid', 'This sign-in link has expired or was already used. Ask for a new one.');
  }
  let user = await repository.findUserByEmail(tx, link.email);
  let created = false;
  let otherSessionsEnded = false;
  if (!user) {
    if (!input.name) throw new AppError('name_required', 'Tell us your name to finish creating your account.');
    user = await repository.insertUser(tx, {
      name: input.name,
      email: link.email,
      passwordHash: NO_PASSWORD,
      emailVerifiedAt: new Date(),
    });
    created = true;
  } else if (!user.emailVerifiedAt) {
    // Someone created this account with a password without ever proving the address (perhaps to squat it before
    // its owner arrived). The mailbox's owner is here now: whoever else is signed in is signed out, and the
    // password they chose stops working (the owner can set one with "Forgot password?").
    [user] = await tx
      .update(users)
      .set({ emailVerifiedAt: sql`now()`, passwordHash: NO_PASSWORD })
      .where(eq(users.id, user.id))
      .returning();
    await repository.deleteSessionsOfUser(tx, user!.id);
    otherSessionsEnded = true;
  }
  await tx
    .update(magicLinkTokens)
    .set({ usedAt: new Date() })
    .where(and(sql`lower(${magicLinkTokens.email}) = lower(${link.email})`, isNull(magicLinkTokens.usedAt)));
  const session = await startSession(tx, user!);
  return { ...session, next: link.next, created, otherSessionsEnded };
}
