import * as Dialog from '@radix-ui/react-dialog';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { FormError } from '../../components/states';
import { useCreateGroup } from './use-groups';

export function CreateGroupDialog() {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [visibility, setVisibility] = useState<'public' | 'private'>('public');
  const createGroup = useCreateGroup();
  const navigate = useNavigate();

  // 409 group_name_taken names the group the owner already has, so the form can offer to open it.
  const { error } = createGroup;
  const nameTaken = error instanceof ApiError && error.code === 'group_name_taken' ? error : null;
  const existing = nameTaken?.facts?.group as { slug: string; name: string } | undefined;

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
            <input
              id="group-name"
              required
              maxLength={80}
              value={name}
              aria-invalid={nameTaken ? true : undefined}
              aria-describedby={nameTaken ? 'group-name-error' : undefined}
              onChange={(e) => {
                setName(e.target.value);
                if (nameTaken) createGroup.reset();
              }}
            />
            {nameTaken && (
              <p className="form-error" id="group-name-error" role="alert">
                {nameTaken.message}{' '}
                {existing && (
                  <Link to={`/groups/${existing.slug}`} onClick={() => setOpen(false)}>
                    Open “{existing.name}”
                  </Link>
                )}
              </p>
            )}
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
            {!nameTaken && <FormError error={error} />}
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
