import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeLink, filterLinks, funnelSteps, linkName, pickableLinks } from './link-rules.js';

const link = (overrides: Partial<Parameters<typeof describeLink>[0]> = {}) => ({
  label: '',
  primary: false,
  state: 'active' as const,
  requiresApproval: false,
  expiresAt: null,
  maxUses: null,
  uses: 0,
  createdAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});
const open = { visibility: 'public' as const, invitesPaused: false };
const date = (iso: string) => `<${iso.slice(0, 10)}>`;

test('the caption says who can join, approval, expiry and uses left', () => {
  assert.equal(describeLink(link(), open, date), 'Anyone with this link can join at once. It never expires, no limit on uses.');
  assert.equal(
    describeLink(link({ requiresApproval: true, expiresAt: '2026-12-01T00:00:00Z', maxUses: 3, uses: 1 }), open, date),
    'Anyone with this link can ask to join; an owner or admin approves each request. It expires <2026-12-01>, 2 of 3 uses left.',
  );
  assert.match(describeLink(link(), { visibility: 'private', invitesPaused: false }, date), /approves each request/);
  assert.match(describeLink(link(), { visibility: 'public', invitesPaused: true }, date), /Invites are paused/);
});

test('the picker offers working links, the primary first, then by label', () => {
  const links = [
    link({ label: 'Zoo' }),
    link({ label: 'Flyer', state: 'revoked' }),
    link({ label: 'Alpha' }),
    link({ primary: true }),
    link({ label: 'Old', state: 'expired' }),
  ];
  assert.deepEqual(pickableLinks(links).map(linkName), ['Unlabelled link', 'Alpha', 'Zoo']);
});

test('the tab filters by state, primary first then newest', () => {
  const links = [
    link({ label: 'a', createdAt: '2026-11-01T00:00:00Z' }),
    link({ label: 'b', createdAt: '2026-11-03T00:00:00Z', state: 'used_up' }),
    link({ label: 'c', createdAt: '2026-11-02T00:00:00Z' }),
    link({ label: 'p', createdAt: '2026-10-01T00:00:00Z', primary: true }),
  ];
  assert.deepEqual(
    filterLinks(links, 'active').map((l) => l.label),
    ['p', 'c', 'a'],
  );
  assert.deepEqual(
    filterLinks(links, 'used_up').map((l) => l.label),
    ['b'],
  );
  assert.equal(filterLinks(links, 'all').length, 4);
});

test('the funnel reads as steps with shares of those who opened, and requests only when there are any', () => {
  const steps = funnelSteps({ opened: 40, signedUp: 10, joined: 8, pending: 0, approved: 0, declined: 0 });
  assert.deepEqual(
    steps.path.map((step) => `${step.label} ${step.value}${step.detail}`),
    ['Opened the link 40', 'Signed up 10 (25 %)', 'Became members 8 (20 %)'],
  );
  assert.equal(steps.requests, null);
  assert.equal(
    funnelSteps({ opened: 0, signedUp: 0, joined: 0, pending: 2, approved: 1, declined: 3 }).requests,
    'Requests: 2 waiting, 1 approved, 3 declined',
  );
});
