import type { Group } from '../../api/client';
import { Avatar } from '../../components/avatar';
import './groups.css';

/** The group's face: picture, name, privacy and size. Shared by the home, the public page and the invite backdrop. */
export function GroupHero({
  group,
  headingLevel = 1,
}: {
  group: Pick<Group, 'name' | 'avatarUrl' | 'visibility' | 'invitesPaused'> & { memberCount: number | null };
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <header className="group-header group-hero">
      <Avatar name={group.name} src={group.avatarUrl} size="large" />
      <div className="group-hero-text">
        <Heading className="group-hero-name">{group.name}</Heading>
        <p className="muted">
          {group.visibility === 'private' ? 'Private group' : 'Public group'}
          {group.memberCount !== null && (
            <>
              {' '}
              · {group.memberCount} {group.memberCount === 1 ? 'member' : 'members'}
            </>
          )}
          {group.invitesPaused && <span className="badge badge-warning">Invites paused</span>}
        </p>
      </div>
    </header>
  );
}

/** Text an owner wrote, with its line breaks kept and long words wrapped. */
export function WrittenText({ text, className = '' }: { text: string; className?: string }) {
  return <p className={`written-text ${className}`}>{text}</p>;
}
