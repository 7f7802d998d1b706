import * as Dialog from '@radix-ui/react-dialog';
import * as Tabs from '@radix-ui/react-tabs';
import { useState } from 'react';
import type { Group } from '../../api/client';
import { ErrorState, Loading } from '../../components/states';
import { useToast } from '../../components/toast';
import { useCurrentUser } from '../auth/use-session';
import { EmailTab } from '../email-invites/email-tab';
import { CopyButton } from './copy-button';
import { LinkSettingsForm } from './link-settings-form';
import { QrCodePanel } from './qr-code-panel';
import { ShareOptions } from './share-options';
import { useCurrentInviteLink, useInviteLinkActions } from './use-invite-links';

export function InviteDialog({ group }: { group: Group }) {
  const [open, setOpen] = useState(false);
  const { data: user } = useCurrentUser();
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="button button-primary">Invite</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <Dialog.Title className="dialog-title">Invite people to {group.name}</Dialog.Title>
          <Dialog.Description className="dialog-description">
            {group.visibility === 'private'
              ? 'This group is private: people who use the link send a request that an owner or admin approves.'
              : 'Anyone with the link can join this group.'}
          </Dialog.Description>
          <Tabs.Root defaultValue="link">
            <Tabs.List className="tabs" aria-label="How to invite">
              <Tabs.Trigger className="tab" value="link">
                Invitation link
              </Tabs.Trigger>
              <Tabs.Trigger className="tab" value="email">
                Email
              </Tabs.Trigger>
            </Tabs.List>
            <Tabs.Content value="link" className="tab-panel">
              <InvitationLinkTab group={group} enabled={open} />
            </Tabs.Content>
            <Tabs.Content value="email" className="tab-panel">
              <EmailTab group={group} inviterName={user?.name ?? 'An admin'} />
            </Tabs.Content>
          </Tabs.Root>
          <Dialog.Close className="dialog-close" aria-label="Close">
            ×
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function InvitationLinkTab({ group, enabled }: { group: Group; enabled: boolean }) {
  const current = useCurrentInviteLink(group, enabled);
  const actions = useInviteLinkActions(group);
  const [creating, setCreating] = useState(false);
  const toast = useToast();

  if (current.isPending) return <Loading label="Preparing your link…" />;
  if (current.isError) return <ErrorState title="Could not prepare a link" message={current.error.message} />;
  const link = current.data;

  if (creating) {
    return (
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
              toast('New link created');
            },
          })
        }
      />
    );
  }

  return (
    <div className="invite-link-tab">
      {group.invitesPaused && (
        <p className="notice notice-warning">Invites are paused: this link will not work until an owner resumes them.</p>
      )}
      <label htmlFor="invite-link-url">Invitation link{link.label ? ` · ${link.label}` : ''}</label>
      <div className="copy-row">
        <input id="invite-link-url" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
        <CopyButton text={link.url} fieldId="invite-link-url" />
      </div>
      <p className="hint">
        {link.expiresAt ? `Expires ${new Date(link.expiresAt).toLocaleString()}` : 'Never expires'} ·{' '}
        {link.maxUses ? `${link.uses} of ${link.maxUses} uses` : `${link.uses} ${link.uses === 1 ? 'use' : 'uses'}`}
      </p>
      <div className="invite-extras">
        <QrCodePanel url={link.url} fileName={`${group.slug}-invite`} />
        <div>
          <h3 className="section-title">Share</h3>
          <ShareOptions url={link.url} groupName={group.name} />
          <button type="button" className="button new-link-button" onClick={() => setCreating(true)}>
            New link
          </button>
        </div>
      </div>
    </div>
  );
}
