import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Group } from '../../api/client';

export function useMyGroups() {
  return useQuery({ queryKey: ['groups'], queryFn: async () => (await api.get<{ groups: Group[] }>('/api/groups')).groups });
}

export function useGroup(groupId: string) {
  return useQuery({
    queryKey: ['group', groupId],
    queryFn: async () => (await api.get<{ group: Group }>(`/api/groups/${encodeURIComponent(groupId)}`)).group,
  });
}

export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; description: string; visibility: 'public' | 'private' }) =>
      api.post<{ group: Group }>('/api/groups', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['groups'] });
      // The creator is now an owner, which is what opens the Dev mailbox to them.
      void queryClient.invalidateQueries({ queryKey: ['dev-mailbox'] });
    },
  });
}

/**
 * Refreshes everything shown about one group after a change (group, members, links, requests). Group queries
 * carry the group's id or slug in their key, whichever the URL used, so both are matched.
 */
export function useRefreshGroup(group: { id: string; slug: string }) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({
      predicate: (query) => query.queryKey.includes(group.id) || query.queryKey.includes(group.slug),
    });
}
