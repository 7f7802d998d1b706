import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type NotificationSettings } from '../../api/client';

export type { NotificationSettings };

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
    // The choice shows at once; a refused save puts the previous settings back.
    onMutate: (changes) => {
      const previous = queryClient.getQueryData<NotificationSettings>(key);
      if (previous) queryClient.setQueryData(key, { ...previous, ...changes });
      return { previous };
    },
    onError: (_error, _changes, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (settings) => queryClient.setQueryData(key, settings),
  });
}
