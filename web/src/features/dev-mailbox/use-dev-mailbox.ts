import { useQuery } from '@tanstack/react-query';
import { api, type MailboxMessage } from '../../api/client';
import { useCurrentUser } from '../auth/use-session';

export type { MailboxMessage };

/**
 * The signed-in person's Dev mailbox. One query serves the account menu (which offers the page only where it
 * exists: no SMTP configured, and the person owns a group) and the page itself.
 */
export function useDevMailbox(options: { refetchIntervalMs?: number } = {}) {
  const { data: user } = useCurrentUser();
  return useQuery({
    queryKey: ['dev-mailbox', user?.id],
    queryFn: async () => (await api.get<{ messages: MailboxMessage[] }>('/api/dev/mailbox')).messages,
    enabled: !!user,
    retry: false,
    refetchInterval: options.refetchIntervalMs,
  });
}
