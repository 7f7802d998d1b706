import nodemailer from 'nodemailer';
import PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { DatabaseHandle } from '../../db/client.js';
import { describeErrorForLog } from '../../shared/error-log.js';
import * as repository from './mail.repository.js';

const QUEUE = 'deliver-mail';
const MINUTELY = 'mail-every-minute';

export type MailQueue = {
  /** Hands written outbox messages to the workers (after the transaction that wrote them has committed). */
  enqueue(outboxIds: string[]): Promise<void>;
  /** True when mail stays in the outbox for the Dev mailbox page (no SMTP_URL). */
  devMailbox: boolean;
  stop(): Promise<void>;
};

/**
 * A durable queue in the same database (pg-boss): jobs survive restarts and are retried with back-off. Each job
 * only names an outbox row; the worker claims the row, sends it with its fixed Message-ID and marks it sent.
 * Without SMTP_URL, "sending" leaves the message in the outbox, shown by the Dev mailbox page.
 */
export async function startMailQueue(
  config: Config,
  database: DatabaseHandle,
  options: {
    pollingSeconds?: number;
    /** Work that writes mail on a clock (join-request follow-ups and digests), run once a minute by one instance. */
    everyMinute?: () => Promise<unknown>;
  } = {},
): Promise<MailQueue> {
  const transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : undefined;
  const { boss, stop: stopBoss } = await startPgBoss(database);

  const deliver = async (outboxId: string) => {
    const message = await repository.claimOutboxMessage(database.db, outboxId, config.mailClaimSeconds);
    if (!message) return; // already sent, or another worker holds it
    if (transport) {
      try {
        await transport.sendMail({
          from: config.mailFrom,
          to: message.toAddress,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: message.messageId,
          headers: message.headers,
        });
      } catch (error) {
        await repository.releaseOutboxMessage(database.db, message.id, error instanceof Error ? error.message : String(error));
        throw error; // pg-boss retries with back-off
      }
    }
    await repository.markOutboxMessageSent(database.db, message.id);
  };

  await boss.work<{ outboxId: string }>(
    QUEUE,
    { batchSize: 4, pollingIntervalSeconds: options.pollingSeconds ?? 0.5 },
    async (jobs) => {
      await Promise.all(jobs.map((job) => deliver(job.data.outboxId)));
    },
  );

  if (options.everyMinute) {
    const work = options.everyMinute;
    // pg-boss's cron runs each tick once across all instances; a missed tick only delays a follow-up by a minute.
    await boss.createQueue(MINUTELY);
    await boss.schedule(MINUTELY, '* * * * *', {}, { retryLimit: 0, expireInSeconds: 50 });
    await boss.work(MINUTELY, { pollingIntervalSeconds: options.pollingSeconds ?? 2 }, async () => {
      await work();
    });
  }

  const enqueue = async (outboxIds: string[]) => {
    if (outboxIds.length === 0) return;
    await boss.insert(
      outboxIds.map((outboxId) => ({
        name: QUEUE,
        data: { outboxId },
        retryLimit: 8,
        retryDelay: 5,
        retryBackoff: true,
        // A worker that dies mid-send leaves its job active; it is retried once its claim has run out.
        expireInSeconds: config.mailClaimSeconds + 5,
      })),
    );
  };
  // Messages committed just before a crash but never enqueued go out at the next start (and, for a crashed
  // instance in a cluster, at the next sweep of a live one). A duplicate job is harmless: the claim decides.
  await enqueue(await repository.findStrandedOutboxIds(database.db, 0));
  const sweeper = setInterval(
    () =>
      void repository
        .findStrandedOutboxIds(database.db, 600)
        .then(enqueue)
        .catch(() => {}),
    300_000,
  );
  sweeper.unref();

  return {
    enqueue,
    devMailbox: !transport,
    stop: async () => {
      clearInterval(sweeper);
      await stopBoss();
      transport?.close();
    },
  };
}

export type StartedPgBoss = {
  boss: PgBoss;
  /** Stops the workers (letting a running job finish), then cuts pg-boss off from the database. */
  stop(): Promise<void>;
};

/**
 * Instances starting together race to install pg-boss's schema; the loser's attempt fails with a catalog
 * conflict that pg-boss does not recognise as its own race, so it tries again (and then finds it installed).
 */
export async function startPgBoss(database: DatabaseHandle, queue = QUEUE): Promise<StartedPgBoss> {
  for (let attempt = 1; ; attempt++) {
    const connection = stoppableConnection(database);
    const boss = new PgBoss({ db: { executeSql: connection.executeSql }, schema: 'pgboss' });
    boss.on('error', (error) => console.error(`${queue} queue: ${describeErrorForLog(error).message}`));
    try {
      await boss.start();
      await boss.createQueue(queue);
      return {
        boss,
        stop: async () => {
          await boss.stop({ graceful: true, wait: true, timeout: 5000 });
          await connection.cutOff();
        },
      };
    } catch (error) {
      if (attempt >= 5) throw error;
      await boss.stop({ graceful: false, wait: false }).catch(() => {});
      await connection.cutOff();
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
    }
  }
}

/**
 * pg-boss's way to the database, which can be cut off once pg-boss has stopped. pg-boss 10 marks a job done or
 * failed without awaiting it (manager.js: `this.complete(…)`, `this.fail(…)`), so a job fetched just before stop()
 * could finish after the application had closed the pool: that late call rejected with "Cannot use a pool after
 * calling end" and nothing handled it (an unhandled rejection; it failed a CI run). After the cut-off, a call is
 * never answered: the job stays active until it expires and runs again at a later start, where the outbox
 * claim (mail) or the delivery row (webhooks) makes the repeat harmless.
 */
function stoppableConnection(database: DatabaseHandle) {
  const inFlight = new Set<Promise<unknown>>();
  let cutOff = false;
  return {
    executeSql: (text: string, values?: unknown[]) => {
      if (cutOff) return new Promise<never>(() => {});
      const call = database.executeSql(text, values);
      inFlight.add(call);
      const forget = () => inFlight.delete(call);
      call.then(forget, forget);
      return call;
    },
    /** Answers no more calls, and lets those already sent finish. */
    cutOff: async () => {
      cutOff = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** For apps that never send mail (most integration tests): messages stay in the outbox. */
export const idleMailQueue: MailQueue = { enqueue: async () => {}, devMailbox: true, stop: async () => {} };
