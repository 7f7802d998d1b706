// Pure rules, also run by node's test runner: the fields they read are spelled out here, not imported.
type LinkFacts = {
  label: string;
  primary: boolean;
  state: 'active' | 'expired' | 'used_up' | 'revoked';
  requiresApproval: boolean;
  expiresAt: string | null;
  maxUses: number | null;
  uses: number;
  createdAt: string;
};
type Funnel = { opened: number; signedUp: number; joined: number; pending: number; approved: number; declined: number };

/** The name a link goes by: its label, or "Unlabelled link" (the Primary badge says which one is primary). */
export function linkName(link: { label: string }): string {
  return link.label || 'Unlabelled link';
}

/** The links an admin can pick to share: working ones, the primary first, then by label. */
export function pickableLinks<T extends LinkFacts>(links: T[]): T[] {
  return links
    .filter((link) => link.state === 'active')
    .sort((a, b) => Number(b.primary) - Number(a.primary) || linkName(a).localeCompare(linkName(b)));
}

/**
 * The truth about a link in one short caption: who can join, whether an admin approves them, until when and
 * how many more times. A private group's links always need approval.
 */
export function describeLink(
  link: LinkFacts,
  group: { visibility: 'public' | 'private'; invitesPaused: boolean },
  formatDate: (iso: string) => string,
): string {
  const approval = group.visibility === 'private' || link.requiresApproval;
  const who = approval
    ? 'Anyone with this link can ask to join; an owner or admin approves each request'
    : 'Anyone with this link can join at once';
  const until = link.expiresAt ? `expires ${formatDate(link.expiresAt)}` : 'never expires';
  const left =
    link.maxUses === null
      ? 'no limit on uses'
      : `${Math.max(0, link.maxUses - link.uses)} of ${link.maxUses} ${link.maxUses === 1 ? 'use' : 'uses'} left`;
  const paused = group.invitesPaused ? ' Invites are paused: it will not work until an owner resumes them.' : '';
  return `${who}. It ${until}, ${left}.${paused}`;
}

export type LinkFilter = 'active' | 'expired' | 'used_up' | 'revoked' | 'all';

export const linkFilterLabels: Record<LinkFilter, string> = {
  active: 'Active',
  expired: 'Expired',
  used_up: 'Used up',
  revoked: 'Revoked',
  all: 'All',
};

/** The Invite links tab's list for a filter: the primary link first, then newest first. */
export function filterLinks<T extends LinkFacts>(links: T[], filter: LinkFilter): T[] {
  return links
    .filter((link) => filter === 'all' || link.state === filter)
    .sort((a, b) => Number(b.primary) - Number(a.primary) || b.createdAt.localeCompare(a.createdAt));
}

/** A link's funnel as steps a reader can follow: how many opened, signed up and joined, and what became of requests. */
export function funnelSteps(funnel: Funnel) {
  const percent = (part: number, whole: number) => (whole > 0 ? ` (${Math.round((part / whole) * 100)} %)` : '');
  return {
    path: [
      { label: 'Opened the link', value: funnel.opened, detail: '' },
      { label: 'Signed up', value: funnel.signedUp, detail: percent(funnel.signedUp, funnel.opened) },
      { label: 'Became members', value: funnel.joined, detail: percent(funnel.joined, funnel.opened) },
    ],
    requests:
      funnel.pending + funnel.approved + funnel.declined > 0
        ? `Requests: ${funnel.pending} waiting, ${funnel.approved} approved, ${funnel.declined} declined`
        : null,
  };
}
