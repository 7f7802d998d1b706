import { useMutation, useQuery } from '@tanstack/react-query';
import { api, type EmailInvite, type Group } from '../../api/client';
import { useToast } from '../../components/toast';
import { useRefreshGroup } from '../groups/use-groups';

const stateLabel = {
  sent: 'Sent',
  opened: 'Opened',
  accepted: 'Accepted',
  expired: 'Expired',
  revoked: 'Revoked',
  bounced: 'Bounced',
} as const;

/** Owners' and admins' list of email invitations in the People tab, with Resend and Revoke. */
export function PendingInvitations({ group }: { group: Group }) {
  const toast = useToast();
  const refresh = useRefreshGroup(group);
  const invites = useQuery({
    queryKey: ['email-invites', group.slug, group.id],
    queryFn: async () => (await api.get<{ emailInvites: EmailInvite[] }>(`/api/groups/${group.id}/email-invites`)).emailInvites,
  });
  const act = useMutation({
    mutationFn: ({ invite, action }: { invite: EmailInvite; action: 'resend' | 'revoke' }) =>
      action === 'resend'
        ? api.post(`/api/groups/${group.id}/email-invites/${invite.id}/resend`)
        : api.delete(`/api/groups/${group.id}/email-invites/${invite.id}`),
    onSuccess: (_result, { invite, action }) => {
      toast(action === 'resend' ? `Invitation sent again to ${invite.email}` : `Invitation to ${invite.email} revoked`);
      void refresh();
    },
    onError: (error) => toast(error.message, 'error'),
  });
  const shown = invites.data?.filter((invite) => invite.state !== 'accepted') ?? [];
  if (shown.length === 0) return null;
  return (
    <details className="pending-invitations card" open>
      <summary>
        Pending invitations <span className="badge">{shown.length}</span>
      </summary>
      <ul aria-label="Pending invitations">
        {shown.map((invite) => (
          <li key={invite.id} className="invitation-row" aria-label={`Invitation to ${invite.email}`}>
            <div className="member-main">
              <span className="member-name">{invite.email}</span>
              <span className="muted member-meta">
                Sent {new Date(invite.sentAt).toLocaleDateString()}
                {invite.invitedBy && ` by ${invite.invitedBy.name}`} · expires {new Date(invite.expiresAt).toLocaleDateString()}
              </span>
            </div>
            <span className={`badge badge-invite-${invite.state}`}>{stateLabel[invite.state]}</span>
            {invite.state !== 'revoked' && (
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
    </details>
  );
}
