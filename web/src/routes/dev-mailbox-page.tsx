import { useState } from 'react';
import { Navigate } from 'react-router';
import { ApiError } from '../api/client';
import { EmptyState, ErrorState, Loading } from '../components/states';
import { useCurrentUser } from '../features/auth/use-session';
import { useDevMailbox } from '../features/dev-mailbox/use-dev-mailbox';
import { useDocumentTitle } from '../components/use-document-title';

/** Mail that stays in the outbox when no SMTP_URL is set, for owners to read (and click) on a dev machine. */
export function DevMailboxPage() {
  useDocumentTitle('Dev mailbox');
  const [openId, setOpenId] = useState<string | null>(null);
  const user = useCurrentUser();
  const mailbox = useDevMailbox({ refetchIntervalMs: 3000 });
  if (!user.isPending && !user.data) return <Navigate to="/login?next=%2Fdev%2Fmailbox" replace />;
  return (
    <section>
      <div className="page-header">
        <h1>Dev mailbox</h1>
      </div>
      <p className="muted">No SMTP server is configured (SMTP_URL), so Hearth keeps its mail here instead of sending it.</p>
      {mailbox.isPending && <Loading label="Loading mail…" />}
      {mailbox.isError && (
        <ErrorState
          title="The Dev mailbox is not available"
          message={mailbox.error.message}
          // Not there (SMTP is set) or not yours is final; anything else may pass.
          onRetry={
            mailbox.error instanceof ApiError && [403, 404].includes(mailbox.error.status)
              ? undefined
              : () => void mailbox.refetch()
          }
        />
      )}
      {mailbox.data?.length === 0 && <EmptyState title="No mail yet" />}
      <ul className="link-list" aria-label="Messages">
        {mailbox.data?.map((message) => (
          <li key={message.id} className="link-row card" aria-label={`Mail to ${message.to}: ${message.subject}`}>
            <div className="link-row-head">
              <strong>{message.subject}</strong>
              <span className="muted">{new Date(message.createdAt).toLocaleString()}</span>
            </div>
            <p className="muted">To {message.to}</p>
            <button
              type="button"
              className="button button-small"
              onClick={() => setOpenId(openId === message.id ? null : message.id)}
            >
              {openId === message.id ? 'Hide' : 'Read'}
            </button>
            {openId === message.id && (
              <>
                <pre className="mail-text">{message.text}</pre>
                {/* Only the links Hearth wrote into the mail; a URL in an inviter's message stays plain text. */}
                <ul className="share-targets" aria-label="Links in this message">
                  {message.links.map((link) => (
                    <li key={link.url}>
                      <a href={link.url}>{mailboxLinkLabel(link.url, link.label)}</a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The names the e2e journeys and people know these links by. */
function mailboxLinkLabel(url: string, label: string): string {
  const path = new URL(url, window.location.origin).pathname;
  if (path.startsWith('/invite/')) return 'Open the invitation';
  if (path === '/reset-password') return 'Open the reset link';
  return label;
}
