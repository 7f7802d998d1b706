import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ApiClient } from './test-app.js';

export type SignedInUser = { id: string; name: string; email: string; password: string; api: ApiClient };

/**
 * A fresh client address per test, so no two tests (or runs sharing Redis) spend the same budget. Never inside the
 * proxies some tests trust (10.250.0.0/16, 10.251.0.7): a client drawn there would be believed as a proxy, and its
 * forged X-Forwarded-For entries as the client (1 run in 256 failed that way).
 */
export const randomClientIp = () => `10.${randomBytes(1)[0]! % 250}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

let sequence = 0;

/** Signs up a new, unique person through the API and returns their signed-in client. */
export async function buildUser(
  app: FastifyInstance,
  overrides: { name?: string; email?: string; ip?: string } = {},
): Promise<SignedInUser> {
  sequence++;
  const name = overrides.name ?? `Person ${sequence}`;
  const email = overrides.email ?? `person-${sequence}-${randomBytes(4).toString('hex')}@example.com`;
  const password = 'correct horse battery';
  const api = new ApiClient(app, overrides.ip ? { remoteAddress: overrides.ip } : {});
  const response = await api.post('/api/auth/signup', { name, email, password });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: response.body.user.id, name, email, password, api };
}

export async function buildGroup(
  owner: SignedInUser,
  overrides: { name?: string; visibility?: 'public' | 'private'; description?: string } = {},
) {
  const response = await owner.api.post('/api/groups', {
    name: overrides.name ?? `Group ${++sequence}`,
    visibility: overrides.visibility ?? 'public',
    description: overrides.description,
  });
  if (response.status !== 201) throw new Error(`group creation failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.group as { id: string; slug: string; name: string; visibility: string; memberCount: number };
}

/** Makes `user` a member of the group through a fresh invite link, optionally promoting them. */
export async function addMember(owner: SignedInUser, groupId: string, user: SignedInUser, role: 'member' | 'admin' = 'member') {
  const link = await owner.api.post(`/api/groups/${groupId}/invite-links`, {});
  const accepted = await user.api.post(`/api/invites/${link.body.inviteLink.code}/accept`);
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  const { status } = accepted.body.membership;
  if (status === 'pending') {
    const requests = await owner.api.get(`/api/groups/${groupId}/join-requests`);
    const request = requests.body.joinRequests.find((entry: { user: { id: string } }) => entry.user.id === user.id);
    await owner.api.post(`/api/groups/${groupId}/join-requests/${request.id}/approve`);
  }
  if (role === 'admin') await owner.api.patch(`/api/groups/${groupId}/members/${user.id}`, { role: 'admin' });
}
