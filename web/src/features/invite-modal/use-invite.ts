import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { type AcceptResult, api, type InvitePreview } from '../../api/client';

export function useInvitePreview(code: string, viewerId: string | null | undefined) {
  return useQuery({
    queryKey: ['invite', code, viewerId ?? 'anonymous'],
    queryFn: async () => (await api.get<{ invite: InvitePreview }>(`/api/invites/${encodeURIComponent(code)}`)).invite,
    enabled: viewerId !== undefined,
    // Signing in inside the modal changes the viewer; keep showing the invite while it refreshes.
    placeholderData: keepPreviousData,
  });
}

export function useAcceptInvite(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: string[]) => api.post<AcceptResult>(`/api/invites/${encodeURIComponent(code)}/accept`, { answers }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['groups'] }),
  });
}

/** Counts this visitor once in the link's funnel (a separate POST: opening a link changes nothing else). */
export function useRecordInviteVisit(code: string, ready: boolean) {
  const sent = useRef(false);
  useEffect(() => {
    if (!ready || sent.current) return;
    sent.current = true;
    void api.post(`/api/invites/${encodeURIComponent(code)}/visits`).catch(() => {});
  }, [code, ready]);
}
