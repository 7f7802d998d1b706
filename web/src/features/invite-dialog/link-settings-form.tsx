import { type FormEvent, useId, useState } from 'react';
import type { Group, InviteLink } from '../../api/client';
import { FormError } from '../../components/states';
import type { LinkSettings } from './use-invite-links';

const expiryChoices = [
  { value: 'never', label: 'Never' },
  { value: '3600000', label: 'In 1 hour' },
  { value: '86400000', label: 'In 1 day' },
  { value: '604800000', label: 'In 7 days' },
  { value: '2592000000', label: 'In 30 days' },
  { value: 'date', label: 'On a date…' },
] as const;

/** Label, expiry, maximum uses and approval: used for new links and for editing one. */
export function LinkSettingsForm({
  group,
  link,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  group: Group;
  link?: InviteLink;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (settings: LinkSettings) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [label, setLabel] = useState(link?.label ?? '');
  const [expiry, setExpiry] = useState<string>(link?.expiresAt ? 'date' : 'never');
  const [date, setDate] = useState(link?.expiresAt ? link.expiresAt.slice(0, 10) : '');
  const [limited, setLimited] = useState(link?.maxUses != null);
  const [maxUses, setMaxUses] = useState(String(link?.maxUses ?? 10));
  const [requiresApproval, setRequiresApproval] = useState(link?.requiresApproval ?? false);
  const isPrivate = group.visibility === 'private';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    let expiresAt: string | null = null;
    if (expiry === 'date' && date) expiresAt = new Date(`${date}T23:59:59`).toISOString();
    else if (expiry !== 'never' && expiry !== 'date') expiresAt = new Date(Date.now() + Number(expiry)).toISOString();
    onSubmit({
      label: label.trim(),
      expiresAt,
      maxUses: limited ? Number(maxUses) : null,
      // A private group's links always need approval; the server refuses to switch it off.
      ...(!isPrivate && { requiresApproval }),
      ...(isPrivate && !link && { requiresApproval: true }),
    });
  };

  return (
    <form className="form link-settings" onSubmit={submit}>
      <label htmlFor={`${id}-label`}>Label</label>
      <input
        id={`${id}-label`}
        maxLength={100}
        placeholder="e.g. Instagram bio, March webinar"
        value={label}
        onChange={(e) => setLabel(e.target.value)}
      />
      <div className="form-row">
        <div>
          <label htmlFor={`${id}-expiry`}>Expires</label>
          <select id={`${id}-expiry`} value={expiry} onChange={(e) => setExpiry(e.target.value)}>
            {expiryChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        {expiry === 'date' && (
          <div>
            <label htmlFor={`${id}-date`}>Expiry date</label>
            <input
              id={`${id}-date`}
              type="date"
              required
              min={new Date().toISOString().slice(0, 10)}
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          </div>
        )}
      </div>
      <div className="form-row">
        <label className="checkbox">
          <input type="checkbox" checked={limited} onChange={(e) => setLimited(e.target.checked)} />
          Limit the number of uses
        </label>
        {limited && (
          <div>
            <label htmlFor={`${id}-max`}>Maximum uses</label>
            <input
              id={`${id}-max`}
              type="number"
              min={1}
              max={100000}
              step={1}
              required
              value={maxUses}
              onChange={(e) => setMaxUses(e.target.value)}
            />
          </div>
        )}
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={isPrivate || requiresApproval}
          disabled={isPrivate}
          onChange={(e) => setRequiresApproval(e.target.checked)}
          aria-describedby={`${id}-approval-hint`}
        />
        Joins need approval
      </label>
      <p className="hint" id={`${id}-approval-hint`}>
        {isPrivate
          ? 'This group is private: an owner or admin always approves each request.'
          : 'People who use this link wait for an owner or admin to approve them.'}
      </p>
      <FormError error={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
