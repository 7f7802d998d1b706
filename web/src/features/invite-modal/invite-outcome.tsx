import { Link } from 'react-router';
import { ApiError } from '../../api/client';

export type Outcome =
  | { kind: 'joined' | 'pending' | 'already-member'; groupSlug: string; groupName: string }
  | { kind: 'declined'; groupName: string; canAskAgainAt: string | null; onAskAgain?: () => void }
  | { kind: 'banned'; groupName: string }
  | { kind: 'email-mismatch'; invitedEmail: string; onSwitchAccount: () => void; switching: boolean }
  | { kind: 'error'; error: unknown };

/** What a dead link's error tells about its group, so the page can name them. */
export type DeadLinkDetails = {
  group: { name: string; avatarUrl: string | null; visibility: 'public' | 'private' };
  inviter: { name: string };
};

export function deadLinkDetails(error: unknown): DeadLinkDetails | null {
  const details = error instanceof ApiError ? error.facts : undefined;
  return details && typeof details.group === 'object' && details.group ? (details as DeadLinkDetails) : null;
}

const deadLinkTitles: Record<string, string> = {
  invite_expired: 'This invite link has expired',
  invite_revoked: 'This invite link was turned off',
  invite_exhausted: 'This invite link has been used up',
};

function formatDate(iso: string) {
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: 'long' });
}

/** The end of the invite journey: every case keeps the group's name and offers what a person would do next. */
export function InviteOutcome({ outcome, signedIn }: { outcome: Outcome; signedIn: boolean }) {
  const home = signedIn ? (
    <Link className="button" to="/">
      Go to my groups
    </Link>
  ) : null;

  if (outcome.kind === 'error') {
    const code = outcome.error instanceof ApiError ? outcome.error.code : 'unknown';
    const details = deadLinkDetails(outcome.error);
    if (details && code === 'invites_paused') {
      return (
        <div className="outcome outcome-error" role="alert">
          <h2>Invites to {details.group.name} are paused for now</h2>
          <p>The admins have paused new members for a while. Try this link again later; it will work once they resume.</p>
          {home}
        </div>
      );
    }
    if (details && deadLinkTitles[code]) {
      return (
        <div className="outcome outcome-error" role="alert">
          <h2>{deadLinkTitles[code]}</h2>
          <p>
            Ask {details.inviter.name} for a new link to {details.group.name}.
          </p>
          {home}
        </div>
      );
    }
    const message = outcome.error instanceof Error ? outcome.error.message : 'Something went wrong.';
    return (
      <div className="outcome outcome-error" role="alert">
        <h2>{code === 'invite_not_found' ? 'This invite link is not valid' : 'Something went wrong'}</h2>
        <p>{message}</p>
        {home}
      </div>
    );
  }

  if (outcome.kind === 'banned') {
    return (
      <div className="outcome outcome-error" role="status">
        <h2>You cannot join {outcome.groupName}</h2>
        <p>The admins of this group have banned you from it, so its invite links do not work for you.</p>
        {home}
      </div>
    );
  }

  if (outcome.kind === 'email-mismatch') {
    return (
      <div className="outcome" role="status">
        <h2>This invitation is for {outcome.invitedEmail}</h2>
        <p>You are logged in with another address. Log out, then sign up or log in as {outcome.invitedEmail}.</p>
        <div className="outcome-actions">
          <button type="button" className="button button-primary" disabled={outcome.switching} onClick={outcome.onSwitchAccount}>
            {outcome.switching ? 'Logging out…' : `Log out and continue as ${outcome.invitedEmail}`}
          </button>
          {home}
        </div>
      </div>
    );
  }

  if (outcome.kind === 'declined') {
    const askAgainAt = outcome.canAskAgainAt;
    const canAskNow = askAgainAt !== null && new Date(askAgainAt).getTime() <= Date.now();
    return (
      <div className="outcome outcome-declined" role="status">
        <h2>Your request was declined</h2>
        <p>
          The admins of {outcome.groupName} declined your request to join.{' '}
          {askAgainAt === null
            ? 'This group does not take new requests from you.'
            : canAskNow
              ? 'You may ask again now.'
              : `You can ask again from ${formatDate(askAgainAt)}.`}
        </p>
        <div className="outcome-actions">
          {canAskNow && outcome.onAskAgain && (
            <button type="button" className="button button-primary" onClick={outcome.onAskAgain}>
              Ask again
            </button>
          )}
          {home}
        </div>
      </div>
    );
  }

  const groupLink = `/groups/${outcome.groupSlug}`;
  const content = {
    joined: { title: `Welcome to ${outcome.groupName}!`, text: 'You are now a member.', action: 'Go to the group' },
    'already-member': {
      title: 'You are already a member',
      text: `You belong to ${outcome.groupName}.`,
      action: 'Open the group',
    },
    pending: {
      title: 'Request sent',
      text: `Your request to join ${outcome.groupName} is pending. An admin will review it; it is listed in My groups until then.`,
      action: null,
    },
  }[outcome.kind];
  return (
    <div className={`outcome outcome-${outcome.kind}`} role="status">
      <h2>{content.title}</h2>
      <p>{content.text}</p>
      {content.action ? (
        <Link className="button button-primary" to={groupLink}>
          {content.action}
        </Link>
      ) : (
        home
      )}
    </div>
  );
}
