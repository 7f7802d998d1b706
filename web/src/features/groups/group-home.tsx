import * as AlertDialog from '@radix-ui/react-alert-dialog';
import type { Group } from '../../api/client';
import { FormError } from '../../components/states';
import { useCurrentUser } from '../auth/use-session';
import { InviteDialog } from '../invite-dialog/invite-dialog';
import { WrittenText } from './group-hero';
import { useGroupLifecycle } from './use-groups';

/** Where a member lands: the welcome message, what the group is about, and what they can do next. */
export function GroupHome({ group, onOpenPeople }: { group: Group; onOpenPeople: () => void }) {
  const isAdmin = group.role === 'owner' || group.role === 'admin';
  return (
    <div className="home-grid">
      <div className="home-card">
        {group.welcomeMessage ? (
          <section className="card settings-form welcome-card" aria-labelledby="welcome-title">
            <h2 id="welcome-title" className="section-title">
              Welcome to {group.name}
            </h2>
            <WrittenText text={group.welcomeMessage} />
          </section>
        ) : (
          isAdmin && (
            <section className="card settings-form">
              <h2 className="section-title">Welcome new members</h2>
              <p className="hint">Write a welcome message in Settings: new members see it here first.</p>
            </section>
          )
        )}
        <section className="card settings-form" aria-labelledby="about-title">
          <h2 id="about-title" className="section-title">
            About
          </h2>
          {group.description ? <WrittenText text={group.description} /> : <p className="muted">No description yet.</p>}
        </section>
      </div>
      <aside className="home-card">
        <section className="card settings-form home-card">
          <h2 className="section-title">
            {group.memberCount} {group.memberCount === 1 ? 'member' : 'members'}
          </h2>
          <button type="button" className="button" onClick={onOpenPeople}>
            See people
          </button>
          {isAdmin && <InviteDialog group={group} />}
          <LeaveGroup group={group} />
        </section>
      </aside>
    </div>
  );
}

function LeaveGroup({ group }: { group: Group }) {
  const { data: me } = useCurrentUser();
  const { leave } = useGroupLifecycle(group);
  if (group.role === 'owner') {
    return <p className="hint">You own this group. To leave it, first transfer ownership in Settings.</p>;
  }
  return (
    <AlertDialog.Root onOpenChange={() => leave.reset()}>
      <AlertDialog.Trigger className="button">Leave group</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog-title">Leave {group.name}?</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">
            {group.visibility === 'private'
              ? 'You will need a new invitation to come back.'
              : 'You can join again from the group’s page.'}
          </AlertDialog.Description>
          <FormError error={leave.error} />
          <div className="dialog-actions">
            <AlertDialog.Cancel className="button">Stay</AlertDialog.Cancel>
            <button
              type="button"
              className="button button-danger"
              disabled={leave.isPending || !me}
              onClick={() => me && leave.mutate(me.id)}
            >
              {leave.isPending ? 'Leaving…' : 'Leave group'}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
