import { useMutation, useQuery } from '@tanstack/react-query';
import { api, type Ban, type Group } from '../../api/client';
import { Avatar } from '../../components/avatar';
import { formatDateTime } from '../../components/format-date';
import { ErrorState } from '../../components/states';
import { useToast } from '../../components/toast';
import { useRefreshGroup } from '../groups/use-groups';
import './banned-list.css';

/** The people banned from the group, each with Unban; shown to those who can ban (owners and admins). */
export function BannedList({ group }: { group: Group }) {
  const toast = useToast();
  const refresh = useRefreshGroup(group);
  const bans = useQuery({
    queryKey: ['bans', group.id],
    queryFn: async () => (await api.get<{ bans: Ban[] }>(`/api/groups/${group.id}/bans`)).bans,
  });
  const unban = useMutation({
    mutationFn: (ban: Ban) => api.delete(`/api/groups/${group.id}/bans/${ban.user.id}`),
    onSuccess: (_result, ban) => {
      toast(`${ban.user.name} is no longer banned. They can join again through an invite.`);
      void refresh();
    },
    onError: (error) => toast(error.message, 'error'),
  });

  if (bans.isError) {
    return <ErrorState title="Could not load the banned list" message={bans.error.message} onRetry={() => void bans.refetch()} />;
  }
  if (!bans.data || bans.data.length === 0) return null;
  return (
    <section className="banned-section" aria-labelledby="banned-title">
      <h2 id="banned-title" className="section-title">
        Banned ({bans.data.length})
      </h2>
      <ul className="member-list" aria-label="Banned people">
        {bans.data.map((ban) => (
          <li key={ban.user.id} className="member-row">
            <Avatar name={ban.user.name} />
            <div className="member-main">
              <span className="member-name">{ban.user.name}</span>
              <span className="muted member-meta">
                Banned {formatDateTime(ban.bannedAt)}
                {ban.bannedBy ? ` by ${ban.bannedBy.name}` : ''}
              </span>
            </div>
            <button
              type="button"
              className="button button-small"
              disabled={unban.isPending}
              onClick={() => unban.mutate(ban)}
              aria-label={`Unban ${ban.user.name}`}
            >
              Unban
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
