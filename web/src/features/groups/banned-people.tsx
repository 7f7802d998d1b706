import { useMutation, useQuery } from '@tanstack/react-query';
import { api, type Group } from '../../api/client';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { useToast } from '../../components/toast';

type Ban = { user: { id: string; name: string }; bannedAt: string };

/** Owners and admins see who is banned and can let them back in. */
export function BannedPeople({ group }: { group: Group }) {
  const toast = useToast();
  const bans = useQuery({
    queryKey: ['bans', group.id],
    queryFn: async () => (await api.get<{ bans: Ban[] }>(`/api/groups/${group.id}/bans`)).bans,
  });
  const unban = useMutation({
    mutationFn: (ban: Ban) => api.delete(`/api/groups/${group.id}/bans/${ban.user.id}`),
    onSuccess: (_result, ban) => {
      toast(`${ban.user.name} can join again`);
      void bans.refetch();
    },
    onError: (error) => toast(error.message, 'error'),
  });
  return (
    <section className="form settings-form card" aria-labelledby="bans-title">
      <h2 id="bans-title" className="section-title">
        Banned people
      </h2>
      {bans.isPending && <Loading label="Loading banned people…" />}
      {bans.isError && (
        <ErrorState
          title="Could not load banned people"
          message={bans.error.message}
          action={
            <button type="button" className="button" onClick={() => void bans.refetch()}>
              Retry
            </button>
          }
        />
      )}
      {bans.data?.length === 0 && <EmptyState title="Nobody is banned" />}
      {bans.data && bans.data.length > 0 && (
        <ul className="ban-list" aria-label="Banned people">
          {bans.data.map((ban) => (
            <li key={ban.user.id} className="ban-row">
              <span className="ban-name">
                {ban.user.name}
                <span className="muted">
                  {' '}
                  · banned {new Date(ban.bannedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}
                </span>
              </span>
              <button
                type="button"
                className="button"
                disabled={unban.isPending}
                onClick={() => unban.mutate(ban)}
                aria-label={`Unban ${ban.user.name}`}
              >
                Unban
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
