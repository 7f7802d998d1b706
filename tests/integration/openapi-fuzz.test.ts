import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DatabaseKind } from '../support/database.js';
import { addMember, buildGroup, buildUser, type SignedInUser } from '../support/factories.js';
import { type FuzzRequest, type Operation, operationsOf, RequestFuzzer, seededRandom } from '../support/openapi-fuzzer.js';
import { ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every operation of /api/openapi.json gets hostile requests as the group's owner, a member and an outsider.
 * None may answer 5xx, and every refusal must follow the error contract. Seeded: the seed is in the test's name
 * and its failure, and FUZZ_SEED=<seed> makes the same choices again. CI keeps one seed so a red run always
 * means a change broke something; FUZZ_SEED=$RANDOM with FUZZ_PGLITE=200 explores further by hand
 * (docs/decisions/124-test-suite-time.md).
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261125);
const runs: { kind: DatabaseKind; requestsPerRole: number }[] = [
  { kind: 'pglite', requestsPerRole: Number(process.env.FUZZ_PGLITE ?? 20) },
  { kind: 'postgres', requestsPerRole: Number(process.env.FUZZ_POSTGRES ?? 5) },
];

type World = { owner: SignedInUser; member: SignedInUser; outsider: SignedInUser; knownValues: Record<string, string[]> };

/** A group with a member, a private group with a pending request, links and an email invitation. */
async function buildWorld(t: TestApp): Promise<World> {
  const [owner, member, outsider, applicant] = [
    await buildUser(t.app),
    await buildUser(t.app),
    await buildUser(t.app),
    await buildUser(t.app),
  ];
  const group = await buildGroup(owner, { visibility: 'public' });
  const privateGroup = await buildGroup(owner, { visibility: 'private' });
  await addMember(owner, group.id, member);
  const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Fuzz' })).body.inviteLink;
  const privateLink = (await owner.api.post(`/api/groups/${privateGroup.id}/invite-links`, {})).body.inviteLink;
  await applicant.api.post(`/api/invites/${privateLink.code}/accept`, {});
  const requests = (await owner.api.get(`/api/groups/${privateGroup.id}/join-requests`)).body.joinRequests;
  await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: [`invitee-${Date.now()}@example.com`] });
  const invites = (await owner.api.get(`/api/groups/${group.id}/email-invites`)).body.emailInvites;
  const members = (await owner.api.get(`/api/groups/${group.id}/members`)).body;
  return {
    owner,
    member,
    outsider,
    knownValues: {
      groupId: [group.id, group.slug, privateGroup.id],
      userId: [owner.id, member.id, outsider.id, applicant.id],
      linkId: [link.id, privateLink.id],
      inviteLinkId: [link.id, privateLink.id],
      code: [link.code, privateLink.code],
      requestId: requests.map((request: { id: string }) => request.id),
      inviteId: invites.map((invite: { id: string }) => invite.id),
      cursor: [members.nextCursor ?? 'WyIyMDI2LTAxLTAxIDAwOjAwOjAwKzAwIiwiMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAwIl0'],
      status: ['pending', 'approved', 'declined'],
      q: ['per', 'Person', '%', '_'],
    },
  };
}

/** What is wrong with an answer, or null when it is a proper success or a proper refusal. */
function problemWith(status: number, body: string, operation: Operation): string | null {
  if (status >= 500) return `answered ${status}: ${body.slice(0, 300)}`;
  if (status < 400 || body === '') return null;
  try {
    const parsed = JSON.parse(body);
    if (typeof parsed?.error?.code === 'string' && typeof parsed.error.message === 'string') {
      // The document is generated from the contract table (server/http/api-contract.ts): an answer it does not
      // list means the table, and so every client reading it, is wrong.
      if (status !== 404 || operation.errorCodes.size > 0) {
        if (!operation.errorCodes.has(parsed.error.code))
          return `answered ${status} ${parsed.error.code}, which the document does not list`;
      }
      return null;
    }
  } catch {}
  return `answered ${status} outside the error contract: ${body.slice(0, 300)}`;
}

for (const { kind, requestsPerRole } of runs) {
  describe(`OpenAPI fuzzing (${kind})`, () => {
    let t: TestApp;
    let operations: Operation[];
    before(async () => {
      t = await createTestApp(kind);
      operations = operationsOf((await new ApiClient(t.app).get('/api/openapi.json')).body);
    });
    after(() => t.close());

    test(`no operation answers 5xx or breaks the error contract (seed ${seed}, ${requestsPerRole} requests per role)`, async () => {
      assert.ok(operations.length >= 30, `the document lists ${operations.length} operations`);
      const failures: string[] = [];
      let sent = 0;
      const started = Date.now();
      for (const [index, operation] of operations.entries()) {
        const operationStarted = Date.now();
        // A fresh world per operation: one operation's destructive requests (log-out, removal, bans) must not
        // leave the next one fuzzing an empty group.
        const world = await buildWorld(t);
        const fuzzer = new RequestFuzzer(seededRandom(seed + index), world.knownValues);
        for (const [role, user] of Object.entries({ owner: world.owner, member: world.member, outsider: world.outsider })) {
          const cookie = user.api.cookieHeader();
          for (let attempt = 0; attempt < requestsPerRole; attempt++) {
            const request: FuzzRequest = fuzzer.request(operation);
            const response = await t.app.inject({
              method: request.method as 'GET',
              url: request.url,
              headers: { ...request.headers, ...(cookie && { cookie }) },
              ...(request.payload !== undefined && { payload: request.payload }),
            });
            sent++;
            const problem = problemWith(response.statusCode, response.body, operation);
            if (problem && failures.length < Number(process.env.FUZZ_MAX_FAILURES ?? 25)) {
              failures.push(
                `${operation.method} ${operation.path} as ${role}: ${request.method} ${request.url.slice(0, 200)} ` +
                  `${(request.payload ?? '').slice(0, 200)} → ${problem}`,
              );
            }
          }
        }
        if (process.env.FUZZ_TIMING) console.log(`${operation.method} ${operation.path}: ${Date.now() - operationStarted} ms`);
      }
      if (process.env.FUZZ_TIMING) console.log(`${sent} requests in ${Date.now() - started} ms`);
      assert.ok(sent >= operations.length * requestsPerRole * 3);
      assert.deepEqual(failures, [], `replay with FUZZ_SEED=${seed}`);
    });
  });
}
