import { useMutation } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { ApiError, api, type Group, type SendEmailInvitesResult } from '../../api/client';
import { Link } from 'react-router';
import { FormError } from '../../components/states';
import { useRefreshGroup } from '../groups/use-groups';
import { addressesFromCsv } from './address-file';

const CHUNK = 100;
/** The chunks' answers added up; `delivery` is known once the first chunk has answered. */
type SentSoFar = Omit<SendEmailInvitesResult, 'delivery'> & Partial<Pick<SendEmailInvitesResult, 'delivery'>>;
const skipReasons = {
  already_member: 'already a member',
  already_invited: 'already invited',
  repeated_in_list: 'listed twice',
} as const;

/** The Invite dialog's Email tab: paste or upload addresses, add a note, preview, send with progress. */
export function EmailTab({ group, inviterName }: { group: Group; inviterName: string }) {
  const id = useId();
  const [addresses, setAddresses] = useState('');
  const [message, setMessage] = useState('');
  const [expiresInDays, setExpiresInDays] = useState(14);
  const [preApprove, setPreApprove] = useState(false);
  const [showPreview, setShowPreview] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<SentSoFar | null>(null);
  const refresh = useRefreshGroup(group);
  const entries = addresses.split(/[\s,;]+/).filter(Boolean);

  const send = useMutation({
    mutationFn: async () => {
      const total = entries.length;
      const combined: SentSoFar = { sent: [], skipped: [], invalid: [] };
      // Large lists go in chunks so the admin sees progress and one bad chunk does not lose the rest.
      for (let start = 0; start < total; start += CHUNK) {
        setProgress({ done: start, total });
        const chunk = await api.post<SendEmailInvitesResult>(`/api/groups/${group.id}/email-invites`, {
          emails: entries.slice(start, start + CHUNK),
          message: message.trim() || undefined,
          expiresInDays,
          preApprove: group.visibility === 'private' ? preApprove : undefined,
        });
        combined.sent.push(...chunk.sent);
        combined.skipped.push(...chunk.skipped);
        combined.invalid.push(...chunk.invalid);
        combined.delivery = chunk.delivery;
      }
      setProgress({ done: total, total });
      return combined;
    },
    onSuccess: (combined) => {
      setResult(combined);
      // What was sent or skipped leaves the box; addresses that need fixing stay in it, to correct and send again.
      setAddresses(combined.invalid.map((entry) => entry.input).join('\n'));
      void refresh();
    },
  });

  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const found = addressesFromCsv(await file.text());
    setAddresses((current) => [current.trim(), ...found].filter(Boolean).join('\n'));
    event.target.value = '';
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    send.mutate();
  };

  return (
    <form className="form" onSubmit={submit}>
      <label htmlFor={`${id}-addresses`}>Email addresses</label>
      <textarea
        id={`${id}-addresses`}
        rows={4}
        placeholder="ada@example.com, grace@example.com — or one per line"
        value={addresses}
        onChange={(e) => setAddresses(e.target.value)}
        aria-describedby={`${id}-addresses-hint`}
      />
      <p className="hint" id={`${id}-addresses-hint`}>
        {entries.length > 0 ? `${entries.length} ${entries.length === 1 ? 'address' : 'addresses'}` : 'Up to 1,000 at a time.'}{' '}
        <label className="file-label">
          Upload a CSV
          <input type="file" accept=".csv,text/csv,text/plain" onChange={loadFile} className="visually-hidden" />
        </label>{' '}
        (a column named <code>email</code>).
      </p>
      <label htmlFor={`${id}-message`}>Personal message (optional)</label>
      <textarea id={`${id}-message`} rows={2} maxLength={1000} value={message} onChange={(e) => setMessage(e.target.value)} />
      <div className="form-row">
        <div>
          <label htmlFor={`${id}-expiry`}>Invitation expires after</label>
          <select id={`${id}-expiry`} value={expiresInDays} onChange={(e) => setExpiresInDays(Number(e.target.value))}>
            {[3, 7, 14, 30].map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
        </div>
        {group.visibility === 'private' && (
          <label className="checkbox">
            <input type="checkbox" checked={preApprove} onChange={(e) => setPreApprove(e.target.checked)} />
            Pre-approve: they join without a request
          </label>
        )}
      </div>
      <button
        type="button"
        className="button button-small preview-toggle"
        onClick={() => setShowPreview(!showPreview)}
        aria-expanded={showPreview}
      >
        {showPreview ? 'Hide preview' : 'Preview the email'}
      </button>
      {showPreview && (
        <section className="email-preview" aria-label="Email preview">
          <p>
            <strong>Subject:</strong> {inviterName} invited you to join {group.name} on Hearth
          </p>
          <p>
            {inviterName} invited you to join <strong>{group.name}</strong> on Hearth.
          </p>
          {message.trim() && <blockquote>{message.trim()}</blockquote>}
          <p>
            <span className="button button-primary button-small">Accept the invitation</span>
          </p>
          <p className="hint">The link is personal to each address and works for {expiresInDays} days.</p>
        </section>
      )}
      {progress && send.isPending && (
        <div className="progress" role="status">
          <progress max={progress.total} value={progress.done} /> Sending… {progress.done} of {progress.total}
        </div>
      )}
      <FormError error={send.error instanceof ApiError || send.error instanceof Error ? send.error : null} />
      {result && <SendResult result={result} />}
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" disabled={send.isPending || entries.length === 0}>
          {send.isPending ? 'Sending…' : 'Send invitations'}
        </button>
      </div>
    </form>
  );
}

function SendResult({ result }: { result: SentSoFar }) {
  return (
    <div className="send-result" role="status">
      <p>
        <strong>
          {result.sent.length} {result.sent.length === 1 ? 'invitation' : 'invitations'} sent.
        </strong>
      </p>
      {result.delivery === 'dev_mailbox' && result.sent.length > 0 && (
        <p>
          {result.sent.length === 1 ? 'It was' : 'They were'} kept in the <Link to="/dev/mailbox">Dev mailbox</Link>, because no
          mail server is configured (SMTP_URL).
        </p>
      )}
      {result.skipped.length > 0 && (
        <>
          <p>Not sent again:</p>
          <ul>
            {result.skipped.map((entry) => (
              <li key={`${entry.email}-${entry.reason}`}>
                {entry.email} — {skipReasons[entry.reason]}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.invalid.length > 0 && (
        <>
          <p>Check these (they are still in the box above, to correct and send again):</p>
          <ul>
            {result.invalid.map((entry) => (
              <li key={entry.input}>
                {entry.input} — {entry.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
