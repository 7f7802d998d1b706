/**
 * Who may do what in a group, as a table. `null` is someone who is not a member. Routes never check roles
 * themselves; they ask `can(role, action)` (and `outranks` for acting on another member).
 */
export type Role = 'owner' | 'admin' | 'member';
export type ActorRole = Role | null;

export const groupActions = [
  'viewGroup',
  'viewMembers',
  'manageInviteLinks',
  'decideJoinRequests',
  'changeRoles',
  'removeMembers',
  'banMembers',
  'pauseInvites',
  'editGroupSettings',
  'manageWebhooks',
  'editGroupProfile',
  'transferOwnership',
  'deleteGroup',
  'viewActivity',
] as const;
export type GroupAction = (typeof groupActions)[number];

const allowed: Record<GroupAction, readonly Role[]> = {
  viewGroup: ['owner', 'admin', 'member'],
  viewMembers: ['owner', 'admin', 'member'],
  manageInviteLinks: ['owner', 'admin'],
  decideJoinRequests: ['owner', 'admin'],
  changeRoles: ['owner'],
  removeMembers: ['owner', 'admin'],
  banMembers: ['owner', 'admin'],
  pauseInvites: ['owner'],
  editGroupSettings: ['owner'],
  manageWebhooks: ['owner'],
  /** Description, welcome message and picture: admins run the group day to day too. */
  editGroupProfile: ['owner', 'admin'],
  transferOwnership: ['owner'],
  deleteGroup: ['owner'],
  viewActivity: ['owner', 'admin'],
};

export function can(role: ActorRole, action: GroupAction): boolean {
  return role !== null && allowed[action].includes(role);
}

const rank: Record<Role, number> = { member: 1, admin: 2, owner: 3 };

/** An owner can act on admins and members, an admin on members only; nobody acts on an equal or higher. */
export function outranks(actor: ActorRole, target: Role): boolean {
  return actor !== null && rank[actor] > rank[target];
}
