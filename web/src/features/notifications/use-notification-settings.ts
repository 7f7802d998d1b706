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
    // The form stays usable while a change saves (each change is its own request): after a refusal, put the
    // previous settings back and ask the server what is saved, since another change may have landed meanwhile.
    onError: (_error, _changes, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onSuccess: (settings) => queryClient.setQueryData(key, settings),
  });
}
