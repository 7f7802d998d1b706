import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Group, type InviteLink, type InviteLinkSettings } from '../../api/client';
import { useRefreshGroup } from '../groups/use-groups';

export type LinkSettings = InviteLinkSettings;

/** The group's primary link; opening the dialog creates one when the group has no working primary link. */
export function useCurrentInviteLink(group: Group, enabled: boolean) {
  return useQuery({
    queryKey: ['current-invite-link', group.id],
    queryFn: async () => (await api.post<{ inviteLink: InviteLink }>(`/api/groups/${group.id}/invite-links/current`)).inviteLink,
    enabled,
    staleTime: 0,
  });
}

export function useInviteLinks(group: Group, enabled = true) {
  return useQuery({
    queryKey: ['invite-links', group.slug, group.id],
    queryFn: async () => (await api.get<{ inviteLinks: InviteLink[] }>(`/api/groups/${group.id}/invite-links`)).inviteLinks,
    enabled,
  });
}

export function useInviteLinkActions(group: Group) {
  const queryClient = useQueryClient();
  const refresh = useRefreshGroup(group);
  const after = () => {
    void refresh();
    void queryClient.invalidateQueries({ queryKey: ['current-invite-link', group.id] });
  };
  const base = `/api/groups/${group.id}/invite-links`;
  return {
    create: useMutation({
      mutationFn: async (settings: LinkSettings) => (await api.post<{ inviteLink: InviteLink }>(base, settings)).inviteLink,
      // A new link is one more link to pick: the primary link stays what it was.
      onSuccess: () => void refresh(),
    }),
    update: useMutation({
      mutationFn: ({ id, ...settings }: LinkSettings & { id: string }) => api.patch(`${base}/${id}`, settings),
      onSuccess: after,
    }),
    revoke: useMutation({ mutationFn: (id: string) => api.delete(`${base}/${id}`), onSuccess: after }),
    reset: useMutation({
      mutationFn: async (id: string) => (await api.post<{ inviteLink: InviteLink }>(`${base}/${id}/reset`)).inviteLink,
      onSuccess: after,
    }),
    makePrimary: useMutation({ mutationFn: (id: string) => api.post(`${base}/${id}/make-primary`), onSuccess: after }),
    setPaused: useMutation({
      mutationFn: (paused: boolean) => api.post(`/api/groups/${group.id}/invites/${paused ? 'pause' : 'resume'}`),
      onSuccess: after,
    }),
  };
}
