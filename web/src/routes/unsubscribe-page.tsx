import { useMutation } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { FormError } from '../components/states';
import '../features/notifications/notifications.css';

const topicNames = {
  join_requests: 'emails about join requests',
  request_decisions: 'emails with the answers to your join requests',
  invitee_joined: 'emails about people joining through your invitations',
} as const;

/**
 * Where an email's "stop these emails" link lands. Opening it changes nothing (mail scanners open every link);
 * the button does, without logging in. Mail apps use the one-click header instead.
 */
export function UnsubscribePage() {
  const { token = '' } = useParams();
  const unsubscribe = useMutation({
    mutationFn: () => api.post<{ topic: keyof typeof topicNames }>(`/api/notifications/unsubscribe/${encodeURIComponent(token)}`),
  });
  return (
    <section className="card unsubscribe">
      <h1>Unsubscribe</h1>
      {unsubscribe.isSuccess ? (
        <p role="status">
          Done: you will get no more {topicNames[unsubscribe.data.topic]}.{' '}
          <Link to="/settings/notifications">Change which emails you get</Link>
        </p>
      ) : (
        <>
          <p>Stop getting this kind of email from Hearth?</p>
          <FormError error={unsubscribe.error} />
          <button
            type="button"
            className="button button-primary"
            disabled={unsubscribe.isPending}
            onClick={() => unsubscribe.mutate()}
          >
            {unsubscribe.isPending ? 'Unsubscribing…' : 'Unsubscribe'}
          </button>
        </>
      )}
    </section>
  );
}
