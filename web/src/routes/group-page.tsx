import * as Tabs from '@radix-ui/react-tabs';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { ActivityTab } from '../features/activity/activity-tab';
import { ErrorState, Loading } from '../components/states';
import { useCurrentUser } from '../features/auth/use-session';
import { GroupHero } from '../features/groups/group-hero';
import { GroupHome } from '../features/groups/group-home';
import { GroupSettingsTab } from '../features/groups/group-settings-tab';
import { WebhooksPanel } from '../features/webhooks/webhooks-panel';
import { PublicGroupPage } from '../features/groups/public-group-page';
import { useGroup } from '../features/groups/use-groups';
import { InviteLinksTab } from '../features/invite-dialog/invite-links-tab';
import { JoinRequestsTab } from '../features/join-requests/join-requests-tab';
import { PendingCount } from '../features/join-requests/pending-count';
import { PeopleTab } from '../features/people/people-tab';
import { useDocumentTitle } from '../components/use-document-title';

export function GroupPage() {
  const { groupId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data: user, isPending: userPending } = useCurrentUser();
  const group = useGroup(groupId);
  useDocumentTitle(group.data?.name ?? (group.isError ? 'Group not found' : null));

  if (userPending || group.isPending) return <Loading label="Loading the group…" />;
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(`/groups/${groupId}`)}`} replace />;
  if (group.isError) {
    const missing = group.error instanceof ApiError && group.error.status === 404;
    return (
      <ErrorState
        title={missing ? 'Group not found' : 'Could not load the group'}
        message={missing ? 'This group does not exist, or you are not a member of it.' : group.error.message}
        action={missing ? <Link to="/">Back to my groups</Link> : undefined}
        onRetry={missing ? undefined : () => void group.refetch()}
      />
    );
  }
  const data = group.data;
  if (data.role === null) return <PublicGroupPage group={data} />;

  const isAdmin = data.role === 'owner' || data.role === 'admin';
  const tab = params.get('tab') ?? 'home';
  const openTab = (value: string) => setParams({ tab: value }, { replace: true });

  return (
    <section>
      <GroupHero group={data} />
      <Tabs.Root value={tab} onValueChange={openTab}>
        <Tabs.List className="tabs" aria-label="Group sections">
          <Tabs.Trigger className="tab" value="home">
            Home
          </Tabs.Trigger>
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
          {isAdmin && (
            <Tabs.Trigger className="tab" value="settings">
              Settings
            </Tabs.Trigger>
          )}
        </Tabs.List>
        <Tabs.Content value="home" className="tab-panel" tabIndex={-1}>
          <GroupHome group={data} onOpenPeople={() => openTab('people')} />
        </Tabs.Content>
        <Tabs.Content value="people" className="tab-panel" tabIndex={-1}>
          <PeopleTab group={data} />
        </Tabs.Content>
        {isAdmin && (
          <Tabs.Content value="requests" className="tab-panel" tabIndex={-1}>
            <JoinRequestsTab group={data} />
          </Tabs.Content>
        )}
        {isAdmin && (
          <Tabs.Content value="links" className="tab-panel" tabIndex={-1}>
            <InviteLinksTab group={data} />
          </Tabs.Content>
        )}
        {isAdmin && (
          <Tabs.Content value="activity" className="tab-panel" tabIndex={-1}>
            <ActivityTab group={data} />
          </Tabs.Content>
        )}
        {isAdmin && (
          <Tabs.Content value="settings" className="tab-panel" tabIndex={-1}>
            <GroupSettingsTab group={data} />
            {data.role === 'owner' && <WebhooksPanel group={data} />}
          </Tabs.Content>
        )}
      </Tabs.Root>
    </section>
  );
}
