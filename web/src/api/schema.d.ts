/**
 * Generated from Hearth's OpenAPI document (/api/openapi.json) by scripts/generate-api-types.ts.
 * Do not edit by hand: change the zod schemas on the server and run `npm run api:types`.
 */

export type paths = {
  '/api/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an account and sign in (an address that has one gets a sign-in link by mail instead)
     * @description Creates the account and signs in (201). If the address already has an account, nothing is created: its owner is mailed a sign-in link and the answer is 202 `check_email`, so the form never confirms who has an account (decision record 114).
     */
    post: operations['postAuthSignup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with email and password */
    post: operations['postAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out (ends this session) */
    post: operations['postAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Email a password-reset link
     * @description Emails a reset link when the address has an account; the answer is the same either way.
     */
    post: operations['postAuthPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with a reset link */
    post: operations['postAuthPasswordResetConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/magic-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Continue with email: mail a single-use sign-in link
     * @description Continue with email: mails a single-use sign-in link, valid 15 minutes, that also creates the account on first use. The answer is 202 whether or not the address has an account.
     */
    post: operations['postAuthMagicLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/magic-link/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in (or create the account) with a mailed sign-in link
     * @description Signs in with a sign-in link (its address counts as verified). When the address has no account yet and no `name` is given, answers 400 `name_required` and leaves the link unused.
     */
    post: operations['postAuthMagicLinkConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/verify-email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mail a new link to confirm your address
     * @description Mails the signed-in person a new link to confirm their address (nothing when already verified).
     */
    post: operations['postAuthVerifyEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/verify-email/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm your address with the mailed link
     * @description Confirms an address with the link mailed to it; works in any browser, signed in or not.
     */
    post: operations['postAuthVerifyEmailConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in person */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My groups
     * @description The caller's groups, and the groups they asked to join and are waiting on.
     */
    get: operations['getGroups'];
    put?: never;
    /** Create a group (you become its owner) */
    post: operations['postGroups'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A group, with your role in it */
    get: operations['getGroupsByGroupId'];
    put?: never;
    post?: never;
    /**
     * Delete a group (type its name to confirm)
     * @description Deletes the group and everything in it. Owners only; the body repeats the group's name.
     */
    delete: operations['deleteGroupsByGroupId'];
    options?: never;
    head?: never;
    /**
     * Change a group's settings
     * @description Settings. Owners change everything; admins the description and welcome message.
     */
    patch: operations['patchGroupsByGroupId'];
    trace?: never;
  };
  '/api/groups/{groupId}/transfer-ownership': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hand the group to another member (you stay as an admin)
     * @description The owner makes another member the owner and becomes an admin.
     */
    post: operations['postGroupsTransferOwnershipByGroupId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/join': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Join a public group from its page
     * @description Joins a public group from its page, without a link. Banned people get 403 banned.
     */
    post: operations['postGroupsJoinByGroupId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/avatar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Upload the group's picture (PNG, JPEG or WebP, up to 5 MB)
     * @description Uploads the group picture: the image as the body with its Content-Type (PNG, JPEG or WebP, at most 5 MB). Owners and admins. 413 image_too_large, 400 invalid_image (SVG, or a file that does not decode).
     */
    put: operations['putGroupsAvatarByGroupId'];
    post?: never;
    /**
     * Remove the group's picture
     * @description Removes the group picture (initials are shown again).
     */
    delete: operations['deleteGroupsAvatarByGroupId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/avatar/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A version of the group's picture (PNG)
     * @description A version of the group's picture as PNG (the group's avatarUrl). Cached for a year: each upload has a new version.
     */
    get: operations['getGroupsAvatarByGroupIdVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members, newest first, in keyset pages of 50 */
    get: operations['getGroupsMembersByGroupId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member (or leave, with your own id) */
    delete: operations['deleteGroupsMembersByGroupIdUserId'];
    options?: never;
    head?: never;
    /** Change a member's role */
    patch: operations['patchGroupsMembersByGroupIdUserId'];
    trace?: never;
  };
  '/api/groups/{groupId}/bans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * People banned from the group
     * @description The people banned from the group, newest first (owners and admins).
     */
    get: operations['getGroupsBansByGroupId'];
    put?: never;
    /** Ban a person from the group */
    post: operations['postGroupsBansByGroupId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/bans/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Lift a ban */
    delete: operations['deleteGroupsBansByGroupIdUserId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/members/{userId}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Undo a removal or ban within 10 minutes
     * @description Undoes a removal or ban made in the last 10 minutes: lifts the ban and re-adds the person with the role, join date and attribution they had. 409 undo_unavailable when there is nothing to undo.
     */
    post: operations['postGroupsMembersRestoreByGroupIdUserId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/invite-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The group's invite links with their funnels */
    get: operations['getGroupsInviteLinksByGroupId'];
    put?: never;
    /** Create an invite link */
    post: operations['postGroupsInviteLinksByGroupId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/invite-links/current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The group's primary invite link (created when missing)
     * @description The group's primary link — what the Invite dialog shows first. Creating other links never changes it; when the group has no working primary link a fresh one takes the role (201).
     */
    post: operations['postGroupsInviteLinksCurrentByGroupId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/invite-links/{linkId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an invite link
     * @description Revokes the link; it answers invite_revoked from then on.
     */
    delete: operations['deleteGroupsInviteLinksByGroupIdLinkId'];
    options?: never;
    head?: never;
    /** Change an invite link's settings */
    patch: operations['patchGroupsInviteLinksByGroupIdLinkId'];
    trace?: never;
  };
  '/api/groups/{groupId}/invite-links/{linkId}/make-primary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Make a link the group's primary link
     * @description Makes this working link the primary one (the previous primary becomes an ordinary link). A revoked, expired or used-up link answers 409 invite_link_not_active.
     */
    post: operations['postGroupsInviteLinksMakePrimaryByGroupIdLinkId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/invite-links/{linkId}/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset an invite link (new code, same settings)
     * @description Revokes the link and issues a fresh code with the same settings; a primary link stays primary.
     */
    post: operations['postGroupsInviteLinksResetByGroupIdLinkId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/invites/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pause every invitation to the group */
    post: operations['postGroupsInvitesPauseByGroupId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/invites/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resume invitations to the group */
    post: operations['postGroupsInvitesResumeByGroupId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invites/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Preview an invitation (group, inviter, what joining needs) */
    get: operations['getInvitesByCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invites/{code}/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Count a visit in the link's funnel
     * @description Counts a unique visitor in the link's funnel (sent by the invite page). Free after the page itself or its preview: one page open spends one unit of RATE_LIMIT_INVITE_RESOLVE_PER_IP.
     */
    post: operations['postInvitesVisitsByCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invites/{code}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation: join, or request to join */
    post: operations['postInvitesAcceptByCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/join-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Join requests, by status */
    get: operations['getGroupsJoinRequestsByGroupId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/join-requests/{requestId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a join request */
    post: operations['postGroupsJoinRequestsApproveByGroupIdRequestId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/join-requests/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve join requests in bulk
     * @description Bulk form: approve the listed requests, or every pending request from one invite link.
     */
    post: operations['postGroupsJoinRequestsApproveByGroupId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/join-requests/{requestId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline a join request */
    post: operations['postGroupsJoinRequestsDeclineByGroupIdRequestId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/join-requests/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decline join requests in bulk
     * @description Bulk form: decline the listed requests, or every pending request from one invite link.
     */
    post: operations['postGroupsJoinRequestsDeclineByGroupId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/email-invites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Email invitations of the group, a page of 50 at a time, searchable by address and filterable by state
     * @description One page of 50 invitations, newest first, filtered by address and state.
     */
    get: operations['getGroupsEmailInvitesByGroupId'];
    put?: never;
    /** Invite people by email */
    post: operations['postGroupsEmailInvitesByGroupId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/email-invites/count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Count the email invitations matching a search and state
     * @description How many invitations match the search and state.
     */
    get: operations['getGroupsEmailInvitesCountByGroupId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/email-invites/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke every open email invitation matching a search and state
     * @description Revokes every open invitation matching the search and state (and ids, when given) at once.
     */
    post: operations['postGroupsEmailInvitesRevokeByGroupId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/email-invites/{inviteId}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an email invitation again
     * @description Sends the same code again with a fresh expiry.
     */
    post: operations['postGroupsEmailInvitesResendByGroupIdInviteId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/email-invites/{inviteId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an email invitation
     * @description Revokes the invitation.
     */
    delete: operations['deleteGroupsEmailInvitesByGroupIdInviteId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dev/mailbox/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the caller has a Dev mailbox (no SMTP server, and they run a group) */
    get: operations['getDevMailboxStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dev/mailbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dev mailbox: mail kept when no SMTP server is configured */
    get: operations['getDevMailbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the group's webhook endpoints */
    get: operations['getGroupsWebhooksByGroupId'];
    put?: never;
    /**
     * Add a webhook endpoint
     * @description The signing secret is in the answer, and only there.
     */
    post: operations['postGroupsWebhooksByGroupId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/webhooks/{webhookId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a webhook endpoint */
    delete: operations['deleteGroupsWebhooksByGroupIdWebhookId'];
    options?: never;
    head?: never;
    /** Change a webhook endpoint (URL, events, description, on/off) */
    patch: operations['patchGroupsWebhooksByGroupIdWebhookId'];
    trace?: never;
  };
  '/api/groups/{groupId}/webhooks/{webhookId}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace a webhook's signing secret */
    post: operations['postGroupsWebhooksRotateSecretByGroupIdWebhookId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/webhooks/{webhookId}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a test `ping` event */
    post: operations['postGroupsWebhooksTestByGroupIdWebhookId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/webhooks/{webhookId}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A webhook's delivery log, newest first */
    get: operations['getGroupsWebhooksDeliveriesByGroupIdWebhookId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a delivery again (same webhook-id) */
    post: operations['postGroupsWebhooksDeliveriesRedeliverByGroupIdWebhookIdDeliveryId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/leak-breaker': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The group's leak circuit-breaker settings */
    get: operations['getGroupsLeakBreakerByGroupId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change or turn off the leak circuit-breaker (owners) */
    patch: operations['patchGroupsLeakBreakerByGroupId'];
    trace?: never;
  };
  '/api/groups/{groupId}/invite-links/{linkId}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * It's fine — resume a link the leak breaker stopped
     * @description Restores the approval setting the trip replaced and doubles this link’s threshold.
     */
    post: operations['postGroupsInviteLinksResumeByGroupIdLinkId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{groupId}/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The group's activity log, newest first
     * @description The group’s activity log, newest first, in keyset pages of 50 (owners and admins).
     */
    get: operations['getGroupsActivityByGroupId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/notification-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your notification settings */
    get: operations['getMeNotificationSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change your notification settings */
    patch: operations['patchMeNotificationSettings'];
    trace?: never;
  };
  '/api/notifications/unsubscribe/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * One-click unsubscribe (RFC 8058) from a notification mail
     * @description One-click unsubscribe (RFC 8058) from the kind of mail the token was sent with. No session needed.
     */
    post: operations['postNotificationsUnsubscribeByToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = {
  'member.joined': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event member.joined
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_member_joined'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'member.left': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event member.left
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_member_left'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'member.removed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event member.removed
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_member_removed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'member.banned': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event member.banned
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_member_banned'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'member.role_changed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event member.role_changed
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_member_role_changed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'join_request.created': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event join_request.created
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_join_request_created'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'join_request.approved': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event join_request.approved
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_join_request_approved'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'join_request.declined': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event join_request.declined
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_join_request_declined'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'invite_link.created': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event invite_link.created
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_invite_link_created'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'invite_link.updated': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event invite_link.updated
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_invite_link_updated'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'invite_link.revoked': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event invite_link.revoked
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_invite_link_revoked'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'invite_link.reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event invite_link.reset
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_invite_link_reset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'invite_link.exhausted': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event invite_link.exhausted
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_invite_link_exhausted'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'invite_link.leak_suspected': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event invite_link.leak_suspected
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_invite_link_leak_suspected'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'invites.paused': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event invites.paused
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_invites_paused'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'invites.resumed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event invites.resumed
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_invites_resumed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'email_invite.accepted': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event email_invite.accepted
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_email_invite_accepted'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  ping: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event ping
     * @description Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.
     */
    post: operations['webhook_ping'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type components = {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  postAuthSignup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          email: string;
          password: string;
          inviteCode?: string;
          next?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
              emailVerified: boolean;
            };
          };
        };
      };
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'check_email';
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: rate_limited. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'rate_limited';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
              emailVerified: boolean;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: invalid_credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'invalid_credentials';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: rate_limited. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'rate_limited';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postAuthPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          returnTo?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: rate_limited. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'rate_limited';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postAuthPasswordResetConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
              emailVerified: boolean;
            };
            returnTo: string | null;
          };
        };
      };
      /** @description Error codes: bad_request, reset_token_invalid, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'reset_token_invalid' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: rate_limited. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'rate_limited';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postAuthMagicLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          next?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: rate_limited. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'rate_limited';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postAuthMagicLinkConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          name?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
              emailVerified: boolean;
            };
            next: string | null;
            created: boolean;
          };
        };
      };
      /** @description Error codes: bad_request, magic_link_invalid, name_required, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'magic_link_invalid' | 'name_required' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: rate_limited. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'rate_limited';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postAuthVerifyEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: rate_limited. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'rate_limited';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postAuthVerifyEmailConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            verified: true;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed, verification_token_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed' | 'verification_token_invalid';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
              emailVerified: boolean;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getGroups: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            groups: {
              /** Format: uuid */
              id: string;
              slug: string;
              name: string;
              description: string;
              /**
               * @description public: anyone with a link joins at once; private: joins need approval
               * @enum {string}
               */
              visibility: 'public' | 'private';
              avatarUrl: string | null;
              memberCount: number;
              invitesPaused: boolean;
              membershipQuestions: string[];
              welcomeMessage: string;
              previewShowsMemberCount: boolean;
              previewShowsDescription: boolean;
              requestAgainAfterDays: number | null;
              role: ('owner' | 'admin' | 'member') | null;
              /** @description Where the caller stands: a member, a pending or declined request, banned; null when none of these */
              viewerStatus: ('member' | 'pending' | 'declined' | 'banned') | null;
            }[];
            requestedGroups: {
              /** Format: uuid */
              id: string;
              slug: string;
              name: string;
              description: string;
              /**
               * @description public: anyone with a link joins at once; private: joins need approval
               * @enum {string}
               */
              visibility: 'public' | 'private';
              avatarUrl: string | null;
              memberCount: number;
              invitesPaused: boolean;
              membershipQuestions: string[];
              welcomeMessage: string;
              previewShowsMemberCount: boolean;
              previewShowsDescription: boolean;
              requestAgainAfterDays: number | null;
              role: ('owner' | 'admin' | 'member') | null;
              /** @description Where the caller stands: a member, a pending or declined request, banned; null when none of these */
              viewerStatus: ('member' | 'pending' | 'declined' | 'banned') | null;
            }[];
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroups: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          description?: string;
          /**
           * @description public: anyone with a link joins at once; private: joins need approval
           * @enum {string}
           */
          visibility: 'public' | 'private';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            group: {
              /** Format: uuid */
              id: string;
              slug: string;
              name: string;
              description: string;
              /**
               * @description public: anyone with a link joins at once; private: joins need approval
               * @enum {string}
               */
              visibility: 'public' | 'private';
              avatarUrl: string | null;
              memberCount: number;
              invitesPaused: boolean;
              membershipQuestions: string[];
              welcomeMessage: string;
              previewShowsMemberCount: boolean;
              previewShowsDescription: boolean;
              requestAgainAfterDays: number | null;
              role: ('owner' | 'admin' | 'member') | null;
              /** @description Where the caller stands: a member, a pending or declined request, banned; null when none of these */
              viewerStatus: ('member' | 'pending' | 'declined' | 'banned') | null;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_name_taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_name_taken';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getGroupsByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            group: {
              /** Format: uuid */
              id: string;
              slug: string;
              name: string;
              description: string;
              /**
               * @description public: anyone with a link joins at once; private: joins need approval
               * @enum {string}
               */
              visibility: 'public' | 'private';
              avatarUrl: string | null;
              memberCount: number;
              invitesPaused: boolean;
              membershipQuestions: string[];
              welcomeMessage: string;
              previewShowsMemberCount: boolean;
              previewShowsDescription: boolean;
              requestAgainAfterDays: number | null;
              role: ('owner' | 'admin' | 'member') | null;
              /** @description Where the caller stands: a member, a pending or declined request, banned; null when none of these */
              viewerStatus: ('member' | 'pending' | 'declined' | 'banned') | null;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  deleteGroupsByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          confirmName: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  patchGroupsByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          membershipQuestions?: string[];
          description?: string;
          name?: string;
          /**
           * @description public: anyone with a link joins at once; private: joins need approval
           * @enum {string}
           */
          visibility?: 'public' | 'private';
          /** @enum {string} */
          pendingRequests?: 'approve' | 'keep';
          welcomeMessage?: string;
          previewShowsMemberCount?: boolean;
          previewShowsDescription?: boolean;
          requestAgainAfterDays?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            group: {
              /** Format: uuid */
              id: string;
              slug: string;
              name: string;
              description: string;
              /**
               * @description public: anyone with a link joins at once; private: joins need approval
               * @enum {string}
               */
              visibility: 'public' | 'private';
              avatarUrl: string | null;
              memberCount: number;
              invitesPaused: boolean;
              membershipQuestions: string[];
              welcomeMessage: string;
              previewShowsMemberCount: boolean;
              previewShowsDescription: boolean;
              requestAgainAfterDays: number | null;
              role: ('owner' | 'admin' | 'member') | null;
              /** @description Where the caller stands: a member, a pending or declined request, banned; null when none of these */
              viewerStatus: ('member' | 'pending' | 'declined' | 'banned') | null;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_name_taken, pending_requests_decision_needed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_name_taken' | 'pending_requests_decision_needed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsTransferOwnershipByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: uuid
           * @description The member who becomes the owner
           */
          userId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            group: {
              /** Format: uuid */
              id: string;
              slug: string;
              name: string;
              description: string;
              /**
               * @description public: anyone with a link joins at once; private: joins need approval
               * @enum {string}
               */
              visibility: 'public' | 'private';
              avatarUrl: string | null;
              memberCount: number;
              invitesPaused: boolean;
              membershipQuestions: string[];
              welcomeMessage: string;
              previewShowsMemberCount: boolean;
              previewShowsDescription: boolean;
              requestAgainAfterDays: number | null;
              role: ('owner' | 'admin' | 'member') | null;
              /** @description Where the caller stands: a member, a pending or declined request, banned; null when none of these */
              viewerStatus: ('member' | 'pending' | 'declined' | 'banned') | null;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, member_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'member_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsJoinByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            membership: {
              /** Format: uuid */
              groupId: string;
              groupSlug: string;
              /** @enum {string} */
              status: 'active';
              /** @enum {string} */
              role: 'owner' | 'admin' | 'member';
            };
            alreadyMember?: boolean;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: banned, forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'banned' | 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  putGroupsAvatarByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            group: {
              /** Format: uuid */
              id: string;
              slug: string;
              name: string;
              description: string;
              /**
               * @description public: anyone with a link joins at once; private: joins need approval
               * @enum {string}
               */
              visibility: 'public' | 'private';
              avatarUrl: string | null;
              memberCount: number;
              invitesPaused: boolean;
              membershipQuestions: string[];
              welcomeMessage: string;
              previewShowsMemberCount: boolean;
              previewShowsDescription: boolean;
              requestAgainAfterDays: number | null;
              role: ('owner' | 'admin' | 'member') | null;
              /** @description Where the caller stands: a member, a pending or declined request, banned; null when none of these */
              viewerStatus: ('member' | 'pending' | 'declined' | 'banned') | null;
            };
          };
        };
      };
      /** @description Error codes: bad_request, invalid_image, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'invalid_image' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: image_too_large, payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'image_too_large' | 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  deleteGroupsAvatarByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            group: {
              /** Format: uuid */
              id: string;
              slug: string;
              name: string;
              description: string;
              /**
               * @description public: anyone with a link joins at once; private: joins need approval
               * @enum {string}
               */
              visibility: 'public' | 'private';
              avatarUrl: string | null;
              memberCount: number;
              invitesPaused: boolean;
              membershipQuestions: string[];
              welcomeMessage: string;
              previewShowsMemberCount: boolean;
              previewShowsDescription: boolean;
              requestAgainAfterDays: number | null;
              role: ('owner' | 'admin' | 'member') | null;
              /** @description Where the caller stands: a member, a pending or declined request, banned; null when none of these */
              viewerStatus: ('member' | 'pending' | 'declined' | 'banned') | null;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getGroupsAvatarByGroupIdVersion: {
    parameters: {
      query?: {
        size?: '128' | '512';
      };
      header?: never;
      path: {
        groupId: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getGroupsMembersByGroupId: {
    parameters: {
      query?: {
        q?: string;
        cursor?: string;
        inviteLinkId?: string;
      };
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            members: {
              user: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              /** @enum {string} */
              role: 'owner' | 'admin' | 'member';
              joinedAt: string;
              joinedVia: {
                /** @enum {string} */
                kind: 'created' | 'invite_link' | 'email_invite' | 'join_request' | 'demo' | 'public_page';
                inviteLinkId: string | null;
                inviteLinkLabel: string | null;
                invitedBy: {
                  name: string;
                } | null;
              } | null;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  deleteGroupsMembersByGroupIdUserId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, member_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'member_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: last_owner, owner_must_transfer. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'last_owner' | 'owner_must_transfer';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  patchGroupsMembersByGroupIdUserId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description Owners promote members to admin or demote admins
           * @enum {string}
           */
          role: 'admin' | 'member';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            member: {
              /** Format: uuid */
              userId: string;
              /** @enum {string} */
              role: 'owner' | 'admin' | 'member';
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, member_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'member_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getGroupsBansByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bans: {
              user: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              bannedAt: string;
              bannedBy: {
                name: string;
              } | null;
            }[];
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsBansByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          userId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, member_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'member_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  deleteGroupsBansByGroupIdUserId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsMembersRestoreByGroupIdUserId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            member: {
              /** Format: uuid */
              userId: string;
              role: ('owner' | 'admin' | 'member') | null;
              restored: boolean;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: undo_unavailable. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'undo_unavailable';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getGroupsInviteLinksByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inviteLinks: {
              /** Format: uuid */
              id: string;
              code: string;
              url: string;
              label: string;
              expiresAt: string | null;
              maxUses: number | null;
              uses: number;
              requiresApproval: boolean;
              leakSuspectedAt: string | null;
              /** @enum {string} */
              state: 'active' | 'expired' | 'used_up' | 'revoked';
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              createdAt: string;
              revokedAt: string | null;
              primary: boolean;
              replacedById: string | null;
              joins: number;
              pending: number;
              funnel: {
                /** @description unique visitors who opened the link */
                opened: number;
                signedUp: number;
                joined: number;
                pending: number;
                approved: number;
                declined: number;
              };
            }[];
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsInviteLinksByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          label?: string;
          expiresAt?: string | null;
          maxUses?: number | null;
          requiresApproval?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inviteLink: {
              /** Format: uuid */
              id: string;
              code: string;
              url: string;
              label: string;
              expiresAt: string | null;
              maxUses: number | null;
              uses: number;
              requiresApproval: boolean;
              leakSuspectedAt: string | null;
              /** @enum {string} */
              state: 'active' | 'expired' | 'used_up' | 'revoked';
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              createdAt: string;
              revokedAt: string | null;
              primary: boolean;
              replacedById: string | null;
              joins: number;
              pending: number;
              funnel: {
                /** @description unique visitors who opened the link */
                opened: number;
                signedUp: number;
                joined: number;
                pending: number;
                approved: number;
                declined: number;
              };
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsInviteLinksCurrentByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inviteLink: {
              /** Format: uuid */
              id: string;
              code: string;
              url: string;
              label: string;
              expiresAt: string | null;
              maxUses: number | null;
              uses: number;
              requiresApproval: boolean;
              leakSuspectedAt: string | null;
              /** @enum {string} */
              state: 'active' | 'expired' | 'used_up' | 'revoked';
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              createdAt: string;
              revokedAt: string | null;
              primary: boolean;
              replacedById: string | null;
              joins: number;
              pending: number;
              funnel: {
                /** @description unique visitors who opened the link */
                opened: number;
                signedUp: number;
                joined: number;
                pending: number;
                approved: number;
                declined: number;
              };
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inviteLink: {
              /** Format: uuid */
              id: string;
              code: string;
              url: string;
              label: string;
              expiresAt: string | null;
              maxUses: number | null;
              uses: number;
              requiresApproval: boolean;
              leakSuspectedAt: string | null;
              /** @enum {string} */
              state: 'active' | 'expired' | 'used_up' | 'revoked';
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              createdAt: string;
              revokedAt: string | null;
              primary: boolean;
              replacedById: string | null;
              joins: number;
              pending: number;
              funnel: {
                /** @description unique visitors who opened the link */
                opened: number;
                signedUp: number;
                joined: number;
                pending: number;
                approved: number;
                declined: number;
              };
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  deleteGroupsInviteLinksByGroupIdLinkId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        linkId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inviteLink: {
              /** Format: uuid */
              id: string;
              code: string;
              url: string;
              label: string;
              expiresAt: string | null;
              maxUses: number | null;
              uses: number;
              requiresApproval: boolean;
              leakSuspectedAt: string | null;
              /** @enum {string} */
              state: 'active' | 'expired' | 'used_up' | 'revoked';
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              createdAt: string;
              revokedAt: string | null;
              primary: boolean;
              replacedById: string | null;
              joins: number;
              pending: number;
              funnel: {
                /** @description unique visitors who opened the link */
                opened: number;
                signedUp: number;
                joined: number;
                pending: number;
                approved: number;
                declined: number;
              };
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, invite_link_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'invite_link_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  patchGroupsInviteLinksByGroupIdLinkId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        linkId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          label?: string;
          expiresAt?: string | null;
          maxUses?: number | null;
          requiresApproval?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inviteLink: {
              /** Format: uuid */
              id: string;
              code: string;
              url: string;
              label: string;
              expiresAt: string | null;
              maxUses: number | null;
              uses: number;
              requiresApproval: boolean;
              leakSuspectedAt: string | null;
              /** @enum {string} */
              state: 'active' | 'expired' | 'used_up' | 'revoked';
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              createdAt: string;
              revokedAt: string | null;
              primary: boolean;
              replacedById: string | null;
              joins: number;
              pending: number;
              funnel: {
                /** @description unique visitors who opened the link */
                opened: number;
                signedUp: number;
                joined: number;
                pending: number;
                approved: number;
                declined: number;
              };
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, invite_link_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'invite_link_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsInviteLinksMakePrimaryByGroupIdLinkId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        linkId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inviteLink: {
              /** Format: uuid */
              id: string;
              code: string;
              url: string;
              label: string;
              expiresAt: string | null;
              maxUses: number | null;
              uses: number;
              requiresApproval: boolean;
              leakSuspectedAt: string | null;
              /** @enum {string} */
              state: 'active' | 'expired' | 'used_up' | 'revoked';
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              createdAt: string;
              revokedAt: string | null;
              primary: boolean;
              replacedById: string | null;
              joins: number;
              pending: number;
              funnel: {
                /** @description unique visitors who opened the link */
                opened: number;
                signedUp: number;
                joined: number;
                pending: number;
                approved: number;
                declined: number;
              };
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, invite_link_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'invite_link_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: invite_link_not_active. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'invite_link_not_active';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsInviteLinksResetByGroupIdLinkId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        linkId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inviteLink: {
              /** Format: uuid */
              id: string;
              code: string;
              url: string;
              label: string;
              expiresAt: string | null;
              maxUses: number | null;
              uses: number;
              requiresApproval: boolean;
              leakSuspectedAt: string | null;
              /** @enum {string} */
              state: 'active' | 'expired' | 'used_up' | 'revoked';
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              createdAt: string;
              revokedAt: string | null;
              primary: boolean;
              replacedById: string | null;
              joins: number;
              pending: number;
              funnel: {
                /** @description unique visitors who opened the link */
                opened: number;
                signedUp: number;
                joined: number;
                pending: number;
                approved: number;
                declined: number;
              };
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, invite_link_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'invite_link_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsInvitesPauseByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            group: {
              /** Format: uuid */
              id: string;
              slug: string;
              name: string;
              description: string;
              /**
               * @description public: anyone with a link joins at once; private: joins need approval
               * @enum {string}
               */
              visibility: 'public' | 'private';
              avatarUrl: string | null;
              memberCount: number;
              invitesPaused: boolean;
              membershipQuestions: string[];
              welcomeMessage: string;
              previewShowsMemberCount: boolean;
              previewShowsDescription: boolean;
              requestAgainAfterDays: number | null;
              role: ('owner' | 'admin' | 'member') | null;
              /** @description Where the caller stands: a member, a pending or declined request, banned; null when none of these */
              viewerStatus: ('member' | 'pending' | 'declined' | 'banned') | null;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsInvitesResumeByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            group: {
              /** Format: uuid */
              id: string;
              slug: string;
              name: string;
              description: string;
              /**
               * @description public: anyone with a link joins at once; private: joins need approval
               * @enum {string}
               */
              visibility: 'public' | 'private';
              avatarUrl: string | null;
              memberCount: number;
              invitesPaused: boolean;
              membershipQuestions: string[];
              welcomeMessage: string;
              previewShowsMemberCount: boolean;
              previewShowsDescription: boolean;
              requestAgainAfterDays: number | null;
              role: ('owner' | 'admin' | 'member') | null;
              /** @description Where the caller stands: a member, a pending or declined request, banned; null when none of these */
              viewerStatus: ('member' | 'pending' | 'declined' | 'banned') | null;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getInvitesByCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            invite: {
              group: {
                /** Format: uuid */
                id: string;
                slug: string;
                name: string;
                description: string;
                avatarUrl: string | null;
                initials: string;
                memberCount: number | null;
                /**
                 * @description public: anyone with a link joins at once; private: joins need approval
                 * @enum {string}
                 */
                visibility: 'public' | 'private';
                membershipQuestions: string[];
              };
              inviter: {
                name: string;
              };
              requiresApproval: boolean;
              viewerStatus: ('member' | 'pending' | 'declined' | 'banned') | null;
              canAskAgainAt: string | null;
              invitedEmail: string | null;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: invite_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'invite_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: invite_exhausted, invite_expired, invite_revoked, invites_paused. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'invite_exhausted' | 'invite_expired' | 'invite_revoked' | 'invites_paused';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: rate_limited. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'rate_limited';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postInvitesVisitsByCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: invite_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'invite_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: invite_exhausted, invite_expired, invite_revoked, invites_paused. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'invite_exhausted' | 'invite_expired' | 'invite_revoked' | 'invites_paused';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: rate_limited. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'rate_limited';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postInvitesAcceptByCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answers?: string[];
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            membership: {
              /** Format: uuid */
              groupId: string;
              groupSlug: string;
              /** @enum {string} */
              status: 'active' | 'pending';
              role: ('owner' | 'admin' | 'member') | null;
            };
            alreadyMember?: boolean;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: banned, invite_email_mismatch, origin_mismatch, request_declined. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'banned' | 'invite_email_mismatch' | 'origin_mismatch' | 'request_declined';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: invite_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'invite_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: invite_exhausted, invite_expired, invite_revoked, invites_paused. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'invite_exhausted' | 'invite_expired' | 'invite_revoked' | 'invites_paused';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: rate_limited. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'rate_limited';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getGroupsJoinRequestsByGroupId: {
    parameters: {
      query?: {
        status?: 'pending' | 'approved' | 'declined';
        inviteLinkId?: string;
      };
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            joinRequests: {
              /** Format: uuid */
              id: string;
              user: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              inviteLinkId: string | null;
              inviteLinkLabel: string | null;
              answers: {
                question: string;
                answer: string;
              }[];
              /** @enum {string} */
              status: 'pending' | 'approved' | 'declined';
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsJoinRequestsApproveByGroupIdRequestId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        requestId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, join_request_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'join_request_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: already_decided. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'already_decided';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsJoinRequestsApproveByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          requestIds?: string[];
          /** Format: uuid */
          inviteLinkId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            decided: string[];
            alreadyDecided: string[];
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsJoinRequestsDeclineByGroupIdRequestId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        requestId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, join_request_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'join_request_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: already_decided. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'already_decided';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsJoinRequestsDeclineByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          requestIds?: string[];
          /** Format: uuid */
          inviteLinkId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            decided: string[];
            alreadyDecided: string[];
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getGroupsEmailInvitesByGroupId: {
    parameters: {
      query?: {
        search?: string;
        state?: 'pending' | 'sent' | 'opened' | 'expired' | 'bounced' | 'revoked' | 'accepted';
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            emailInvites: {
              /** Format: uuid */
              id: string;
              email: string;
              /** @enum {string} */
              state: 'sent' | 'opened' | 'accepted' | 'expired' | 'revoked' | 'bounced';
              invitedBy: {
                name: string;
              } | null;
              sentAt: string;
              expiresAt: string;
              preApproved: boolean;
              message: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsEmailInvitesByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          emails: string[];
          message?: string;
          expiresInDays?: number;
          preApprove?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            sent: {
              /** Format: uuid */
              id: string;
              email: string;
            }[];
            skipped: {
              email: string;
              /** @enum {string} */
              reason: 'already_member' | 'already_invited' | 'repeated_in_list';
            }[];
            invalid: {
              input: string;
              reason: string;
            }[];
            /** @enum {string} */
            delivery: 'smtp' | 'dev_mailbox';
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: rate_limited. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'rate_limited';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getGroupsEmailInvitesCountByGroupId: {
    parameters: {
      query?: {
        search?: string;
        state?: 'pending' | 'sent' | 'opened' | 'expired' | 'bounced' | 'revoked' | 'accepted';
      };
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            count: number;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsEmailInvitesRevokeByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          search?: string;
          /** @enum {string} */
          state?: 'pending' | 'sent' | 'opened' | 'expired' | 'bounced' | 'revoked' | 'accepted';
          ids?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            revoked: number;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsEmailInvitesResendByGroupIdInviteId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        inviteId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            emailInvite: {
              /** Format: uuid */
              id: string;
              email: string;
              /** @enum {string} */
              state: 'sent' | 'opened' | 'accepted' | 'expired' | 'revoked' | 'bounced';
              invitedBy: {
                name: string;
              } | null;
              sentAt: string;
              expiresAt: string;
              preApproved: boolean;
              message: string;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: invite_not_resendable. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'invite_not_resendable';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: rate_limited. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'rate_limited';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  deleteGroupsEmailInvitesByGroupIdInviteId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        inviteId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            emailInvite: {
              /** Format: uuid */
              id: string;
              email: string;
              /** @enum {string} */
              state: 'sent' | 'opened' | 'accepted' | 'expired' | 'revoked' | 'bounced';
              invitedBy: {
                name: string;
              } | null;
              sentAt: string;
              expiresAt: string;
              preApproved: boolean;
              message: string;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getDevMailboxStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            available: boolean;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getDevMailbox: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            messages: {
              /** Format: uuid */
              id: string;
              to: string;
              subject: string;
              text: string;
              html: string;
              messageId: string;
              createdAt: string;
              delivered: boolean;
              links: {
                label: string;
                url: string;
              }[];
            }[];
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getGroupsWebhooksByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            webhooks: {
              /** Format: uuid */
              id: string;
              url: string;
              description: string;
              /** @description The event types this endpoint receives. */
              events: string[];
              /** @description false when turned off by an owner, or by Hearth after 3 days of failures. */
              enabled: boolean;
              disabledReason: string | null;
              /** @description Start of the current run of failed deliveries, if any. */
              failingSince: string | null;
              createdAt: string;
            }[];
            eventTypes: string[];
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsWebhooksByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          url: string;
          events: (
            | 'member.joined'
            | 'member.left'
            | 'member.removed'
            | 'member.banned'
            | 'member.role_changed'
            | 'join_request.created'
            | 'join_request.approved'
            | 'join_request.declined'
            | 'invite_link.created'
            | 'invite_link.updated'
            | 'invite_link.revoked'
            | 'invite_link.reset'
            | 'invite_link.exhausted'
            | 'invite_link.leak_suspected'
            | 'invites.paused'
            | 'invites.resumed'
            | 'email_invite.accepted'
          )[];
          description?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            webhook: {
              /** Format: uuid */
              id: string;
              url: string;
              description: string;
              /** @description The event types this endpoint receives. */
              events: string[];
              /** @description false when turned off by an owner, or by Hearth after 3 days of failures. */
              enabled: boolean;
              disabledReason: string | null;
              /** @description Start of the current run of failed deliveries, if any. */
              failingSince: string | null;
              createdAt: string;
            };
            /** @description The signing secret (`whsec_…`), shown only now. Verify deliveries with it. */
            secret: string;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  deleteGroupsWebhooksByGroupIdWebhookId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found, webhook_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found' | 'webhook_not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  patchGroupsWebhooksByGroupIdWebhookId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          url?: string;
          events?: (
            | 'member.joined'
            | 'member.left'
            | 'member.removed'
            | 'member.banned'
            | 'member.role_changed'
            | 'join_request.created'
            | 'join_request.approved'
            | 'join_request.declined'
            | 'invite_link.created'
            | 'invite_link.updated'
            | 'invite_link.revoked'
            | 'invite_link.reset'
            | 'invite_link.exhausted'
            | 'invite_link.leak_suspected'
            | 'invites.paused'
            | 'invites.resumed'
            | 'email_invite.accepted'
          )[];
          description?: string;
          enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            webhook: {
              /** Format: uuid */
              id: string;
              url: string;
              description: string;
              /** @description The event types this endpoint receives. */
              events: string[];
              /** @description false when turned off by an owner, or by Hearth after 3 days of failures. */
              enabled: boolean;
              disabledReason: string | null;
              /** @description Start of the current run of failed deliveries, if any. */
              failingSince: string | null;
              createdAt: string;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found, webhook_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found' | 'webhook_not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsWebhooksRotateSecretByGroupIdWebhookId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            webhook: {
              /** Format: uuid */
              id: string;
              url: string;
              description: string;
              /** @description The event types this endpoint receives. */
              events: string[];
              /** @description false when turned off by an owner, or by Hearth after 3 days of failures. */
              enabled: boolean;
              disabledReason: string | null;
              /** @description Start of the current run of failed deliveries, if any. */
              failingSince: string | null;
              createdAt: string;
            };
            /** @description The signing secret (`whsec_…`), shown only now. Verify deliveries with it. */
            secret: string;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found, webhook_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found' | 'webhook_not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsWebhooksTestByGroupIdWebhookId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            queued: true;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found, webhook_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found' | 'webhook_not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getGroupsWebhooksDeliveriesByGroupIdWebhookId: {
    parameters: {
      query?: {
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            deliveries: {
              /** Format: uuid */
              id: string;
              /** @description The `webhook-id` header: the same on every retry and redelivery. */
              messageId: string;
              eventType: string;
              /** @enum {string} */
              status: 'pending' | 'succeeded' | 'failed';
              attempts: number;
              lastStatusCode: number | null;
              lastError: string | null;
              durationMs: number | null;
              /** @description The receiver’s answer, first 1 KB. */
              responseBody: string | null;
              nextAttemptAt: string | null;
              createdAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found, webhook_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found' | 'webhook_not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsWebhooksDeliveriesRedeliverByGroupIdWebhookIdDeliveryId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        webhookId: string;
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            queued: true;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found, webhook_delivery_not_found, webhook_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found' | 'webhook_delivery_not_found' | 'webhook_not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getGroupsLeakBreakerByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            leakBreaker: {
              enabled: boolean;
              /** @description Joins through one link within the window above which the link asks for approval. */
              threshold: number;
              windowMinutes: number;
              /** @description …and only when that is this many times above the link's trailing 24-hour hourly rate. */
              rateMultiplier: number;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  patchGroupsLeakBreakerByGroupId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          enabled?: boolean;
          threshold?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            leakBreaker: {
              enabled: boolean;
              /** @description Joins through one link within the window above which the link asks for approval. */
              threshold: number;
              windowMinutes: number;
              /** @description …and only when that is this many times above the link's trailing 24-hour hourly rate. */
              rateMultiplier: number;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postGroupsInviteLinksResumeByGroupIdLinkId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
        linkId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inviteLink: {
              /** Format: uuid */
              id: string;
              code: string;
              url: string;
              label: string;
              expiresAt: string | null;
              maxUses: number | null;
              uses: number;
              requiresApproval: boolean;
              leakSuspectedAt: string | null;
              /** @enum {string} */
              state: 'active' | 'expired' | 'used_up' | 'revoked';
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              createdAt: string;
              revokedAt: string | null;
              primary: boolean;
              replacedById: string | null;
              joins: number;
              pending: number;
              funnel: {
                /** @description unique visitors who opened the link */
                opened: number;
                signedUp: number;
                joined: number;
                pending: number;
                approved: number;
                declined: number;
              };
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden, origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden' | 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, invite_link_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'invite_link_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getGroupsActivityByGroupId: {
    parameters: {
      query?: {
        cursor?: string;
        kind?:
          | 'invite_link.created'
          | 'invite_link.edited'
          | 'invite_link.revoked'
          | 'invite_link.reset'
          | 'invite_link.made_primary'
          | 'invites.paused'
          | 'invites.resumed'
          | 'email_invite.revoked'
          | 'join_request.approved'
          | 'join_request.declined'
          | 'member.role_changed'
          | 'member.removed'
          | 'member.banned'
          | 'member.unbanned'
          | 'group.settings_changed'
          | 'group.picture_changed'
          | 'group.ownership_transferred';
        actorId?: string;
      };
      header?: never;
      path: {
        /** @description The group id (uuid) or its slug */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            entries: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind:
                | 'invite_link.created'
                | 'invite_link.edited'
                | 'invite_link.revoked'
                | 'invite_link.reset'
                | 'invite_link.made_primary'
                | 'invites.paused'
                | 'invites.resumed'
                | 'email_invite.revoked'
                | 'join_request.approved'
                | 'join_request.declined'
                | 'member.role_changed'
                | 'member.removed'
                | 'member.banned'
                | 'member.unbanned'
                | 'group.settings_changed'
                | 'group.picture_changed'
                | 'group.ownership_transferred';
              actor: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              target: {
                user: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                inviteLink: {
                  /** Format: uuid */
                  id: string;
                  label: string;
                } | null;
              };
              details: {
                [key: string]: unknown;
              };
              createdAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'forbidden';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: group_not_found, not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'group_not_found' | 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  getMeNotificationSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            settings: {
              /** @enum {string} */
              joinRequests: 'every' | 'daily' | 'none';
              requestDecisions: boolean;
              inviteeJoined: boolean;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  patchMeNotificationSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          joinRequests?: 'every' | 'daily' | 'none';
          requestDecisions?: boolean;
          inviteeJoined?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            settings: {
              /** @enum {string} */
              joinRequests: 'every' | 'daily' | 'none';
              requestDecisions: boolean;
              inviteeJoined: boolean;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unauthenticated. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unauthenticated';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  postNotificationsUnsubscribeByToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            topic: 'join_requests' | 'request_decisions' | 'invitee_joined';
            settings: {
              /** @enum {string} */
              joinRequests: 'every' | 'daily' | 'none';
              requestDecisions: boolean;
              inviteeJoined: boolean;
            };
          };
        };
      };
      /** @description Error codes: bad_request, validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'bad_request' | 'validation_failed';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: origin_mismatch. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'origin_mismatch';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'not_found';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'payload_too_large';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: uri_too_long. */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'uri_too_long';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'unsupported_media_type';
              message: string;
            };
          };
        };
      };
      /** @description Error codes: service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code: 'service_unavailable';
              message: string;
            };
          };
        };
      };
    };
  };
  webhook_member_joined: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'member.joined';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            member: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @description How the person came in: the link or email invitation, and who brought them. */
            attribution: {
              /** @enum {string} */
              via: 'invite_link' | 'email_invite' | 'join_request' | 'public_join' | 'created' | 'demo';
              inviteLinkId: string | null;
              inviteLinkLabel: string | null;
              emailInviteId: string | null;
              invitedBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
            };
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_member_left: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'member.left';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            member: {
              /** Format: uuid */
              id: string;
              name: string;
            };
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_member_removed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'member.removed';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            member: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @description Who did it (null when Hearth itself did, e.g. the leak breaker). */
            actor: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_member_banned: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'member.banned';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            member: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @description Who did it (null when Hearth itself did, e.g. the leak breaker). */
            actor: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_member_role_changed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'member.role_changed';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            member: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @description Who did it (null when Hearth itself did, e.g. the leak breaker). */
            actor: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            before: string;
            after: string;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_join_request_created: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'join_request.created';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** Format: uuid */
            requestId: string;
            requester: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @description How the person came in: the link or email invitation, and who brought them. */
            attribution: {
              /** @enum {string} */
              via: 'invite_link' | 'email_invite' | 'join_request' | 'public_join' | 'created' | 'demo';
              inviteLinkId: string | null;
              inviteLinkLabel: string | null;
              emailInviteId: string | null;
              invitedBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
            };
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_join_request_approved: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'join_request.approved';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** Format: uuid */
            requestId: string;
            requester: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @description Who did it (null when Hearth itself did, e.g. the leak breaker). */
            actor: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_join_request_declined: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'join_request.declined';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** Format: uuid */
            requestId: string;
            requester: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @description Who did it (null when Hearth itself did, e.g. the leak breaker). */
            actor: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_invite_link_created: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'invite_link.created';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            inviteLink: {
              /** Format: uuid */
              id: string;
              label: string;
              requiresApproval: boolean;
              maxUses: number | null;
              uses: number;
              expiresAt: string | null;
            };
            /** @description Who did it (null when Hearth itself did, e.g. the leak breaker). */
            actor: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_invite_link_updated: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'invite_link.updated';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            inviteLink: {
              /** Format: uuid */
              id: string;
              label: string;
              requiresApproval: boolean;
              maxUses: number | null;
              uses: number;
              expiresAt: string | null;
            };
            /** @description Who did it (null when Hearth itself did, e.g. the leak breaker). */
            actor: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_invite_link_revoked: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'invite_link.revoked';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            inviteLink: {
              /** Format: uuid */
              id: string;
              label: string;
              requiresApproval: boolean;
              maxUses: number | null;
              uses: number;
              expiresAt: string | null;
            };
            /** @description Who did it (null when Hearth itself did, e.g. the leak breaker). */
            actor: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_invite_link_reset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'invite_link.reset';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            inviteLink: {
              /** Format: uuid */
              id: string;
              label: string;
              requiresApproval: boolean;
              maxUses: number | null;
              uses: number;
              expiresAt: string | null;
            };
            /** @description Who did it (null when Hearth itself did, e.g. the leak breaker). */
            actor: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_invite_link_exhausted: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'invite_link.exhausted';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            inviteLink: {
              /** Format: uuid */
              id: string;
              label: string;
              requiresApproval: boolean;
              maxUses: number | null;
              uses: number;
              expiresAt: string | null;
            };
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_invite_link_leak_suspected: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'invite_link.leak_suspected';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            inviteLink: {
              /** Format: uuid */
              id: string;
              label: string;
              requiresApproval: boolean;
              maxUses: number | null;
              uses: number;
              expiresAt: string | null;
            };
            joinsInWindow: number;
            windowMinutes: number;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_invites_paused: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'invites.paused';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @description Who did it (null when Hearth itself did, e.g. the leak breaker). */
            actor: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_invites_resumed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'invites.resumed';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @description Who did it (null when Hearth itself did, e.g. the leak breaker). */
            actor: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_email_invite_accepted: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'email_invite.accepted';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            group: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** Format: uuid */
            emailInviteId: string;
            member: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            invitedBy: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_ping: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          type: 'ping';
          /** @description ISO 8601, when the change happened. */
          timestamp: string;
          data: {
            /** Format: uuid */
            webhookId: string;
            message: string;
          };
        };
      };
    };
    responses: {
      /** @description Received (any 2xx). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
