import * as Dialog from '@radix-ui/react-dialog';
import * as Tabs from '@radix-ui/react-tabs';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { type AcceptResult, ApiError, type InvitePreview } from '../api/client';
import { Avatar } from '../components/avatar';
import { FormError, Loading } from '../components/states';
import { useDocumentTitle } from '../components/use-document-title';
import { LogInForm, SignUpForm } from '../features/auth/auth-forms';
import { useContinueJoin } from '../features/auth/use-continue-join';
import { useCurrentUser, useLogOut } from '../features/auth/use-session';
import { WrittenText } from '../features/groups/group-hero';
import { InviteBackdrop } from '../features/invite-modal/invite-backdrop';
import { deadLinkDetails, InviteOutcome, type Outcome } from '../features/invite-modal/invite-outcome';
import { RetryCountdown } from '../features/invite-modal/retry-countdown';
import { useAcceptInvite, useInvitePreview, useRecordInviteVisit } from '../features/invite-modal/use-invite';
import { useReplaceServerInviteCard } from '../features/invite-modal/use-server-invite-card';

// Loaded when the visitor opens the "Sign-in link" tab: most invitees sign up or log in, and the invite page
// must stay within its JavaScript budget (decision record 115).
const MagicLinkForm = lazy(() =>
  import('../features/auth/magic-link-form').then((module) => ({ default: module.MagicLinkForm })),
);

/** Errors that end the journey with their own outcome; anything else (network, server) offers Retry instead. */
const FINAL_ERRORS = new Set([
  'banned',
  'request_declined',
  'invite_email_mismatch',
  'invite_not_found',
  'invite_expired',
  'invite_revoked',
  'invite_exhausted',
  'invites_paused',
]);

/** /invite/:code — the personalized modal over the group's page: who invited you, and one step to join. */
export function InvitePage() {
  const { code = '' } = useParams();
  const user = useCurrentUser();
  const logOut = useLogOut();
  const preview = useInvitePreview(code, user.isPending ? undefined : (user.data?.id ?? null));
  useRecordInviteVisit(code, preview.isSuccess);
  useReplaceServerInviteCard();
  useDocumentTitle(preview.data ? `${preview.data.inviter.name} invited you to join ${preview.data.group.name}` : 'Invitation');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [askingAgain, setAskingAgain] = useState(false);
  // Escape or a click outside closes the modal onto the group's page (never another page); it can be reopened.
  const [open, setOpen] = useState(true);

  // Once joined, the card and the page behind it count the new member: the preview, read again after signing
  // up, comes from a server cache that may be a few seconds behind the join.
  const joinedCount = outcome?.kind === 'joined' ? outcome.memberCount : null;
  const invite =
    preview.data && joinedCount !== null
      ? { ...preview.data, group: { ...preview.data.group, memberCount: joinedCount } }
      : preview.data;
  const group = invite?.group;
  const deadLink = preview.isError ? deadLinkDetails(preview.error) : null;
  const backdropGroup = group ?? deadLink?.group;
  useEffect(() => {
    document.title = backdropGroup ? `Invitation to ${backdropGroup.name} · Hearth` : 'Invitation · Hearth';
  }, [backdropGroup]);

  const wrongAccount =
    invite?.invitedEmail && user.data && user.data.email.toLowerCase() !== invite.invitedEmail.toLowerCase()
      ? invite.invitedEmail
      : null;
  const viewerOutcome = (): Outcome | null => {
    if (!invite || !group) return null;
    if (invite.viewerStatus === 'member') return { kind: 'already-member', groupSlug: group.slug, groupName: group.name };
    if (invite.viewerStatus === 'pending') return { kind: 'pending', groupSlug: group.slug, groupName: group.name };
    if (invite.viewerStatus === 'banned') return { kind: 'banned', groupName: group.name };
    if (invite.viewerStatus === 'declined' && !askingAgain) {
      return {
        kind: 'declined',
        groupName: group.name,
        canAskAgainAt: invite.canAskAgainAt,
        onAskAgain: () => setAskingAgain(true),
      };
    }
    if (wrongAccount) {
      return {
        kind: 'email-mismatch',
        invitedEmail: wrongAccount,
        switching: logOut.isPending,
        onSwitchAccount: () => logOut.mutate(),
      };
    }
    return null;
  };
  // Told to wait (many visitors behind one address): count down and retry by ourselves.
  const waitSeconds =
    preview.error instanceof ApiError && preview.error.code === 'rate_limited' ? (preview.error.retryAfterSeconds ?? 5) : null;
  // A member holding a link that no longer works is told they belong, not to ask for a new link; a banned person
  // that they cannot join.
  const deadLinkOutcome = (): Outcome | null => {
    if (!preview.isError || waitSeconds !== null) return null;
    if (deadLink?.viewerStatus === 'member' && deadLink.group.slug) {
      return { kind: 'already-member', groupSlug: deadLink.group.slug, groupName: deadLink.group.name };
    }
    if (deadLink?.viewerStatus === 'banned') return { kind: 'banned', groupName: deadLink.group.name };
    return { kind: 'error', error: preview.error };
  };
  const shownOutcome: Outcome | null = outcome ?? deadLinkOutcome() ?? viewerOutcome();
  const retryablePreviewError =
    preview.isError && waitSeconds === null && !(preview.error instanceof ApiError && FINAL_ERRORS.has(preview.error.code));

  return (
    <>
      <InviteBackdrop group={backdropGroup} modalOpen={open} onReopen={() => setOpen(true)} />
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content className="dialog invite-modal" aria-describedby={undefined}>
            {preview.isPending || user.isPending ? (
              <>
                <Dialog.Title className="visually-hidden">Loading the invitation</Dialog.Title>
                <Loading label="Opening your invitation…" />
              </>
            ) : (
              <>
                {group && invite ? (
                  <InviteHeader invite={invite} showApprovalNotice={!shownOutcome} />
                ) : deadLink ? (
                  <div className="invite-header">
                    <Avatar name={deadLink.group.name} src={deadLink.group.avatarUrl} size="large" />
                    <Dialog.Title className="dialog-title">{deadLink.group.name}</Dialog.Title>
                  </div>
                ) : (
                  <Dialog.Title className="dialog-title">Invitation</Dialog.Title>
                )}
                {waitSeconds !== null && !preview.data ? (
                  <RetryCountdown key={preview.errorUpdatedAt} seconds={waitSeconds} onRetry={() => void preview.refetch()} />
                ) : retryablePreviewError ? (
                  <div className="outcome outcome-error" role="alert">
                    <h2>Could not open the invitation</h2>
                    <p>{preview.error.message}</p>
                    <button type="button" className="button button-primary" onClick={() => void preview.refetch()}>
                      Retry
                    </button>
                  </div>
                ) : shownOutcome ? (
                  <InviteOutcome outcome={shownOutcome} signedIn={!!user.data} invitePath={`/invite/${code}`} />
                ) : (
                  invite && (
                    <JoinStep
                      code={code}
                      invite={invite}
                      signedIn={!!user.data}
                      onOutcome={setOutcome}
                      actionLabelOverride={askingAgain ? 'Ask again' : undefined}
                    />
                  )
                )}
              </>
            )}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}

function InviteHeader({ invite, showApprovalNotice }: { invite: InvitePreview; showApprovalNotice: boolean }) {
  const { group } = invite;
  return (
    <div className="invite-header">
      <Avatar name={group.name} src={group.avatarUrl} size="large" />
      <p className="invite-inviter">
        <strong>{invite.inviter.name}</strong> invited you to join
      </p>
      <Dialog.Title className="dialog-title">{group.name}</Dialog.Title>
      <p className="muted">
        {group.memberCount !== null && `${group.memberCount} ${group.memberCount === 1 ? 'member' : 'members'} · `}
        {group.visibility === 'private' ? 'Private group' : 'Public group'}
      </p>
      {group.description && <WrittenText className="invite-description" text={group.description} />}
      {invite.requiresApproval && showApprovalNotice && (
        <p className="notice">The admins will review your request before you can see the group.</p>
      )}
      {invite.invitedEmail && <p className="hint">This invitation was sent to {invite.invitedEmail}.</p>}
    </div>
  );
}

function JoinStep({
  code,
  invite,
  signedIn,
  onOutcome,
  actionLabelOverride,
}: {
  code: string;
  invite: InvitePreview;
  signedIn: boolean;
  onOutcome: (outcome: Outcome) => void;
  actionLabelOverride?: string;
}) {
  const accept = useAcceptInvite(code);
  const questions = invite.requiresApproval ? invite.group.membershipQuestions : [];
  const [answers, setAnswers] = useState<string[]>(questions.map(() => ''));
  const [missingAnswers, setMissingAnswers] = useState(false);
  const actionLabel = actionLabelOverride ?? (invite.requiresApproval ? 'Request to join' : 'Join group');

  const join = () => {
    if (answers.some((answer) => !answer.trim())) {
      setMissingAnswers(true);
      return;
    }
    accept.mutate(answers, {
      onSuccess: (result: AcceptResult) => {
        const { groupSlug } = result.membership;
        const groupName = invite.group.name;
        if (result.alreadyMember) onOutcome({ kind: 'already-member', groupSlug, groupName });
        else if (result.membership.status === 'pending') onOutcome({ kind: 'pending', groupSlug, groupName });
        else {
          const before = invite.group.memberCount;
          onOutcome({ kind: 'joined', groupSlug, groupName, memberCount: before === null ? null : before + 1 });
        }
      },
      onError: (error) => {
        // Final answers (banned, declined, a dead link) end the journey with their own outcome. A refused answer,
        // a network or server error stays here, with everything typed, and the button retries.
        if (!(error instanceof ApiError) || !FINAL_ERRORS.has(error.code)) return;
        if (error.code === 'banned') onOutcome({ kind: 'banned', groupName: invite.group.name });
        else if (error.code === 'request_declined') {
          onOutcome({
            kind: 'declined',
            groupName: invite.group.name,
            canAskAgainAt: (error.facts?.canAskAgainAt as string | null | undefined) ?? null,
          });
        } else if (error.code !== 'invite_email_mismatch') onOutcome({ kind: 'error', error });
        // On a mismatch the page itself offers "Log out and continue as …" once it knows who is signed in.
      },
    });
  };

  useContinueJoin(signedIn && questions.length === 0, join);
  // One typed email for Sign up, Log in and Continue with email: switching tabs keeps it.
  const [email, setEmail] = useState(invite.invitedEmail ?? '');

  const questionFields = questions.length > 0 && (
    <fieldset className="questions">
      <legend>Please answer before your request is sent</legend>
      {questions.map((question, index) => (
        <div key={question}>
          <label htmlFor={`answer-${index}`}>{question}</label>
          <textarea
            id={`answer-${index}`}
            rows={2}
            maxLength={1000}
            required
            value={answers[index]}
            onChange={(e) => setAnswers(answers.map((answer, i) => (i === index ? e.target.value : answer)))}
          />
        </div>
      ))}
      {missingAnswers && answers.some((answer) => !answer.trim()) && (
        <p className="form-error" role="alert">
          Answer every question to send your request.
        </p>
      )}
    </fieldset>
  );

  if (signedIn) {
    return (
      <div className="join-step">
        {questionFields}
        <FormError error={accept.error} />
        <button type="button" className="button button-primary button-block" onClick={join} disabled={accept.isPending}>
          {accept.isPending ? 'Joining…' : accept.isError && isRetryable(accept.error) ? 'Retry' : actionLabel}
        </button>
      </div>
    );
  }

  return (
    <div className="join-step">
      {questionFields}
      {accept.isPending && <Loading label="Joining…" />}
      <FormError error={accept.error} />
      {accept.isError && isRetryable(accept.error) && (
        <button type="button" className="button button-primary button-block" onClick={join}>
          Retry
        </button>
      )}
      <Tabs.Root defaultValue="signup">
        <Tabs.List className="tabs tabs-full" aria-label="Sign up, log in, or get a sign-in link">
          <Tabs.Trigger className="tab" value="signup">
            Sign up
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="login">
            Log in
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="email">
            Sign-in link
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="signup" className="tab-panel">
          <SignUpForm inviteCode={code} email={email} onEmailChange={setEmail} onDone={join} />
        </Tabs.Content>
        <Tabs.Content value="login" className="tab-panel">
          <LogInForm email={email} onEmailChange={setEmail} onDone={join} />
        </Tabs.Content>
        <Tabs.Content value="email" className="tab-panel">
          <Suspense fallback={<Loading label="Loading…" />}>
            <MagicLinkForm next={`/invite/${code}`} email={email} onEmailChange={setEmail} />
          </Suspense>
        </Tabs.Content>
      </Tabs.Root>
    </div>
  );
}

/** A network or server failure: trying again may work, and nothing typed is lost. */
function isRetryable(error: unknown) {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500 || error.status === 429;
}
