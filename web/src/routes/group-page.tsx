import * as Tabs from '@radix-ui/react-tabs';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { Avatar } from '../components/avatar';
import { ActivityTab } from '../features/activity/activity-tab';
import { ErrorState, Loading } from '../components/states';
import { useCurrentUser } from '../features/auth/use-session';
import { GroupSettingsTab } from '../features/groups/group-settings-tab';
import { useGroup } from '../features/groups/use-groups';
import { InviteLinksTab } from '../features/invite-dialog/invite-links-tab';
import { JoinRequestsTab } from '../features/join-requests/join-requests-tab';
import { PendingCount } from '../features/join-requests/pending-count';
import { PeopleTab } from '../features/people/people-tab';

export function GroupPage() {
  const { groupId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data: user, isPending: userPending } = useCurrentUser();
  const group = useGroup(groupId);

  if (userPending || group.isPending) return <Loading label="Loading the group…" />;
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(`/groups/${groupId}`)}`} replace />;
  if (group.isError) {
    const missing = group.error instanceof ApiError && group.error.status === 404;
    return (
      <ErrorState
        title={missing ? 'Group not found' : 'Could not load the group'}
        message={missing ? 'This group does not exist, or you are not a member of it.' : group.error.message}
        action={<Link to="/">Back to my groups</Link>}
      />
    );
  }
  const data = group.data;
  const isAdmin = data.role === 'owner' || data.role === 'admin';
  const tab = params.get('tab') ?? 'people';

  return (
    <section>
      <header className="group-header">
        <Avatar name={data.name} src={data.avatarUrl} size="large" />
        <div>
          <h1>{data.name}</h1>
          <p className="muted">
            {data.visibility === 'private' ? 'Private group' : 'Public group'} · {data.memberCount}{' '}
            {data.memberCount === 1 ? 'member' : 'members'}
            {data.invitesPaused && <span className="badge badge-warning">Invites paused</span>}
          </p>
          {data.description && <p className="group-description">{data.description}</p>}
        </div>
      </header>
      {data.role === null ? (
        <ErrorState title="You are not a member" message="Ask an admin of this group for an invite link." />
      ) : (
        <Tabs.Root value={tab} onValueChange={(value) => setParams({ tab: value }, { replace: true })}>
          <Tabs.List className="tabs" aria-label="Group sections">
            <Tabs.Trigger className="tab" value="people">
              People
            </Tabs.Trigger>
            {isAdmin && (
              <Tabs.Trigger className="tab" value="requests">
                Join requests <PendingCount group={data} />
              </Tabs.Trigger>
            )}
            {isAdmin && (
              <Tabs.Trigger className="tab" value="links">
                Invite links
              </Tabs.Trigger>
            )}
            {isAdmin && (
              <Tabs.Trigger className="tab" value="activity">
                Activity
              </Tabs.Trigger>
            )}
            {data.role === 'owner' && (
              <Tabs.Trigger className="tab" value="settings">
                Settings
              </Tabs.Trigger>
            )}
          </Tabs.List>
          <Tabs.Content value="people" className="tab-panel">
            <PeopleTab group={data} />
          </Tabs.Content>
          {isAdmin && (
            <Tabs.Content value="requests" className="tab-panel">
              <JoinRequestsTab group={data} />
            </Tabs.Content>
          )}
          {isAdmin && (
            <Tabs.Content value="links" className="tab-panel">
              <InviteLinksTab group={data} />
            </Tabs.Content>
          )}
          {isAdmin && (
            <Tabs.Content value="activity" className="tab-panel">
              <ActivityTab group={data} />
            </Tabs.Content>
          )}
          {data.role === 'owner' && (
            <Tabs.Content value="settings" className="tab-panel">
              <GroupSettingsTab group={data} />
            </Tabs.Content>
          )}
        </Tabs.Root>
      )}
    </section>
  );
}
