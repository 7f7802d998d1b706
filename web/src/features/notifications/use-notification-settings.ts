import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export type NotificationSettings = {
  joinRequests: 'every' | 'daily' | 'none';
  requestDecisions: boolean;
  inviteeJoined: boolean;
};

const key = ['notification-settings'];

export function useNotificationSettings(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: key,
    queryFn: async () => (await api.get<{ settings: NotificationSettings }>('/api/me/notification-settings')).settings,
    enabled: options.enabled ?? true,
  });
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: Partial<NotificationSettings>) =>
      (await api.patch<{ settings: NotificationSettings }>('/api/me/notification-settings', changes)).settings,
    onSuccess: (settings) => queryClient.setQueryData(key, settings),
  });
}
