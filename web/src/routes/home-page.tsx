import { Link, Navigate } from 'react-router';
import type { Group } from '../api/client';
import { Avatar } from '../components/avatar';
import { EmptyState, ErrorState, Loading } from '../components/states';
import { useCurrentUser } from '../features/auth/use-session';
import { CreateGroupDialog } from '../features/groups/create-group-dialog';
import { useMyGroups } from '../features/groups/use-groups';
import { useDocumentTitle } from '../components/use-document-title';

export function HomePage() {
  const { data: user, isPending } = useCurrentUser();
  useDocumentTitle('My groups');
  if (isPending) return <Loading />;
  if (!user) return <Navigate to="/login" replace />;
  return <MyGroups />;
}

function MyGroups() {
  const groups = useMyGroups();
  const member = groups.data?.groups ?? [];
  const requested = groups.data?.requestedGroups ?? [];
  return (
    <section>
      <div className="page-header">
        <h1>My groups</h1>
        <CreateGroupDialog />
      </div>
      {groups.isPending && <Loading label="Loading your groups…" />}
      {groups.isError && (
        <ErrorState title="Could not load your groups" message={groups.error.message} onRetry={() => void groups.refetch()} />
      )}
      {groups.isSuccess && member.length === 0 && requested.length === 0 && (
        <EmptyState title="You are not in any group yet">
          <p>Create one, then invite people with a link.</p>
        </EmptyState>
      )}
      <ul className="group-grid">
        {requested.map((group) => (
          <li key={group.id}>
            <GroupCard group={group} />
          </li>
        ))}
        {member.map((group) => (
          <li key={group.id}>
            <GroupCard group={group} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function GroupCard({ group }: { group: Group }) {
  return (
    <Link className="group-card card" to={`/groups/${group.slug}`}>
      <Avatar name={group.name} src={group.avatarUrl} size="large" />
      <span className="group-card-body">
        <strong className="group-card-name">{group.name}</strong>
        <span className="muted">
          {group.memberCount} {group.memberCount === 1 ? 'member' : 'members'} ·{' '}
          {group.visibility === 'private' ? 'Private' : 'Public'}
        </span>
        {group.role && <span className={`badge badge-${group.role}`}>{roleLabel[group.role]}</span>}
        {group.viewerStatus === 'pending' && <span className="badge badge-warning">Requested — awaiting approval</span>}
      </span>
    </Link>
  );
}

export const roleLabel = { owner: 'Owner', admin: 'Admin', member: 'Member' } as const;
