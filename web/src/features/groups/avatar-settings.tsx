import { type ChangeEvent, useId, useState } from 'react';
import type { Group } from '../../api/client';
import { Avatar } from '../../components/avatar';
import { FormError } from '../../components/states';
import { useToast } from '../../components/toast';
import { useGroupAvatar } from './use-groups';

const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPTED = ['image/png', 'image/jpeg', 'image/webp'];

/** The group's picture: upload (checked here first, re-encoded by the server) or remove. */
export function AvatarSettings({ group }: { group: Group }) {
  const inputId = useId();
  const { upload, remove } = useGroupAvatar(group);
  const [localError, setLocalError] = useState<string | null>(null);
  const toast = useToast();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    upload.reset();
    if (!ACCEPTED.includes(file.type)) return setLocalError('Choose a PNG, JPEG or WebP picture.');
    if (file.size > MAX_BYTES) return setLocalError('This picture is larger than 5 MB. Choose a smaller one.');
    setLocalError(null);
    upload.mutate(file, { onSuccess: () => toast('Picture updated') });
  };

  return (
    <section className="form settings-form card" aria-labelledby="picture-title">
      <h2 id="picture-title" className="section-title">
        Picture
      </h2>
      <div className="avatar-editor">
        <Avatar name={group.name} src={group.avatarUrl} size="large" />
        <div className="form">
          <label htmlFor={inputId}>{group.avatarUrl ? 'Replace the picture' : 'Upload a picture'}</label>
          <input
            id={inputId}
            type="file"
            accept={ACCEPTED.join(',')}
            onChange={choose}
            disabled={upload.isPending}
            aria-describedby={`${inputId}-hint`}
          />
          <p id={`${inputId}-hint`} className="hint">
            PNG, JPEG or WebP, up to 5 MB. It is cropped to a square.
          </p>
        </div>
      </div>
      {upload.isPending && <p role="status">Uploading…</p>}
      {localError && (
        <p className="form-error" role="alert">
          {localError}
        </p>
      )}
      <FormError error={upload.error ?? remove.error} />
      {group.avatarUrl && (
        <div className="dialog-actions">
          <button
            type="button"
            className="button"
            disabled={remove.isPending}
            onClick={() => remove.mutate(undefined, { onSuccess: () => toast('Picture removed') })}
          >
            Remove picture
          </button>
        </div>
      )}
    </section>
  );
}
