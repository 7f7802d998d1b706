import * as Dialog from '@radix-ui/react-dialog';
import * as Tabs from '@radix-ui/react-tabs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { AcceptResult, InvitePreview } from '../api/client';
import { Avatar } from '../components/avatar';
import { FormError, Loading } from '../components/states';
import { useDocumentTitle } from '../components/use-document-title';
import { LogInForm, SignUpForm } from '../features/auth/auth-forms';
import { useCurrentUser } from '../features/auth/use-session';
import { InviteOutcome, type Outcome } from '../features/invite-modal/invite-outcome';
import { useAcceptInvite, useInvitePreview, useRecordInviteVisit } from '../features/invite-modal/use-invite';
import { useReplaceServerInviteCard } from '../features/invite-modal/use-server-invite-card';

/** /invite/:code — the personalized modal over the group's page: who invited you, and one step to join. */
export function InvitePage() {
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const preview = useInvitePreview(code, user.isPending ? undefined : (user.data?.id ?? null));
  useRecordInviteVisit(code, preview.isSuccess);
  useReplaceServerInviteCard();
  useDocumentTitle(preview.data ? `${preview.data.inviter.name} invited you to join ${preview.data.group.name}` : 'Invitation');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const group = preview.data?.group;
  const shownOutcome: Outcome | null =
    outcome ??
    (preview.isError ? { kind: 'error', error: preview.error } : null) ??
    (preview.data?.viewerStatus === 'member'
      ? { kind: 'already-member', groupSlug: group!.slug, groupName: group!.name }
      : null) ??
    (preview.data?.viewerStatus === 'pending' ? { kind: 'pending', groupSlug: group!.slug, groupName: group!.name } : null) ??
    (preview.data?.viewerStatus === 'declined' ? { kind: 'declined', groupSlug: group!.slug, groupName: group!.name } : null);

  return (
    <div className="invite-backdrop">
      <div className="invite-hero" aria-hidden="true">
        {group && (
          <>
            <Avatar name={group.name} src={group.avatarUrl} size="large" />
            <h2>{group.name}</h2>
          </>
        )}
      </div>
      <Dialog.Root open onOpenChange={(open) => !open && navigate('/')}>
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
                {group && preview.data ? (
                  <InviteHeader invite={preview.data} />
                ) : (
                  <Dialog.Title className="dialog-title">Invitation</Dialog.Title>
                )}
                {shownOutcome ? (
                  <InviteOutcome outcome={shownOutcome} />
                ) : (
                  preview.data && <JoinStep code={code} invite={preview.data} signedIn={!!user.data} onOutcome={setOutcome} />
                )}
              </>
            )}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </div>
  );
}

function InviteHeader({ invite }: { invite: InvitePreview }) {
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
      {group.description && <p className="invite-description">{group.description}</p>}
      {invite.requiresApproval && <p className="notice">The admins will review your request before you can see the group.</p>}
      {invite.invitedEmail && <p className="hint">This invitation was sent to {invite.invitedEmail}.</p>}
    </div>
  );
}

function JoinStep({
  code,
  invite,
  signedIn,
  onOutcome,
}: {
  code: string;
  invite: InvitePreview;
  signedIn: boolean;
  onOutcome: (outcome: Outcome) => void;
}) {
  const accept = useAcceptInvite(code);
  const questions = invite.requiresApproval ? invite.group.membershipQuestions : [];
  const [answers, setAnswers] = useState<string[]>(questions.map(() => ''));
  const [missingAnswers, setMissingAnswers] = useState(false);
  const actionLabel = invite.requiresApproval ? 'Request to join' : 'Join group';

  const join = () => {
    if (answers.some((answer) => !answer.trim())) {
      setMissingAnswers(true);
      return;
    }
    accept.mutate(answers, {
      onSuccess: (result: AcceptResult) =>
        onOutcome({
          kind: result.alreadyMember ? 'already-member' : result.membership.status === 'active' ? 'joined' : 'pending',
          groupSlug: result.membership.groupSlug,
          groupName: invite.group.name,
        }),
      onError: (error) => {
        // A 400 here means the answers were refused; anything else ends the journey with its own message.
        if (!(error instanceof Error && 'status' in error && error.status === 400)) onOutcome({ kind: 'error', error });
      },
    });
  };

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
          {accept.isPending ? 'Joining…' : actionLabel}
        </button>
      </div>
    );
  }

  return (
    <div className="join-step">
      {questionFields}
      {accept.isPending && <Loading label="Joining…" />}
      <FormError error={accept.error} />
      <Tabs.Root defaultValue="signup">
        <Tabs.List className="tabs tabs-full" aria-label="Sign up or log in">
          <Tabs.Trigger className="tab" value="signup">
            Sign up
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="login">
            Log in
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="signup" className="tab-panel">
          <SignUpForm inviteCode={code} defaultEmail={invite.invitedEmail ?? ''} onDone={join} />
        </Tabs.Content>
        <Tabs.Content value="login" className="tab-panel">
          <LogInForm defaultEmail={invite.invitedEmail ?? ''} onDone={join} />
        </Tabs.Content>
      </Tabs.Root>
    </div>
  );
}
