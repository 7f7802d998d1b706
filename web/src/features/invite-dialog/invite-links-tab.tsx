import { useState } from 'react';
import type { Group, InviteLink } from '../../api/client';
import { ConfirmButton } from '../../components/confirm-dialog';
import { formatDateTime } from '../../components/format-date';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { useToast } from '../../components/toast';
import { LeakNotice } from './leak-notice';
import { CopyButton } from './copy-button';
import { LinkSettingsForm } from './link-settings-form';
import { filterLinks, funnelSteps, type LinkFilter, linkFilterLabels, linkName } from './link-rules';
import { useInviteLinkActions, useInviteLinks } from './use-invite-links';
import './invite-links.css';

const stateLabel = { active: 'Active', expired: 'Expired', used_up: 'Used up', revoked: 'Revoked' } as const;
const filters = Object.keys(linkFilterLabels) as LinkFilter[];

/** Every link of the group with its numbers and actions; owners can pause all invites here. */
export function InviteLinksTab({ group }: { group: Group }) {
  const links = useInviteLinks(group);
  const actions = useInviteLinkActions(group);
  const toast = useToast();
  const [filter, setFilter] = useState<LinkFilter>('active');
  const [creating, setCreating] = useState(false);
  const all = links.data ?? [];
  const shown = filterLinks(all, filter);
  const count = (state: LinkFilter) => (state === 'all' ? all.length : all.filter((link) => link.state === state).length);

  return (
    <div>
      {group.role === 'owner' && (
        <div className={`notice ${group.invitesPaused ? 'notice-warning' : ''}`}>
          <span>
            {group.invitesPaused
              ? 'All invites are paused: no link works until you resume them.'
              : 'All invite links are working.'}
          </span>
          {group.invitesPaused ? (
            <button
              type="button"
              className="button button-small"
              disabled={actions.setPaused.isPending}
              onClick={() =>
                actions.setPaused.mutate(false, {
                  onSuccess: () => toast('Invites resumed'),
                  onError: (error) => toast(error.message, 'error'),
                })
              }
            >
              Resume invites
            </button>
          ) : (
            <ConfirmButton
              disabled={actions.setPaused.isPending}
              title="Pause all invites?"
              consequence="No invite link or email invitation to this group will work until you resume them. People who open one are told invites are paused."
              confirmLabel="Pause invites"
              onConfirm={() =>
                actions.setPaused.mutate(true, {
                  onSuccess: () => toast('Invites paused'),
                  onError: (error) => toast(error.message, 'error'),
                })
              }
            >
              Pause all invites
            </ConfirmButton>
          )}
        </div>
      )}
      <div className="toolbar links-toolbar">
        <div className="links-filter">
          <label htmlFor="link-state-filter">Show</label>
          <select id="link-state-filter" value={filter} onChange={(event) => setFilter(event.target.value as LinkFilter)}>
            {filters.map((state) => (
              <option key={state} value={state}>
                {linkFilterLabels[state]} ({count(state)})
              </option>
            ))}
          </select>
        </div>
        {!creating && (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            New link
          </button>
        )}
      </div>
      {creating && (
        <div className="card new-link-card">
          <h3 className="section-title">New link</h3>
          <LinkSettingsForm
            group={group}
            submitLabel="Create link"
            pending={actions.create.isPending}
            error={actions.create.error}
            onCancel={() => setCreating(false)}
            onSubmit={(settings) =>
              actions.create.mutate(settings, {
                onSuccess: () => {
                  setCreating(false);
                  setFilter('active');
                  toast('New link created');
                },
              })
            }
          />
        </div>
      )}
      {links.isPending && <Loading label="Loading links…" />}
      {links.isError && (
        <ErrorState title="Could not load links" message={links.error.message} onRetry={() => void links.refetch()} />
      )}
      {links.isSuccess && all.length === 0 && (
        <EmptyState title="No invite links yet">
          <p>Create one with “New link”, or open People → Invite.</p>
        </EmptyState>
      )}
      {links.isSuccess && all.length > 0 && shown.length === 0 && (
        <EmptyState title={`No ${linkFilterLabels[filter].toLowerCase()} links`}>
          <p>Choose another filter above to see the others.</p>
        </EmptyState>
      )}
      {links.isSuccess && (
        <ul className="link-list" aria-label="Invite links">
          {shown.map((link) => (
            <LinkRow key={link.id} group={group} link={link} resetFrom={all.find((old) => old.replacedById === link.id)} />
          ))}
        </ul>
      )}
    </div>
  );
}

function LinkRow({ group, link, resetFrom }: { group: Group; link: InviteLink; resetFrom?: InviteLink }) {
  const actions = useInviteLinkActions(group);
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const name = linkName(link);
  const onError = (error: Error) => toast(error.message, 'error');
  const working = link.state === 'active';
  const steps = funnelSteps(link.funnel);
  const approval = group.visibility === 'private' ? 'Always (private group)' : link.requiresApproval ? 'Needed' : 'Not needed';

  return (
    <li className="link-row card" aria-label={name}>
      <div className="link-row-head">
        <strong className="link-name">{name}</strong>
        {link.primary && <span className="badge badge-primary-link">Primary</span>}
        <span className={`badge badge-state-${link.state}`}>{stateLabel[link.state]}</span>
      </div>
      <code className="link-url">{link.url}</code>
      {link.replacedById && link.revokedAt && (
        <p className="hint">Replaced by a new code when it was reset on {formatDateTime(link.revokedAt)}.</p>
      )}
      {resetFrom?.revokedAt && <p className="hint">Code reset on {formatDateTime(resetFrom.revokedAt)}.</p>}
      <dl className="link-facts">
        <div>
          <dt>Created</dt>
          <dd>
            {formatDateTime(link.createdAt)} by {link.createdBy?.name ?? 'a former admin'}
          </dd>
        </div>
        <div>
          <dt>Expires</dt>
          <dd>{link.expiresAt ? formatDateTime(link.expiresAt) : 'Never'}</dd>
        </div>
        <div>
          <dt>Uses</dt>
          <dd>{link.maxUses === null ? `${link.uses} (no limit)` : `${link.uses} of ${link.maxUses}`}</dd>
        </div>
        <div>
          <dt>Approval</dt>
          <dd>{approval}</dd>
        </div>
      </dl>
      <div className="funnel-block">
        <ol className="funnel-steps" aria-label={`Funnel of ${name}`}>
          {steps.path.map((step) => (
            <li key={step.label}>
              <span className="funnel-value">{step.value}</span>
              <span className="funnel-label">
                {step.label}
                {step.detail}
              </span>
            </li>
          ))}
        </ol>
        {steps.requests && <p className="hint funnel-requests">{steps.requests}</p>}
      </div>
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
          {working && <CopyButton text={link.url} label="Copy" className="button button-small" />}
          {working && !link.primary && (
            <button
              type="button"
              className="button button-small"
              disabled={actions.makePrimary.isPending}
              onClick={() =>
                actions.makePrimary.mutate(link.id, {
                  onSuccess: () => toast(`“${name}” is now the primary link`),
                  onError,
                })
              }
            >
              Make primary
            </button>
          )}
          {link.state !== 'revoked' && (
            <>
              <button type="button" className="button button-small" onClick={() => setEditing(true)}>
                Edit
              </button>
              <ConfirmButton
                title={`Reset “${name}”?`}
                consequence={`People who already have this link will no longer be able to join. A new code with the same settings replaces it${link.primary ? ' and stays the primary link' : ''}.`}
                confirmLabel="Reset link"
                onConfirm={() =>
                  actions.reset.mutate(link.id, { onSuccess: () => toast('Link reset: the old link no longer works'), onError })
                }
              >
                Reset
              </ConfirmButton>
              <ConfirmButton
                className="button button-small button-danger"
                title={`Revoke “${name}”?`}
                consequence={`People who already have this link will no longer be able to join. This cannot be undone${link.primary ? '; the Invite dialog will make a new primary link' : ''}.`}
                confirmLabel="Revoke link"
                onConfirm={() => actions.revoke.mutate(link.id, { onSuccess: () => toast('Link revoked'), onError })}
              >
                Revoke
              </ConfirmButton>
            </>
          )}
        </div>
      )}
    </li>
  );
}
