import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDatabaseUnavailable } from './unavailable.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });
const wrapped = (cause: unknown) => new Error('Failed query: insert into "users" …', { cause });

describe('database unavailable or refusing writes (503, not 500)', () => {
  test('a server that is stopped, starting, frozen or refusing connections', () => {
    assert.ok(isDatabaseUnavailable(wrapped(withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))));
    const aggregate = Object.assign(new AggregateError([withCode('ECONNREFUSED')], ''), {});
    assert.ok(isDatabaseUnavailable(aggregate), 'Node 20 reports refused dual-stack connections as an AggregateError');
    assert.ok(isDatabaseUnavailable(withCode('57P01', 'terminating connection due to administrator command')));
    assert.ok(isDatabaseUnavailable(withCode('57P03', 'the database system is starting up')));
    assert.ok(isDatabaseUnavailable(withCode('53300', 'sorry, too many clients already')));
    assert.ok(isDatabaseUnavailable(withCode('08006')));
    assert.ok(isDatabaseUnavailable(wrapped(new Error('Query read timeout'))));
    assert.ok(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect')));
    assert.ok(isDatabaseUnavailable(new Error('timeout expired')), "a new connection's own timeout");
    assert.ok(
      isDatabaseUnavailable(
        new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated unexpectedly') }),
      ),
    );
    assert.ok(isDatabaseUnavailable(wrapped(new Error('Connection terminated unexpectedly'))));
    assert.ok(isDatabaseUnavailable(new Error('Client has encountered a connection error and is not queryable')));
  });

  test('a database that refuses writes or ran out of room or time', () => {
    assert.ok(isDatabaseUnavailable(wrapped(withCode('25006', 'cannot execute INSERT in a read-only transaction'))));
    assert.ok(isDatabaseUnavailable(withCode('53100', 'could not extend file: No space left on device')));
    assert.ok(isDatabaseUnavailable(withCode('57014', 'canceling statement due to statement timeout')));
  });

  test('request errors and bugs stay what they are', () => {
    assert.equal(isDatabaseUnavailable(wrapped(withCode('23505', 'duplicate key value'))), false);
    assert.equal(isDatabaseUnavailable(withCode('22P02', 'invalid input syntax for type uuid')), false);
    assert.equal(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')")), false);
    assert.equal(isDatabaseUnavailable(undefined), false);
    const quotingUserText = new Error('Failed query: insert into groups … params: Connection terminated', {
      cause: withCode('23505', 'duplicate key value'),
    });
    assert.equal(isDatabaseUnavailable(quotingUserText), false, 'words a user wrote into a parameter do not count');
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    assert.equal(isDatabaseUnavailable(loop), false);
  });
});
