import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { type AcceptResult, api, type Group } from '../../api/client';

/** The groups the user is in, and those they asked to join and are waiting on. */
export function useMyGroups() {
  return useQuery({
    queryKey: ['groups'],
    queryFn: () => api.get<{ groups: Group[]; requestedGroups: Group[] }>('/api/groups'),
  });
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

export type GroupSettingsChange = Partial<
  Pick<
    Group,
    | 'name'
    | 'description'
    | 'visibility'
    | 'welcomeMessage'
    | 'previewShowsMemberCount'
    | 'previewShowsDescription'
    | 'requestAgainAfterDays'
    | 'membershipQuestions'
  >
> & { pendingRequests?: 'approve' | 'keep' };

/** Saves settings, then refreshes the group everywhere it shows (header, My groups, lists). */
export function useUpdateGroup(group: Group) {
  const refresh = useRefreshGroup(group);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: GroupSettingsChange) => api.patch<{ group: Group }>(`/api/groups/${group.id}`, change),
    onSuccess: () => {
      void refresh();
      void queryClient.invalidateQueries({ queryKey: ['groups'] });
    },
  });
}

export function useGroupAvatar(group: Group) {
  const refresh = useRefreshGroup(group);
  const queryClient = useQueryClient();
  const done = () => {
    void refresh();
    void queryClient.invalidateQueries({ queryKey: ['groups'] });
  };
  return {
    upload: useMutation({
      mutationFn: (file: File) => api.put<{ group: Group }>(`/api/groups/${group.id}/avatar`, file),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: () => api.delete<{ group: Group }>(`/api/groups/${group.id}/avatar`),
      onSuccess: done,
    }),
  };
}

/** Leaving, deleting and handing over all end with the user somewhere else: My groups, or a refreshed group. */
export function useGroupLifecycle(group: Group) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const refresh = useRefreshGroup(group);
  const goHome = () => {
    void queryClient.invalidateQueries({ queryKey: ['groups'] });
    queryClient.removeQueries({ predicate: (query) => query.queryKey.includes(group.id) || query.queryKey.includes(group.slug) });
    navigate('/');
  };
  return {
    leave: useMutation({
      mutationFn: (userId: string) => api.delete(`/api/groups/${group.id}/members/${userId}`),
      onSuccess: goHome,
    }),
    remove: useMutation({
      mutationFn: (confirmName: string) => api.delete(`/api/groups/${group.id}`, { confirmName }),
      onSuccess: goHome,
    }),
    transfer: useMutation({
      mutationFn: (userId: string) => api.post<{ group: Group }>(`/api/groups/${group.id}/transfer-ownership`, { userId }),
      onSuccess: () => void refresh(),
    }),
  };
}

/** Joins a public group from its page (no link needed). */
export function useJoinPublicGroup(group: Group) {
  const refresh = useRefreshGroup(group);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<AcceptResult>(`/api/groups/${group.id}/join`),
    onSuccess: () => {
      void refresh();
      void queryClient.invalidateQueries({ queryKey: ['groups'] });
    },
  });
}
