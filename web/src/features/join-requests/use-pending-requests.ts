import { useQuery } from '@tanstack/react-query';
import { api, type Group, type JoinRequest } from '../../api/client';

/** The group's pending join requests; the tab and its count share this one query (and its cache). */
export function usePendingRequests(group: Group, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['join-requests', group.slug, group.id],
    queryFn: async () => (await api.get<{ joinRequests: JoinRequest[] }>(`/api/groups/${group.id}/join-requests`)).joinRequests,
    enabled: options.enabled ?? true,
  });
}
