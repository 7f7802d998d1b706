import * as Dialog from '@radix-ui/react-dialog';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormError } from '../../components/states';
import { useCreateGroup } from './use-groups';

export function CreateGroupDialog() {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [visibility, setVisibility] = useState<'public' | 'private'>('public');
  const createGroup = useCreateGroup();
  const navigate = useNavigate();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    createGroup.mutate({ name, description, visibility }, { onSuccess: ({ group }) => navigate(`/groups/${group.slug}`) });
  };

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="button button-primary">Create group</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog-title">Create a group</Dialog.Title>
          <Dialog.Description className="dialog-description">
            You will be its owner. You can invite people next.
          </Dialog.Description>
          <form className="form" onSubmit={submit}>
            <label htmlFor="group-name">Group name</label>
            <input id="group-name" required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
            <label htmlFor="group-description">Description (optional)</label>
            <textarea
              id="group-description"
              maxLength={2000}
              rows={3}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
            <fieldset className="choice-group">
              <legend>Who can join?</legend>
              <label className="choice">
                <input
                  type="radio"
                  name="visibility"
                  checked={visibility === 'public'}
                  onChange={() => setVisibility('public')}
                />
                <span>
                  <strong>Public</strong> — anyone with an invite link joins at once
                </span>
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name="visibility"
                  checked={visibility === 'private'}
                  onChange={() => setVisibility('private')}
                />
                <span>
                  <strong>Private</strong> — an owner or admin approves each request
                </span>
              </label>
            </fieldset>
            <FormError error={createGroup.error} />
            <div className="dialog-actions">
              <Dialog.Close className="button">Cancel</Dialog.Close>
              <button className="button button-primary" type="submit" disabled={createGroup.isPending}>
                {createGroup.isPending ? 'Creating…' : 'Create group'}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
