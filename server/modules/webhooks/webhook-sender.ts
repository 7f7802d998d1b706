import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { AttemptRecord } from './webhooks.repository.js';
import {
  isAddressAllowed,
  literalAddress,
  type NetworkPolicy,
  responseBodyLimitBytes,
  webhookUrlProblem,
} from './webhooks.rules.js';

export const deliveryTimeoutMs = 10_000;

export type SignedMessage = { url: string; secret: string; messageId: string; payload: string };

/**
 * POSTs one signed message (Standard Webhooks headers) and reports what happened. The address the socket
 * connects to is checked after DNS resolution, inside the connection's own look-up, so a name that resolves
 * to a private address (or re-resolves to one: DNS rebinding) is refused. Redirects are never followed.
 */
export async function sendSignedMessage(message: SignedMessage, policy: NetworkPolicy): Promise<AttemptRecord> {
  const started = performance.now();
  const finish = (partial: Omit<AttemptRecord, 'durationMs'>): AttemptRecord => ({
    ...partial,
    durationMs: Math.round(performance.now() - started),
  });
  const problem = webhookUrlProblem(message.url, policy);
  if (problem) return finish({ statusCode: null, error: problem, responseBody: null });
  const url = new URL(message.url);
  const literal = literalAddress(url.hostname);
  if (literal && !isAddressAllowed(literal, policy)) {
    return finish({ statusCode: null, error: 'Refused: the URL points at a private or local address.', responseBody: null });
  }

  const timestamp = new Date();
  const signature = new Webhook(message.secret).sign(message.messageId, timestamp, message.payload);
  const body = Buffer.from(message.payload);
  const client = url.protocol === 'https:' ? https : http;

  return new Promise<AttemptRecord>((resolve) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        lookup: guardedLookup(policy),
        signal: AbortSignal.timeout(deliveryTimeoutMs),
        headers: {
          'content-type': 'application/json',
          'content-length': String(body.length),
          'user-agent': 'Hearth-Webhooks/1.0',
          'webhook-id': message.messageId,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': signature,
        },
      },
      (response) => {
        const statusCode = response.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on('data', (chunk: Buffer) => {
          if (kept < responseBodyLimitBytes) {
            chunks.push(chunk.subarray(0, responseBodyLimitBytes - kept));
            kept += Math.min(chunk.length, responseBodyLimitBytes - kept);
          }
        });
        response.on('end', () => {
          const redirected = statusCode >= 300 && statusCode < 400;
          resolve(
            finish({
              statusCode,
              error: redirected ? `Redirect to ${response.headers.location ?? '?'} not followed.` : null,
              responseBody: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        });
        response.on('error', (error) => resolve(finish({ statusCode, error: error.message, responseBody: null })));
      },
    );
    request.on('error', (error) => {
      const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError';
      resolve(
        finish({
          statusCode: null,
          error: timedOut ? `No answer within ${deliveryTimeoutMs / 1000} s.` : error.message,
          responseBody: null,
        }),
      );
    });
    request.end(body);
  });
}

function guardedLookup(policy: NetworkPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = addresses as dns.LookupAddress[];
      const refused = list.find((entry) => !isAddressAllowed(entry.address, policy));
      if (refused || list.length === 0) {
        const refusal = Object.assign(new Error(`Refused: ${hostname} resolves to a private or local address.`), {
          code: 'EADDRNOTALLOWED',
        });
        return callback(refusal, '', 4);
      }
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
