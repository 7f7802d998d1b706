import { Link } from 'react-router';
import { ApiError } from '../../api/client';

export type Outcome =
  | { kind: 'joined' | 'pending' | 'already-member' | 'declined'; groupSlug: string; groupName: string }
  | { kind: 'error'; error: unknown };

const linkProblems: Record<string, string> = {
  invite_not_found: 'This invite link is not valid',
  invite_expired: 'This invite link has expired',
  invite_revoked: 'This invite link was turned off',
  invite_exhausted: 'This invite link has been used up',
  invites_paused: 'Invites are paused',
};

/** The end of the invite journey, with a clear next step for each case. */
export function InviteOutcome({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'error') {
    const code = outcome.error instanceof ApiError ? outcome.error.code : 'unknown';
    const message = outcome.error instanceof Error ? outcome.error.message : 'Something went wrong.';
    const title =
      linkProblems[code] ??
      (code === 'banned'
        ? 'You cannot join this group'
        : code === 'request_declined'
          ? 'Your request was declined'
          : 'Something went wrong');
    return (
      <div className="outcome outcome-error" role="alert">
        <h2>{title}</h2>
        <p>{code === 'banned' ? 'You cannot join this group.' : message}</p>
        <Link className="button" to="/">
          Go to my groups
        </Link>
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
      text: `Your request to join ${outcome.groupName} is pending. An admin will review it; come back to this link to see the answer.`,
      action: null,
    },
    declined: {
      title: 'Your request was declined',
      text: `The admins of ${outcome.groupName} declined your request to join.`,
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
        <Link className="button" to="/">
          Go to my groups
        </Link>
      )}
    </div>
  );
}
