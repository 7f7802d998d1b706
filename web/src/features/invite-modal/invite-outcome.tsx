import { Link } from 'react-router';
import { ApiError } from '../../api/client';

export type Outcome =
  | { kind: 'pending' | 'already-member'; groupSlug: string; groupName: string }
  /** `memberCount`: the group's, the new member included (null when the group does not show it). */
  | { kind: 'joined'; groupSlug: string; groupName: string; memberCount: number | null }
  | { kind: 'declined'; groupName: string; canAskAgainAt: string | null; onAskAgain?: () => void }
  | { kind: 'banned'; groupName: string }
  | { kind: 'email-mismatch'; invitedEmail: string; onSwitchAccount: () => void; switching: boolean }
  | { kind: 'error'; error: unknown };

/** What a dead link's error tells about its group, so the page can name them. */
export type DeadLinkDetails = {
  /** `slug`: where the group is, for a public group (anyone may join there) or a member; otherwise null. */
  group: { name: string; avatarUrl: string | null; visibility: 'public' | 'private'; slug?: string | null };
  inviter: { name: string };
  /** A signed-in viewer's standing when it changes what they can do: already a member, or banned. */
  viewerStatus?: 'member' | 'banned' | null;
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

/**
 * The end of the invite journey: every case keeps the group's name and offers what a person would do next.
 * `invitePath` is this invitation's own path, where a visitor who logs in from here comes back to.
 */
export function InviteOutcome({ outcome, signedIn, invitePath }: { outcome: Outcome; signedIn: boolean; invitePath: string }) {
  // Signed out, "Log in" comes back to a link that names a group (a member then learns they belong); from a code
  // that names nothing it goes where logging in always goes.
  const home = (backToLink: boolean) =>
    signedIn ? (
      <Link className="button" to="/">
        Go to my groups
      </Link>
    ) : (
      <Link className="button" to={backToLink ? `/login?next=${encodeURIComponent(invitePath)}` : '/login'}>
        Log in
      </Link>
    );

  if (outcome.kind === 'error') {
    const code = outcome.error instanceof ApiError ? outcome.error.code : 'unknown';
    const details = deadLinkDetails(outcome.error);
    if (details && code === 'invites_paused') {
      return (
        <div className="outcome outcome-error" role="alert">
          <h2>Invites to {details.group.name} are paused for now</h2>
          <p>The admins have paused new members for a while. Try this link again later; it will work once they resume.</p>
          {home(true)}
        </div>
      );
    }
    if (details && deadLinkTitles[code]) {
      const publicPage = details.group.visibility === 'public' && details.group.slug ? `/groups/${details.group.slug}` : null;
      return (
        <div className="outcome outcome-error" role="alert">
          <h2>{deadLinkTitles[code]}</h2>
          <p>
            {publicPage
              ? `${details.group.name} is public: anyone can join it from its page, no link needed.`
              : `Ask ${details.inviter.name} for a new link to ${details.group.name}.`}
          </p>
          <div className="outcome-actions">
            {publicPage && (
              <Link className="button button-primary" to={publicPage}>
                See {details.group.name}
              </Link>
            )}
            {home(true)}
          </div>
        </div>
      );
    }
    if (code === 'invite_not_found') {
      return (
        <div className="outcome outcome-error" role="alert">
          <h2>This invite link is not valid</h2>
          <p>Check that you copied all of it, or ask the person who shared it for a new link.</p>
          {home(false)}
        </div>
      );
    }
    const message = outcome.error instanceof Error ? outcome.error.message : 'Something went wrong.';
    return (
      <div className="outcome outcome-error" role="alert">
        <h2>Something went wrong</h2>
        <p>{message}</p>
        {home(false)}
      </div>
    );
  }

  if (outcome.kind === 'banned') {
    return (
      <div className="outcome outcome-error" role="status">
        <h2>You cannot join {outcome.groupName}</h2>
        <p>The admins of this group have banned you from it, so its invite links do not work for you.</p>
        {home(false)}
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
          {home(false)}
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
          {home(false)}
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
        home(false)
      )}
    </div>
  );
}
