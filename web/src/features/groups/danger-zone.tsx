import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, type Group, type Member } from '../../api/client';
import { FormError } from '../../components/states';
import { useToast } from '../../components/toast';
import { useCurrentUser } from '../auth/use-session';
import { useGroupLifecycle } from './use-groups';

/** Owner-only: hand the group to another member, or delete it after typing its name. */
export function DangerZone({ group }: { group: Group }) {
  return (
    <section className="form settings-form card danger-zone" aria-labelledby="danger-title">
      <h2 id="danger-title" className="section-title">
        Ownership and deletion
      </h2>
      <TransferOwnership group={group} />
      <DeleteGroup group={group} />
    </section>
  );
}

function TransferOwnership({ group }: { group: Group }) {
  const { data: me } = useCurrentUser();
  const { transfer } = useGroupLifecycle(group);
  const toast = useToast();
  const [newOwnerId, setNewOwnerId] = useState('');
  const members = useQuery({
    queryKey: ['members', group.slug, group.id, 'transfer'],
    queryFn: () => api.get<{ members: Member[] }>(`/api/groups/${group.id}/members`),
  });
  const candidates = (members.data?.members ?? []).filter((member) => member.user.id !== me?.id);
  const chosen = candidates.find((member) => member.user.id === newOwnerId);
  return (
    <div className="form">
      <label htmlFor="new-owner">Transfer ownership to</label>
      <select id="new-owner" value={newOwnerId} onChange={(e) => setNewOwnerId(e.target.value)}>
        <option value="">{candidates.length ? 'Choose a member…' : 'No other members yet'}</option>
        {candidates.map((member) => (
          <option key={member.user.id} value={member.user.id}>
            {member.user.name}
          </option>
        ))}
      </select>
      <p className="hint">They become the owner; you stay on as an admin and can then leave.</p>
      <AlertDialog.Root onOpenChange={() => transfer.reset()}>
        <AlertDialog.Trigger className="button" disabled={!chosen}>
          Transfer ownership
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay" />
          <AlertDialog.Content className="dialog">
            <AlertDialog.Title className="dialog-title">Make {chosen?.user.name} the owner?</AlertDialog.Title>
            <AlertDialog.Description className="dialog-description">
              {chosen?.user.name} will own {group.name}. You will become an admin and cannot undo this yourself.
            </AlertDialog.Description>
            <FormError error={transfer.error} />
            <div className="dialog-actions">
              <AlertDialog.Cancel className="button">Cancel</AlertDialog.Cancel>
              <button
                type="button"
                className="button button-danger"
                disabled={transfer.isPending}
                onClick={() => transfer.mutate(newOwnerId, { onSuccess: () => toast(`${chosen?.user.name} now owns the group`) })}
              >
                {transfer.isPending ? 'Transferring…' : 'Transfer ownership'}
              </button>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </div>
  );
}

function DeleteGroup({ group }: { group: Group }) {
  const { remove } = useGroupLifecycle(group);
  const toast = useToast();
  const [typed, setTyped] = useState('');
  const matches = typed.trim() === group.name.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (matches) remove.mutate(typed, { onSuccess: () => toast(`${group.name} was deleted`) });
  };
  return (
    <div className="form">
      <p>Deleting the group removes its members, links and requests for good.</p>
      <AlertDialog.Root
        onOpenChange={() => {
          setTyped('');
          remove.reset();
        }}
      >
        <AlertDialog.Trigger className="button button-danger">Delete group…</AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay" />
          <AlertDialog.Content className="dialog">
            <form className="form" onSubmit={submit}>
              <AlertDialog.Title className="dialog-title">Delete {group.name}?</AlertDialog.Title>
              <AlertDialog.Description className="dialog-description">
                This cannot be undone. {group.memberCount} {group.memberCount === 1 ? 'member loses' : 'members lose'} access, and
                every invite link stops working.
              </AlertDialog.Description>
              <label htmlFor="confirm-group-name">Type the group’s name to confirm: {group.name}</label>
              <input id="confirm-group-name" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
              <FormError error={remove.error} />
              <div className="dialog-actions">
                <AlertDialog.Cancel className="button">Cancel</AlertDialog.Cancel>
                <button type="submit" className="button button-danger" disabled={!matches || remove.isPending}>
                  {remove.isPending ? 'Deleting…' : 'Delete this group'}
                </button>
              </div>
            </form>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </div>
  );
}
