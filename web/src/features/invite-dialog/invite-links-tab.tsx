import { useState } from 'react';
import type { Group, InviteLink } from '../../api/client';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { useToast } from '../../components/toast';
import { LeakNotice } from './leak-notice';
import { CopyButton } from './copy-button';
import { LinkSettingsForm } from './link-settings-form';
import { useInviteLinkActions, useInviteLinks } from './use-invite-links';

const stateLabel = { active: 'Active', expired: 'Expired', used_up: 'Used up', revoked: 'Revoked' } as const;

/** Every link of the group with its numbers and actions; owners can pause all invites here. */
export function InviteLinksTab({ group }: { group: Group }) {
  const links = useInviteLinks(group);
  const actions = useInviteLinkActions(group);
  const toast = useToast();
  return (
    <div>
      {group.role === 'owner' && (
        <div className={`notice ${group.invitesPaused ? 'notice-warning' : ''}`}>
          <span>
            {group.invitesPaused
              ? 'All invites are paused: no link works until you resume them.'
              : 'All invite links are working.'}
          </span>
          <button
            type="button"
            className="button button-small"
            disabled={actions.setPaused.isPending}
            onClick={() =>
              actions.setPaused.mutate(!group.invitesPaused, {
                onSuccess: () => toast(group.invitesPaused ? 'Invites resumed' : 'Invites paused'),
                onError: (error) => toast(error.message, 'error'),
              })
            }
          >
            {group.invitesPaused ? 'Resume invites' : 'Pause all invites'}
          </button>
        </div>
      )}
      {links.isPending && <Loading label="Loading links…" />}
      {links.isError && <ErrorState title="Could not load links" message={links.error.message} />}
      {links.data?.length === 0 && (
        <EmptyState title="No invite links yet">
          <p>Open People → Invite to create the first one.</p>
        </EmptyState>
      )}
      <ul className="link-list" aria-label="Invite links">
        {links.data?.map((link) => (
          <LinkRow key={link.id} group={group} link={link} />
        ))}
      </ul>
    </div>
  );
}

function LinkRow({ group, link }: { group: Group; link: InviteLink }) {
  const actions = useInviteLinkActions(group);
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const name = link.label || 'Unlabelled link';
  const onError = (error: Error) => toast(error.message, 'error');

  return (
    <li className="link-row card" aria-label={name}>
      <div className="link-row-head">
        <strong>{name}</strong>
        <span className={`badge badge-state-${link.state}`}>{stateLabel[link.state]}</span>
      </div>
      <code className="link-url">{link.url}</code>
      <dl className="link-facts">
        <div>
          <dt>Created</dt>
          <dd>
            {new Date(link.createdAt).toLocaleDateString()} by {link.createdBy?.name ?? 'a former admin'}
          </dd>
        </div>
        <div>
          <dt>Expires</dt>
          <dd>{link.expiresAt ? new Date(link.expiresAt).toLocaleString() : 'Never'}</dd>
        </div>
        <div>
          <dt>Uses</dt>
          <dd>
            {link.uses} / {link.maxUses ?? '∞'}
          </dd>
        </div>
        <div>
          <dt>Joins</dt>
          <dd>{link.joins}</dd>
        </div>
        <div>
          <dt>Pending</dt>
          <dd>{link.pending}</dd>
        </div>
      </dl>
      <ol className="funnel" aria-label={`Funnel of ${name}`}>
        <li>Opened {link.funnel.opened}</li>
        <li>Signed up {link.funnel.signedUp}</li>
        <li>Joined {link.funnel.joined}</li>
        <li>Pending {link.funnel.pending}</li>
        <li>Approved {link.funnel.approved}</li>
        <li>Declined {link.funnel.declined}</li>
      </ol>
      <LeakNotice group={group} link={link} />
      {editing ? (
        <LinkSettingsForm
          group={group}
          link={link}
          submitLabel="Save changes"
          pending={actions.update.isPending}
          error={actions.update.error}
          onCancel={() => setEditing(false)}
          onSubmit={(settings) =>
            actions.update.mutate(
              { id: link.id, ...settings },
              {
                onSuccess: () => {
                  setEditing(false);
                  toast('Link updated');
                },
              },
            )
          }
        />
      ) : (
        <div className="link-actions">
          <CopyButton text={link.url} label="Copy" className="button button-small" />
          {link.state !== 'revoked' && (
            <>
              <button type="button" className="button button-small" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  actions.reset.mutate(link.id, { onSuccess: () => toast('Link reset: the old link no longer works'), onError })
                }
              >
                Reset
              </button>
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() => actions.revoke.mutate(link.id, { onSuccess: () => toast('Link revoked'), onError })}
              >
                Revoke
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
