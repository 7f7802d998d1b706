import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Webhook, type WebhookDelivery } from '../../api/client';

export type { Webhook, WebhookDelivery };

const webhooksKey = (groupId: string) => ['groups', groupId, 'webhooks'];

export function useWebhooks(groupId: string) {
  return useQuery({
    queryKey: webhooksKey(groupId),
    queryFn: () => api.get<{ webhooks: Webhook[]; eventTypes: string[] }>(`/api/groups/${groupId}/webhooks`),
  });
}

export function useWebhookDeliveries(groupId: string, webhookId: string) {
  return useQuery({
    queryKey: [...webhooksKey(groupId), webhookId, 'deliveries'],
    queryFn: () =>
      api.get<{ deliveries: WebhookDelivery[]; nextCursor: string | null }>(
        `/api/groups/${groupId}/webhooks/${webhookId}/deliveries`,
      ),
    // A pending delivery changes within seconds: keep the log current while it is open.
    refetchInterval: (query) => (query.state.data?.deliveries.some((delivery) => delivery.status === 'pending') ? 2000 : false),
  });
}

/** Every change to a webhook refreshes the list and its logs. */
export function useWebhookMutation<Input, Output>(groupId: string, mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhooksKey(groupId) }),
  });
}
