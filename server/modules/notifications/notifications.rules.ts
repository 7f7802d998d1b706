/** Further join requests within this long after a mailed one are gathered into one follow-up mail. */
export const FOLLOW_UP_WINDOW_SECONDS = 600;
/** A daily digest gathers a day's requests. */
export const DIGEST_WINDOW_SECONDS = 86_400;

export type JoinRequestMode = 'every' | 'daily' | 'none';
export type NotificationTopic = 'join_requests' | 'request_decisions' | 'invitee_joined';

export type NotificationSettings = { joinRequests: JoinRequestMode; requestDecisions: boolean; inviteeJoined: boolean };

/** What a person gets before they choose: every join request and the answer to their own; inviter mail is opt-in. */
export const defaultNotificationSettings: NotificationSettings = {
  joinRequests: 'every',
  requestDecisions: true,
  inviteeJoined: false,
};

/** The setting a one-click unsubscribe turns off. */
export function settingsWithout(topic: NotificationTopic): Partial<NotificationSettings> {
  switch (topic) {
    case 'join_requests':
      return { joinRequests: 'none' };
    case 'request_decisions':
      return { requestDecisions: false };
    case 'invitee_joined':
      return { inviteeJoined: false };
  }
}
