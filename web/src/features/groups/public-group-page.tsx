import { Link } from 'react-router';
import type { Group } from '../../api/client';
import { FormError } from '../../components/states';
import { GroupHero, WrittenText } from './group-hero';
import { useJoinPublicGroup } from './use-groups';

/**
 * What a signed-in non-member sees at a group's URL: a public group's About and a Join button (no link
 * needed), or, for someone who asked to join, that the request awaits approval. Banned people are never
 * offered Join.
 */
export function PublicGroupPage({ group }: { group: Group }) {
  const join = useJoinPublicGroup(group);
  return (
    <section className="public-page">
      <GroupHero group={group} />
      {group.viewerStatus === 'pending' ? (
        <div className="card settings-form" role="status">
          <h2 className="section-title">Requested — awaiting approval</h2>
          <p>
            You asked to join {group.name}. An owner or admin will review your request; the group opens here once they approve it.
          </p>
          <Link className="button" to="/">
            Back to my groups
          </Link>
        </div>
      ) : (
        <>
          <section className="card settings-form" aria-labelledby="about-title">
            <h2 id="about-title" className="section-title">
              About
            </h2>
            {group.description ? <WrittenText text={group.description} /> : <p className="muted">No description yet.</p>}
          </section>
          {group.viewerStatus === 'banned' ? (
            <div className="card settings-form" role="status">
              <h2 className="section-title">You cannot join this group</h2>
              <p>The admins of {group.name} have banned you from it.</p>
              <Link className="button" to="/">
                Back to my groups
              </Link>
            </div>
          ) : (
            <div className="card settings-form">
              <p>Anyone can join this public group.</p>
              <FormError error={join.error} />
              <button
                type="button"
                className="button button-primary button-block"
                disabled={join.isPending}
                onClick={() => join.mutate()}
              >
                {join.isPending ? 'Joining…' : `Join ${group.name}`}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
