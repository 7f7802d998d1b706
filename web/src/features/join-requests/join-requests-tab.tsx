import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Group, type JoinRequest } from '../../api/client';
import { Avatar } from '../../components/avatar';
import { ConfirmButton } from '../../components/confirm-dialog';
import { formatDateTime } from '../../components/format-date';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { useToast } from '../../components/toast';
import { useRefreshGroup } from '../groups/use-groups';

/** Pending requests with their answers; approve or decline one by one, or everything from one link. */
export function JoinRequestsTab({ group }: { group: Group }) {
  const [linkFilter, setLinkFilter] = useState('');
  const toast = useToast();
  const refresh = useRefreshGroup(group);
  const requests = useQuery({
    queryKey: ['join-requests', group.slug, group.id],
    queryFn: async () => (await api.get<{ joinRequests: JoinRequest[] }>(`/api/groups/${group.id}/join-requests`)).joinRequests,
  });
  const decide = useMutation({
    mutationFn: ({ action, body }: { action: 'approve' | 'decline'; body: { requestIds?: string[]; inviteLinkId?: string } }) =>
      api.post<{ decided: string[]; alreadyDecided: string[] }>(`/api/groups/${group.id}/join-requests/${action}`, body),
    onSuccess: (result, { action }) => {
      const count = result.decided.length;
      toast(`${action === 'approve' ? 'Approved' : 'Declined'} ${count} ${count === 1 ? 'request' : 'requests'}`);
      if (result.alreadyDecided.length)
        toast(`${result.alreadyDecided.length} had already been decided by someone else`, 'error');
      void refresh();
    },
    onError: (error) => toast(error.message, 'error'),
  });

  if (requests.isPending) return <Loading label="Loading join requests…" />;
  if (requests.isError)
    return (
      <ErrorState title="Could not load join requests" message={requests.error.message} onRetry={() => void requests.refetch()} />
    );
  const links = new Map(
    requests.data.filter((r) => r.inviteLinkId).map((r) => [r.inviteLinkId!, r.inviteLinkLabel || 'Unlabelled link']),
  );
  const shown = requests.data.filter((request) => !linkFilter || request.inviteLinkId === linkFilter);
  if (requests.data.length === 0) {
    return (
      <EmptyState title="No pending requests">
        <p>When someone asks to join through a link that needs approval, their request shows up here.</p>
      </EmptyState>
    );
  }
  const bulkBody = linkFilter ? { inviteLinkId: linkFilter } : { requestIds: shown.map((request) => request.id) };

  return (
    <div>
      <div className="toolbar">
        <label className="visually-hidden" htmlFor="request-link-filter">
          Requests from link
        </label>
        <select id="request-link-filter" value={linkFilter} onChange={(e) => setLinkFilter(e.target.value)}>
          <option value="">From any link</option>
          {[...links].map(([id, label]) => (
            <option key={id} value={id}>
              From {label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ action: 'approve', body: bulkBody })}
        >
          {linkFilter ? 'Approve all from this link' : `Approve all (${shown.length})`}
        </button>
        <ConfirmButton
          className="button"
          disabled={decide.isPending}
          title={linkFilter ? `Decline every request from “${links.get(linkFilter)}”?` : `Decline all ${shown.length} requests?`}
          consequence={`${linkFilter ? 'Everyone waiting through this link' : `${shown.length} ${shown.length === 1 ? 'person' : 'people'}`} will not join the group, and their requests leave this list.`}
          confirmLabel="Decline all"
          onConfirm={() => decide.mutate({ action: 'decline', body: bulkBody })}
        >
          {linkFilter ? 'Decline all from this link' : `Decline all (${shown.length})`}
        </ConfirmButton>
      </div>
      <ul className="request-list" aria-label="Join requests">
        {shown.map((request) => (
          <li key={request.id} className="request-row card" aria-label={`Request from ${request.user.name}`}>
            <div className="request-head">
              <Avatar name={request.user.name} />
              <div className="member-main">
                <span className="member-name">{request.user.name}</span>
                <span className="muted member-meta">
                  {formatDateTime(request.createdAt)} ·{' '}
                  {request.inviteLinkId
                    ? `via link ${request.inviteLinkLabel ? `“${request.inviteLinkLabel}”` : 'without a label'}`
                    : 'asked directly'}
                </span>
              </div>
              <div className="request-actions">
                <button
                  type="button"
                  className="button button-primary button-small"
                  onClick={() => decide.mutate({ action: 'approve', body: { requestIds: [request.id] } })}
                >
                  Approve
                </button>
                <ConfirmButton
                  title={`Decline ${request.user.name}’s request?`}
                  consequence={`${request.user.name} will not join the group, and the request leaves this list.`}
                  confirmLabel="Decline"
                  onConfirm={() => decide.mutate({ action: 'decline', body: { requestIds: [request.id] } })}
                >
                  Decline
                </ConfirmButton>
              </div>
            </div>
            {request.answers.length > 0 && (
              <dl className="answers">
                {request.answers.map((entry) => (
                  <div key={entry.question}>
                    <dt>{entry.question}</dt>
                    <dd>{entry.answer}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
