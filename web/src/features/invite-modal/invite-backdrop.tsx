import { WrittenText } from '../groups/group-hero';
import { Avatar } from '../../components/avatar';
import './invite-backdrop.css';

export type BackdropGroup = {
  name: string;
  avatarUrl: string | null;
  visibility: 'public' | 'private';
  memberCount?: number | null;
  description?: string;
};

/**
 * The group's page behind the invite modal: a public group's About shows plainly; a private group shows only
 * its picture and name, blurred. When the visitor closes the modal they stay here, with a way back to it.
 */
export function InviteBackdrop({
  group,
  modalOpen,
  onReopen,
}: {
  group: BackdropGroup | undefined;
  modalOpen: boolean;
  onReopen: () => void;
}) {
  const isPrivate = group?.visibility !== 'public';
  return (
    <div className="invite-backdrop">
      <div className={`invite-page-behind ${isPrivate ? 'invite-page-blurred' : ''}`} aria-hidden={modalOpen || isPrivate}>
        {group && (
          <>
            <div className="invite-page-hero">
              <Avatar name={group.name} src={group.avatarUrl} size="large" />
              <div className="invite-page-title">
                <h1 className="group-hero-name">{group.name}</h1>
                <p className="muted">
                  {group.visibility === 'private' ? 'Private group' : 'Public group'}
                  {typeof group.memberCount === 'number' &&
                    ` · ${group.memberCount} ${group.memberCount === 1 ? 'member' : 'members'}`}
                </p>
              </div>
            </div>
            {!isPrivate && group.description && (
              <section className="card settings-form invite-page-about">
                <h2 className="section-title">About</h2>
                <WrittenText text={group.description} />
              </section>
            )}
          </>
        )}
      </div>
      {!modalOpen && (
        <div className="invite-reopen">
          <button type="button" className="button button-primary" onClick={onReopen}>
            {group ? `Open the invitation to ${group.name}` : 'Open the invitation'}
          </button>
        </div>
      )}
    </div>
  );
}
