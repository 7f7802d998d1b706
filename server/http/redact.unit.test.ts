import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactUrl } from './redact.js';

test('every token-bearing URL loses its secret, and nothing else', () => {
  const cases: [string, string][] = [
    ['/invite/AbC123_-xyz', '/invite/[redacted]'],
    ['/api/invites/AbC123/accept', '/api/invites/[redacted]/accept'],
    ['/reset-password?token=s3cr3t', '/reset-password?token=[redacted]'],
    ['/magic-link?token=s3cr3t&next=%2Fgroups', '/magic-link?token=[redacted]&next=%2Fgroups'],
    ['/verify-email?token=s3cr3t', '/verify-email?token=[redacted]'],
    ['/api/auth/verify-email/s3cr3t', '/api/auth/verify-email/[redacted]'],
    ['/signup?inviteCode=s3cr3t', '/signup?inviteCode=[redacted]'],
    ['/login?next=%2Finvite%2Fs3cr3t', '/login?next=%2Finvite%2F[redacted]'],
    ['/api/groups/1/members?cursor=abc&limit=20', '/api/groups/1/members?cursor=abc&limit=20'],
    ['/groups/morning-runners', '/groups/morning-runners'],
  ];
  for (const [url, expected] of cases) assert.equal(redactUrl(url), expected, url);
});
