export * from './accounts.js';
export * from './groups.js';
export * from './invites.js';
export * from './mail.js';
export * from './webhooks.js';
export * from './activity.js';
export * from './notifications.js';
