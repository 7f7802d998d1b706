import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { api, type EmailInvite, type Group } from '../../api/client';
import { ConfirmButton } from '../../components/confirm-dialog';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { useToast } from '../../components/toast';
import { useRefreshGroup } from '../groups/use-groups';
import './pending-invitations.css';

const stateLabel = {
  sent: 'Sent',
  opened: 'Opened',
  accepted: 'Accepted',
  expired: 'Expired',
  revoked: 'Revoked',
  bounced: 'Bounced',
} as const;

/** The list's filter: every invitation still open (the default), or one state. */
const stateFilters = [
  ['pending', 'All pending'],
  ['sent', 'Sent'],
  ['opened', 'Opened'],
  ['expired', 'Expired'],
  ['bounced', 'Bounced'],
  ['revoked', 'Revoked'],
  ['accepted', 'Accepted'],
] as const;
type StateFilter = (typeof stateFilters)[number][0];

type InvitesPage = { emailInvites: EmailInvite[]; nextCursor: string | null };

function filterParams(search: string, state: StateFilter) {
  const params = new URLSearchParams({ state });
  if (search) params.set('search', search);
  return params;
}

/** The cache key of a group's invitation pages or counts; a search and a state filter follow it. */
function invitationsKey(kind: 'page' | 'count', group: Group) {
  return ['email-invites', kind, group.slug, group.id] as const;
}

/**
 * Owners' and admins' email invitations in the People tab. Collapsed behind its count, so a group with 10,000
 * pending invitations costs one count until an admin opens it; then pages of 50 with search, state filter and
 * "Revoke all matching".
 */
export function PendingInvitations({ group }: { group: Group }) {
  const [open, setOpen] = useState(false);
  const total = useQuery({
    queryKey: [...invitationsKey('count', group), 'pending'],
    queryFn: async () => (await api.get<{ count: number }>(`/api/groups/${group.id}/email-invites/count?state=pending`)).count,
  });
  if (total.isError) {
    return (
      <ErrorState title="Could not load pending invitations" message={total.error.message} onRetry={() => void total.refetch()} />
    );
  }
  // Nothing pending and nothing opened: no card (the empty state of the collapsed list).
  if (!total.isSuccess || (total.data === 0 && !open)) return null;
  return (
    <details className="pending-invitations card" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Pending invitations <span className="badge">{total.data.toLocaleString()}</span>
      </summary>
      {open && <InvitationList group={group} />}
    </details>
  );
}

function InvitationList({ group }: { group: Group }) {
  const toast = useToast();
  const refreshGroup = useRefreshGroup(group);
  const queryClient = useQueryClient();
  // After a revoke, lists of other searches and filters kept from before would show the revoked invitations for a
  // moment when brought back: they are dropped (loaded afresh when shown), the ones on screen are refetched.
  const refresh = () => {
    queryClient.removeQueries({ queryKey: invitationsKey('page', group), type: 'inactive' });
    queryClient.removeQueries({ queryKey: invitationsKey('count', group), type: 'inactive' });
    return refreshGroup();
  };
  const [searchText, setSearchText] = useState('');
  const [state, setState] = useState<StateFilter>('pending');
  const search = useDeferredValue(searchText.trim());
  const base = `/api/groups/${group.id}/email-invites`;

  const pages = useInfiniteQuery({
    queryKey: [...invitationsKey('page', group), search, state],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = filterParams(search, state);
      if (pageParam) params.set('cursor', pageParam);
      return api.get<InvitesPage>(`${base}?${params}`);
    },
    getNextPageParam: (page) => page.nextCursor,
  });
  const matching = useQuery({
    queryKey: [...invitationsKey('count', group), search, state],
    queryFn: async () => (await api.get<{ count: number }>(`${base}/count?${filterParams(search, state)}`)).count,
  });
  const act = useMutation({
    mutationFn: ({ invite, action }: { invite: EmailInvite; action: 'resend' | 'revoke' }) =>
      action === 'resend' ? api.post(`${base}/${invite.id}/resend`) : api.delete(`${base}/${invite.id}`),
    onSuccess: (_result, { invite, action }) => {
      toast(action === 'resend' ? `Invitation sent again to ${invite.email}` : `Invitation to ${invite.email} revoked`);
      void refresh();
    },
    onError: (error) => toast(error.message, 'error'),
  });
  const revokeAll = useMutation({
    mutationFn: () => api.post<{ revoked: number }>(`${base}/revoke`, { state, ...(search ? { search } : {}) }),
    onSuccess: ({ revoked }) => {
      toast(`${revoked.toLocaleString()} ${revoked === 1 ? 'invitation' : 'invitations'} revoked`);
      void refresh();
    },
    onError: (error) => toast(error.message, 'error'),
  });

  const rows = pages.data?.pages.flatMap((page) => page.emailInvites) ?? [];
  const matchingCount = matching.data ?? 0;
  const canRevokeMatching = state !== 'revoked' && state !== 'accepted' && matchingCount > 0;
  return (
    <div className="pending-invitations-body">
      <div className="toolbar pending-invitations-toolbar">
        <label className="visually-hidden" htmlFor="invitation-search">
          Search invitations by address
        </label>
        <input
          id="invitation-search"
          type="search"
          className="search"
          placeholder="Search by address"
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
        />
        <label className="visually-hidden" htmlFor="invitation-state">
          Invitation state
        </label>
        <select id="invitation-state" value={state} onChange={(event) => setState(event.target.value as StateFilter)}>
          {stateFilters.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {canRevokeMatching && (
          <ConfirmButton
            className="button button-small button-danger"
            disabled={revokeAll.isPending}
            title={`Revoke ${matchingCount.toLocaleString()} ${matchingCount === 1 ? 'invitation' : 'invitations'}?`}
            consequence={
              search
                ? `Every open invitation matching “${search}” stops working. People who already have the email can no longer join with it.`
                : 'Every open invitation shown by this filter stops working. People who already have the email can no longer join with it.'
            }
            confirmLabel="Revoke all"
            onConfirm={() => revokeAll.mutate()}
          >
            Revoke all matching ({matchingCount.toLocaleString()})
          </ConfirmButton>
        )}
      </div>

      {pages.isPending && <Loading label="Loading invitations…" />}
      {pages.isError && (
        <ErrorState title="Could not load invitations" message={pages.error.message} onRetry={() => void pages.refetch()} />
      )}
      {pages.isSuccess && rows.length === 0 && (
        <EmptyState title={search ? `No invitation matches “${search}”` : 'No invitations in this state'} />
      )}
      <ul aria-label="Pending invitations">
        {rows.map((invite) => (
          <li key={invite.id} className="invitation-row" aria-label={`Invitation to ${invite.email}`}>
            <div className="member-main">
              <span className="member-name invitation-email">{invite.email}</span>
              <span className="muted member-meta">
                Sent {new Date(invite.sentAt).toLocaleDateString()}
                {invite.invitedBy && ` by ${invite.invitedBy.name}`} · expires {new Date(invite.expiresAt).toLocaleDateString()}
              </span>
            </div>
            <span className={`badge badge-invite-${invite.state}`}>{stateLabel[invite.state]}</span>
            {invite.state !== 'revoked' && invite.state !== 'accepted' && (
              <div className="link-actions">
                <button type="button" className="button button-small" onClick={() => act.mutate({ invite, action: 'resend' })}>
                  Resend
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => act.mutate({ invite, action: 'revoke' })}
                >
                  Revoke
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {pages.hasNextPage && (
        <button
          className="button load-more"
          type="button"
          onClick={() => pages.fetchNextPage()}
          disabled={pages.isFetchingNextPage}
        >
          {pages.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
