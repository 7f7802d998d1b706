import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { databaseUnavailableReason } from '../db/unavailable.js';
import { describeErrorForLog } from '../shared/error-log.js';
import { AppError } from '../shared/errors.js';
import { postgresErrorCode } from '../db/client.js';

/** Seconds a client is asked to wait before retrying while the database is unreachable. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The one place where errors become responses: `{ error: { code, message } }` with the code's status. */
export function registerErrorHandling(app: FastifyInstance): void {
  // An outage fails every request: one warning per 10 s (with how many were answered 503) rather than one each.
  let unavailableSince = 0;
  let unavailableAnswers = 0;
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .code(error.status)
        .headers(error.headers)
        .send({ error: { code: error.code, message: error.message, ...(error.details && { details: error.details }) } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        field: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: issue.message ?? 'Invalid value.',
      }));
      return reply.code(400).send({
        error: { code: 'validation_failed', message: details[0]?.message ?? 'Invalid request.', details },
      });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send({ error: { code: 'unsupported_media_type', message: 'Send JSON.' } });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({ error: { code: 'payload_too_large', message: 'The request body is too large.' } });
    }
    const dataError = describeDataError(error);
    if (dataError) return reply.code(400).send({ error: { code: 'validation_failed', message: dataError } });
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send({ error: { code: 'bad_request', message: error.message } });
    }
    const unavailable = databaseUnavailableReason(error);
    if (unavailable) {
      unavailableAnswers++;
      if (Date.now() - unavailableSince > 10_000) {
        request.log.warn({ reason: unavailable, answers: unavailableAnswers }, 'database unavailable: answering 503');
        unavailableSince = Date.now();
        unavailableAnswers = 0;
      }
      return reply
        .code(503)
        .header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
        .send({
          error: {
            code: 'service_unavailable',
            message: 'Hearth cannot reach its database right now. Try again in a few seconds.',
          },
        });
    }
    // Never the error itself: a failed query's message quotes its parameters (emails, password hashes).
    request.log.error({ error: describeErrorForLog(error) }, 'unhandled error');
    return reply.code(500).send({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } });
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .send({ error: { code: 'not_found', message: `No route for ${request.method} ${request.url.split('?')[0]}.` } });
  });
}

/**
 * The database refused a value the schemas let through (a byte or text it cannot store, a malformed number or
 * date): that is bad input, a 400, never a 500. A safety net: routes refuse such input before it gets here.
 */
function describeDataError(error: unknown): string | undefined {
  const code = postgresErrorCode(error);
  if (code === '22021' || code === '22P05') return 'A text field holds characters that cannot be stored (such as a NUL byte).';
  if (code?.startsWith('22')) return 'A value in the request is not valid.';
  return undefined;
}
