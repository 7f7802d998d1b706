import type { AppContext } from '../../app-context.js';
import { AppError } from '../../shared/errors.js';
import { updateGroup } from '../groups/groups.repository.js';
import { authorizeGroupAction } from '../groups/groups.service.js';
import * as repository from './invite-links.repository.js';
import { loadLinkForAdmin, presentWithStats } from './invite-links.service.js';
import { leakRateMultiplier, leakWindowMinutes, raisedThreshold } from './leak-breaker.rules.js';

type Context = Pick<AppContext, 'db' | 'inviteCodeBox' | 'config' | 'invalidations'>;

export async function getLeakBreakerSettings(context: Context, input: { idOrSlug: string; actorId: string }) {
  const { group } = await authorizeGroupAction(context.db, input.idOrSlug, input.actorId, 'manageInviteLinks');
  return presentSettings(group);
}

function presentSettings(group: { leakBreakerEnabled: boolean; leakBreakerThreshold: number }) {
  return {
    enabled: group.leakBreakerEnabled,
    threshold: group.leakBreakerThreshold,
    windowMinutes: leakWindowMinutes,
    rateMultiplier: leakRateMultiplier,
  };
}

export async function updateLeakBreakerSettings(
  context: Context,
  input: { idOrSlug: string; actorId: string; enabled?: boolean; threshold?: number },
) {
  const { group } = await authorizeGroupAction(context.db, input.idOrSlug, input.actorId, 'editGroupSettings');
  const updated = await updateGroup(context.db, group.id, {
    ...(input.enabled !== undefined && { leakBreakerEnabled: input.enabled }),
    ...(input.threshold !== undefined && { leakBreakerThreshold: input.threshold }),
  });
  return presentSettings(updated);
}

/**
 * "It's fine — resume": the link gets back the approval setting the trip replaced, and tolerates twice as many
 * joins before tripping again. People who became requests during the trip stay requests for admins to decide.
 */
export async function resumeLeakedLink(context: Context, input: { idOrSlug: string; actorId: string; linkId: string }) {
  const resumed = await context.db.transaction(async (tx) => {
    const { group, link } = await loadLinkForAdmin(tx, input);
    if (!link.leakTrippedAt) throw new AppError('validation_failed', 'The leak breaker has not stopped this link.');
    const updated = await repository.updateInviteLink(tx, link.id, {
      requiresApproval: link.leakPreviousRequiresApproval ?? false,
      leakTrippedAt: null,
      leakPreviousRequiresApproval: null,
      leakThreshold: raisedThreshold(link.leakThreshold ?? group.leakBreakerThreshold),
    });
    return presentWithStats(context, tx, updated);
  });
  await context.invalidations.publish({ kind: 'invite-link', id: input.linkId });
  return resumed;
}
