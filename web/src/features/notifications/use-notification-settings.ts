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
  const mutation = useMutation({
    mutationFn: async ({ changes }: { changes: Partial<NotificationSettings>; previous?: NotificationSettings }) =>
      (await api.patch<{ settings: NotificationSettings }>('/api/me/notification-settings', changes)).settings,
    // The form stays usable while a change saves (each change is its own request): after a refusal, put the
    // previous settings back and ask the server what is saved, since another change may have landed meanwhile.
    onError: (_error, { previous }) => {
      if (previous) queryClient.setQueryData(key, previous);
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onSuccess: (settings) => queryClient.setQueryData(key, settings),
  });
  /**
   * Shows the choice at once, in the same event as the click (a controlled box that waited for the mutation's
   * own asynchronous start would flick back for a moment), then saves it.
   */
  const save = (changes: Partial<NotificationSettings>, callbacks: Parameters<typeof mutation.mutate>[1] = {}) => {
    const previous = queryClient.getQueryData<NotificationSettings>(key);
    if (previous) queryClient.setQueryData(key, { ...previous, ...changes });
    mutation.mutate({ changes, previous }, callbacks);
  };
  return { ...mutation, save };
}
