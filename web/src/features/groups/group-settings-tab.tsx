import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { api, type Group } from '../../api/client';
import { FormError } from '../../components/states';
import { useToast } from '../../components/toast';
import { AvatarSettings } from './avatar-settings';
import { DangerZone } from './danger-zone';
import { useRefreshGroup, useUpdateGroup } from './use-groups';
import './groups.css';

/**
 * Settings, section by section, each saved on its own. Admins see what they may change (picture, description,
 * welcome message); owners see everything.
 */
export function GroupSettingsTab({ group }: { group: Group }) {
  const isOwner = group.role === 'owner';
  return (
    <div className="settings-stack">
      <AvatarSettings group={group} />
      <ProfileSettings group={group} />
      {isOwner && <AccessSettings group={group} />}
      {isOwner && <MembershipQuestions group={group} />}
      {isOwner && <DangerZone group={group} />}
    </div>
  );
}

/** One settings card: a form titled by its heading, saved on its own with its own error and Save button. */
function SettingsSection({
  id,
  title,
  onSubmit,
  error,
  saving,
  saveLabel,
  children,
}: {
  id: string;
  title: string;
  onSubmit: () => void;
  error: unknown;
  saving: boolean;
  saveLabel: string;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form settings-form card" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {title}
      </h2>
      {children}
      <FormError error={error} />
      <div className="dialog-actions">
        <button className="button button-primary" type="submit" disabled={saving}>
          {saving ? 'Saving…' : saveLabel}
        </button>
      </div>
    </form>
  );
}

function ProfileSettings({ group }: { group: Group }) {
  const isOwner = group.role === 'owner';
  const [name, setName] = useState(group.name);
  const [description, setDescription] = useState(group.description);
  const [welcomeMessage, setWelcomeMessage] = useState(group.welcomeMessage);
  const update = useUpdateGroup(group);
  const toast = useToast();
  const submit = () =>
    update.mutate({ ...(isOwner && { name }), description, welcomeMessage }, { onSuccess: () => toast('Group details saved') });
  return (
    <SettingsSection
      id="profile"
      title="Name and description"
      onSubmit={submit}
      error={update.error}
      saving={update.isPending}
      saveLabel="Save details"
    >
      {isOwner && (
        <>
          <label htmlFor="group-name">Name</label>
          <input id="group-name" required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
        </>
      )}
      <label htmlFor="group-description">Description</label>
      <textarea
        id="group-description"
        rows={5}
        maxLength={2000}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        aria-describedby="group-description-hint"
      />
      <p id="group-description-hint" className="hint">
        Shown on the group’s page and in invitations. Line breaks are kept.
      </p>
      <label htmlFor="group-welcome">Welcome message</label>
      <textarea
        id="group-welcome"
        rows={4}
        maxLength={2000}
        value={welcomeMessage}
        onChange={(e) => setWelcomeMessage(e.target.value)}
        aria-describedby="group-welcome-hint"
      />
      <p id="group-welcome-hint" className="hint">
        New members see it first on the group’s home: say hello, and what to do first.
      </p>
    </SettingsSection>
  );
}

/** Visibility, what a private group's previews show, and when a declined requester may ask again. */
function AccessSettings({ group }: { group: Group }) {
  const [visibility, setVisibility] = useState(group.visibility);
  const [pendingRequests, setPendingRequests] = useState<'approve' | 'keep'>('keep');
  const [showsCount, setShowsCount] = useState(group.previewShowsMemberCount);
  const [showsDescription, setShowsDescription] = useState(group.previewShowsDescription);
  const [askAgain, setAskAgain] = useState(group.requestAgainAfterDays !== null);
  const [days, setDays] = useState(String(group.requestAgainAfterDays ?? 30));
  const update = useUpdateGroup(group);
  const toast = useToast();
  const turningPublic = group.visibility === 'private' && visibility === 'public';
  const dayCount = Number(days);
  const daysValid = !askAgain || (Number.isInteger(dayCount) && dayCount >= 1 && dayCount <= 365);

  const submit = () => {
    if (!daysValid) return;
    update.mutate(
      {
        visibility,
        ...(turningPublic && { pendingRequests }),
        previewShowsMemberCount: showsCount,
        previewShowsDescription: showsDescription,
        requestAgainAfterDays: askAgain ? dayCount : null,
      },
      { onSuccess: () => toast('Access settings saved') },
    );
  };

  return (
    <SettingsSection
      id="access"
      title="Who can join"
      onSubmit={submit}
      error={update.error}
      saving={update.isPending}
      saveLabel="Save access settings"
    >
      <fieldset className="questions">
        <legend>Visibility</legend>
        <label className="choice">
          <input type="radio" name="visibility" checked={visibility === 'public'} onChange={() => setVisibility('public')} />
          <span>Public — anyone can see the group’s page and join, with or without a link</span>
        </label>
        <label className="choice">
          <input type="radio" name="visibility" checked={visibility === 'private'} onChange={() => setVisibility('private')} />
          <span>Private — only members see it; people with a link ask to join and an admin approves</span>
        </label>
      </fieldset>
      {turningPublic && (
        <fieldset className="questions">
          <legend>People waiting for approval</legend>
          <p className="hint">When the group becomes public, what should happen to requests that are still pending?</p>
          <label className="choice">
            <input
              type="radio"
              name="pending-requests"
              checked={pendingRequests === 'approve'}
              onChange={() => setPendingRequests('approve')}
            />
            <span>Approve them all</span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name="pending-requests"
              checked={pendingRequests === 'keep'}
              onChange={() => setPendingRequests('keep')}
            />
            <span>Keep them for review</span>
          </label>
        </fieldset>
      )}
      {visibility === 'private' && (
        <fieldset className="questions">
          <legend>What invitations show before someone joins</legend>
          <label className="choice">
            <input type="checkbox" checked={showsCount} onChange={(e) => setShowsCount(e.target.checked)} />
            <span>Member count</span>
          </label>
          <label className="choice">
            <input type="checkbox" checked={showsDescription} onChange={(e) => setShowsDescription(e.target.checked)} />
            <span>Description</span>
          </label>
        </fieldset>
      )}
      <fieldset className="questions">
        <legend>After a request is declined</legend>
        <label className="choice">
          <input type="radio" name="ask-again" checked={askAgain} onChange={() => setAskAgain(true)} />
          <span>The person may ask again after a while</span>
        </label>
        {askAgain && (
          <div className="inline-fields">
            <div>
              <label htmlFor="ask-again-days">Days to wait</label>
              <input
                id="ask-again-days"
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                value={days}
                aria-invalid={!daysValid}
                aria-describedby={daysValid ? undefined : 'ask-again-days-error'}
                onChange={(e) => setDays(e.target.value)}
              />
            </div>
          </div>
        )}
        {!daysValid && (
          <p id="ask-again-days-error" className="form-error" role="alert">
            Use a whole number of days from 1 to 365.
          </p>
        )}
        <label className="choice">
          <input type="radio" name="ask-again" checked={!askAgain} onChange={() => setAskAgain(false)} />
          <span>Never</span>
        </label>
      </fieldset>
    </SettingsSection>
  );
}

/** Owners set up to three membership questions that requesters answer in the invite modal. */
const questionSlots = ['first', 'second', 'third'] as const;

function MembershipQuestions({ group }: { group: Group }) {
  const [questions, setQuestions] = useState<string[]>([...group.membershipQuestions, '', '', ''].slice(0, 3));
  const toast = useToast();
  const refresh = useRefreshGroup(group);
  const save = useMutation({
    mutationFn: () =>
      api.patch(`/api/groups/${group.id}`, { membershipQuestions: questions.map((q) => q.trim()).filter(Boolean) }),
    onSuccess: () => {
      toast('Questions saved');
      void refresh();
    },
  });
  return (
    <SettingsSection
      id="questions"
      title="Membership questions"
      onSubmit={() => save.mutate()}
      error={save.error}
      saving={save.isPending}
      saveLabel="Save questions"
    >
      <p className="hint">
        People who request to join {group.visibility === 'private' ? 'this group' : 'through a link that needs approval'} answer
        these before their request is sent. Up to three; leave a field empty to drop it.
      </p>
      {questionSlots.map((slot, index) => (
        <div key={slot}>
          <label htmlFor={`question-${index}`}>Question {index + 1}</label>
          <input
            id={`question-${index}`}
            maxLength={300}
            value={questions[index]}
            onChange={(e) => setQuestions(questions.map((q, i) => (i === index ? e.target.value : q)))}
          />
        </div>
      ))}
    </SettingsSection>
  );
}
