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
import { formatDateTime } from '../../components/format-date';
import { describeLink, linkName, pickableLinks } from './link-rules';
import { useCurrentInviteLink, useInviteLinkActions, useInviteLinks } from './use-invite-links';
import './invite-links.css';

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
            Share a link or its QR code, or send invitations by email.
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
  const links = useInviteLinks(group, enabled);
  const actions = useInviteLinkActions(group);
  const [creating, setCreating] = useState(false);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const toast = useToast();

  if (current.isPending) return <Loading label="Preparing your link…" />;
  if (current.isError)
    return <ErrorState title="Could not prepare a link" message={current.error.message} onRetry={() => void current.refetch()} />;
  // The primary link is always offered, even before the list has caught up with its creation.
  const known = links.data ?? [];
  const choices = pickableLinks(known.some((link) => link.id === current.data.id) ? known : [current.data, ...known]);
  const link = choices.find((choice) => choice.id === chosenId) ?? current.data;

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
            onSuccess: (created) => {
              setCreating(false);
              setChosenId(created.id);
              toast('New link created. The primary link stays the same.');
            },
          })
        }
      />
    );
  }

  return (
    <div className="invite-link-tab">
      {choices.length > 1 && (
        <div className="link-picker">
          <label htmlFor="invite-link-picker">Link to share</label>
          <select id="invite-link-picker" value={link.id} onChange={(event) => setChosenId(event.target.value)}>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {linkName(choice)}
                {choice.primary ? ' (primary)' : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <label htmlFor="invite-link-url">
        Invitation link{link.primary ? ' (primary)' : ''}
        {link.label ? ` · ${link.label}` : ''}
      </label>
      <div className="copy-row">
        <input
          id="invite-link-url"
          readOnly
          value={link.url}
          aria-describedby="invite-link-caption"
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton text={link.url} fieldId="invite-link-url" />
      </div>
      <p className={group.invitesPaused ? 'notice notice-warning' : 'hint'} id="invite-link-caption">
        {describeLink(link, group, formatDateTime)}
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
