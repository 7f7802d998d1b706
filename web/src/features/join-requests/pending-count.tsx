import type { Group } from '../../api/client';
import { usePendingRequests } from './use-pending-requests';

/** "Join requests 3": the count of pending requests, part of the tab's accessible name ("3 pending"). */
export function PendingCount({ group }: { group: Group }) {
  const pending = usePendingRequests(group);
  const count = pending.data?.length ?? 0;
  if (count === 0) return null;
  const shown = count >= 500 ? '500+' : String(count);
  return (
    <>
      <span className="badge" aria-hidden="true">
        {shown}
      </span>
      <span className="visually-hidden">({shown} pending)</span>
    </>
  );
}
