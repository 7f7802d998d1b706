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

/** Whether the signed-in person has a Dev mailbox: the account menu's question, asked without fetching the mail. */
export function useDevMailboxAvailable() {
  const { data: user } = useCurrentUser();
  return useQuery({
    // Under 'dev-mailbox', so creating a group (which makes its creator an owner) asks again.
    queryKey: ['dev-mailbox', 'available', user?.id],
    queryFn: async () => (await api.get<{ available: boolean }>('/api/dev/mailbox/status')).available,
    enabled: !!user,
  });
}
