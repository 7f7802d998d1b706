import { useState } from 'react';
import { Navigate } from 'react-router';
import { ErrorState, Loading } from '../components/states';
import { useToast } from '../components/toast';
import { useCurrentUser } from '../features/auth/use-session';
import {
  type NotificationSettings,
  useNotificationSettings,
  useUpdateNotificationSettings,
} from '../features/notifications/use-notification-settings';
import '../features/notifications/notifications.css';

const joinRequestChoices = [
  { value: 'every', label: 'Every request', hint: 'The first one at once; more in the next 10 minutes come as one follow-up.' },
  { value: 'daily', label: 'A daily digest', hint: 'One email a day with the number of new requests.' },
  { value: 'none', label: 'None', hint: 'Check the Join requests tab yourself.' },
] as const;

/** Which emails Hearth sends you; every notification email links here. Changes save as soon as they are made. */
export function NotificationSettingsPage() {
  const user = useCurrentUser();
  const settings = useNotificationSettings({ enabled: !!user.data });
  const update = useUpdateNotificationSettings();
  const toast = useToast();
  // What was just chosen shows in the same event as the click: the query cache tells its observers a moment
  // later, and a controlled box would flick back (and a quick second click act on the old value) meanwhile.
  const [chosen, setChosen] = useState<Partial<NotificationSettings>>({});
  const shown = settings.data && { ...settings.data, ...chosen };
  if (!user.isPending && !user.data) return <Navigate to="/login?next=%2Fsettings%2Fnotifications" replace />;
  const save = (changes: Partial<NotificationSettings>) => {
    setChosen((current) => ({ ...current, ...changes }));
    update.save(changes, {
      onSuccess: () => toast('Notification settings saved'),
      onError: (error) => toast(error.message, 'error'),
      onSettled: () =>
        setChosen((current) => {
          const next = { ...current } as Record<string, unknown>;
          for (const [name, value] of Object.entries(changes)) if (next[name] === value) delete next[name];
          return next as Partial<NotificationSettings>;
        }),
    });
  };

  return (
    <section className="notification-settings">
      <div className="page-header">
        <h1>Notification settings</h1>
      </div>
      {settings.isPending && <Loading label="Loading your settings…" />}
      {settings.isError && (
        <ErrorState
          title="Could not load your settings"
          message={settings.error.message}
          onRetry={() => void settings.refetch()}
        />
      )}
      {shown && (
        <form className="card notification-form" onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend>Join requests to groups you run</legend>
            <p className="muted">For owners and admins, when someone asks to join.</p>
            {joinRequestChoices.map((choice) => (
              <label key={choice.value} className="choice">
                <input
                  type="radio"
                  name="joinRequests"
                  value={choice.value}
                  checked={shown.joinRequests === choice.value}
                  onChange={() => save({ joinRequests: choice.value })}
                />
                <span>
                  <strong>{choice.label}</strong>
                  <span className="muted choice-hint">{choice.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>About you</legend>
            <label className="choice">
              <input
                type="checkbox"
                checked={shown.requestDecisions}
                onChange={(event) => save({ requestDecisions: event.target.checked })}
              />
              <span>
                <strong>Answers to my join requests</strong>
                <span className="muted choice-hint">“You're in” when approved, or a note when declined.</span>
              </span>
            </label>
            <label className="choice">
              <input
                type="checkbox"
                checked={shown.inviteeJoined}
                onChange={(event) => save({ inviteeJoined: event.target.checked })}
              />
              <span>
                <strong>When someone joins through my invitation</strong>
                <span className="muted choice-hint">Through an invite link you made or an email invitation you sent.</span>
              </span>
            </label>
          </fieldset>
        </form>
      )}
    </section>
  );
}
