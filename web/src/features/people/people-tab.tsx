import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { api, type Group, type InviteLink, type Member } from '../../api/client';
import { Avatar } from '../../components/avatar';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { useToast } from '../../components/toast';
import { useCurrentUser } from '../auth/use-session';
import { useRefreshGroup } from '../groups/use-groups';
import { PendingInvitations } from '../email-invites/pending-invitations';
import { InviteDialog } from '../invite-dialog/invite-dialog';
import { BannedList } from './banned-list';

const roleLabel = { owner: 'Owner', admin: 'Admin', member: 'Member' } as const;

/** "via link Instagram bio (invited by Ada)", "created the group", … (null for members: admins see it only). */
export function describeJoin(member: Member): string | null {
  const via = member.joinedVia;
  if (!via) return null;
  if (via.kind === 'created') return 'created the group';
  if (via.kind === 'demo') return 'demo member';
  if (via.kind === 'public_page') return "joined from the group's page";
  const inviter = via.invitedBy ? ` (invited by ${via.invitedBy.name})` : '';
  if (via.kind === 'email_invite') return `invited by email${via.invitedBy ? ` by ${via.invitedBy.name}` : ''}`;
  if (via.kind === 'invite_link')
    return `via link ${via.inviteLinkLabel ? `“${via.inviteLinkLabel}”` : 'without a label'}${inviter}`;
  return 'approved join request';
}

export function PeopleTab({ group }: { group: Group }) {
  const [search, setSearch] = useState('');
  const [linkFilter, setLinkFilter] = useState('');
  const query = useDeferredValue(search.trim());
  const isAdmin = group.role === 'owner' || group.role === 'admin';

  const members = useInfiniteQuery({
    queryKey: ['members', group.slug, group.id, query, linkFilter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams();
      if (query) params.set('q', query);
      if (linkFilter) params.set('inviteLinkId', linkFilter);
      if (pageParam) params.set('cursor', pageParam);
      return api.get<{ members: Member[]; nextCursor: string | null }>(`/api/groups/${group.id}/members?${params}`);
    },
    getNextPageParam: (page) => page.nextCursor,
  });
  const links = useQuery({
    queryKey: ['invite-links', group.slug, group.id],
    queryFn: async () => (await api.get<{ inviteLinks: InviteLink[] }>(`/api/groups/${group.id}/invite-links`)).inviteLinks,
    enabled: isAdmin,
  });
  const rows = members.data?.pages.flatMap((page) => page.members) ?? [];

  return (
    <div>
      <div className="toolbar">
        <label className="visually-hidden" htmlFor="member-search">
          Search members
        </label>
        <input
          id="member-search"
          type="search"
          className="search"
          placeholder={isAdmin ? 'Search by name or email' : 'Search by name'}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        {isAdmin && (links.data?.length ?? 0) > 0 && (
          <>
            <label className="visually-hidden" htmlFor="link-filter">
              Joined through link
            </label>
            <select id="link-filter" value={linkFilter} onChange={(e) => setLinkFilter(e.target.value)}>
              <option value="">Any way of joining</option>
              {links.data?.map((link) => (
                <option key={link.id} value={link.id}>
                  via {link.label || `link created ${new Date(link.createdAt).toLocaleDateString()}`}
                </option>
              ))}
            </select>
          </>
        )}
        {isAdmin && <InviteDialog group={group} />}
      </div>

      {isAdmin && <PendingInvitations group={group} />}
      {members.isPending && <Loading label="Loading members…" />}
      {members.isError && (
        <ErrorState title="Could not load members" message={members.error.message} onRetry={() => void members.refetch()} />
      )}
      {members.isSuccess && rows.length === 0 && (
        <EmptyState title={query ? `Nobody matches “${query}”` : 'No members here yet'} />
      )}
      <ul className="member-list" aria-label="Members">
        {rows.map((member) => (
          <MemberRow key={member.user.id} group={group} member={member} />
        ))}
      </ul>
      {members.hasNextPage && (
        <button
          className="button load-more"
          type="button"
          onClick={() => members.fetchNextPage()}
          disabled={members.isFetchingNextPage}
        >
          {members.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
      {isAdmin && <BannedList group={group} />}
    </div>
  );
}

function MemberRow({ group, member }: { group: Group; member: Member }) {
  const { data: me } = useCurrentUser();
  const toast = useToast();
  const refresh = useRefreshGroup(group);
  const [confirming, setConfirming] = useState<'remove' | 'ban' | null>(null);
  const base = `/api/groups/${group.id}`;
  const undo = useMutation({
    mutationFn: () => api.post(`${base}/members/${member.user.id}/restore`),
    onSuccess: () => {
      toast(`${member.user.name} is back in the group`);
      void refresh();
    },
    onError: (error) => toast(error.message, 'error'),
  });
  const act = useMutation({
    mutationFn: async (action: 'promote' | 'demote' | 'remove' | 'ban') => {
      if (action === 'promote') return api.patch(`${base}/members/${member.user.id}`, { role: 'admin' });
      if (action === 'demote') return api.patch(`${base}/members/${member.user.id}`, { role: 'member' });
      if (action === 'remove') return api.delete(`${base}/members/${member.user.id}`);
      return api.post(`${base}/bans`, { userId: member.user.id });
    },
    onSuccess: (_result, action) => {
      const done = { promote: 'is now an admin', demote: 'is now a member', remove: 'was removed', ban: 'was banned' }[action];
      // Removing and banning can be taken back for a few seconds: Undo re-adds them as they were.
      const undoable = action === 'remove' || action === 'ban';
      toast(
        `${member.user.name} ${done}`,
        'success',
        undoable ? { label: 'Undo', altText: `Undo: bring ${member.user.name} back`, onClick: () => undo.mutate() } : undefined,
      );
      void refresh();
    },
    onError: (error) => toast(error.message, 'error'),
  });
  const rank = { owner: 3, admin: 2, member: 1 } as const;
  const canAct =
    group.role !== null && group.role !== 'member' && rank[group.role] > rank[member.role] && me?.id !== member.user.id;
  const name = member.user.name;

  return (
    <li className="member-row">
      <Avatar name={member.user.name} />
      <div className="member-main">
        <span className="member-name">
          {member.user.name}
          {me?.id === member.user.id && <span className="muted"> (you)</span>}
        </span>
        <span className="muted member-meta">
          Joined {new Date(member.joinedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}
          {describeJoin(member) && ` · ${describeJoin(member)}`}
        </span>
      </div>
      <span className={`badge badge-${member.role}`}>{roleLabel[member.role]}</span>
      {canAct && (
        <DropdownMenu.Root>
          <DropdownMenu.Trigger className="icon-button" aria-label={`Actions for ${member.user.name}`}>
            ⋯
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content className="menu" align="end">
              {group.role === 'owner' && member.role === 'member' && (
                <DropdownMenu.Item className="menu-item" onSelect={() => act.mutate('promote')}>
                  Make admin
                </DropdownMenu.Item>
              )}
              {group.role === 'owner' && member.role === 'admin' && (
                <DropdownMenu.Item className="menu-item" onSelect={() => act.mutate('demote')}>
                  Make member
                </DropdownMenu.Item>
              )}
              <DropdownMenu.Item className="menu-item" onSelect={() => setConfirming('remove')}>
                Remove from group
              </DropdownMenu.Item>
              <DropdownMenu.Item className="menu-item menu-item-danger" onSelect={() => setConfirming('ban')}>
                Ban
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      )}
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
        title={confirming === 'ban' ? `Ban ${name}?` : `Remove ${name} from ${group.name}?`}
        consequence={
          confirming === 'ban'
            ? `${name} leaves the group and cannot join again through any link or invitation, or ask to, until an owner or admin lifts the ban.`
            : `${name} loses access to the group. They can join again later through an invite link.`
        }
        confirmLabel={confirming === 'ban' ? `Ban ${name}` : `Remove ${name}`}
        onConfirm={() => confirming && act.mutate(confirming)}
      />
    </li>
  );
}
