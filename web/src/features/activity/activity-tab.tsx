import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, type Group } from '../../api/client';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import {
  type ActivityEntry,
  type ActivityKind,
  activityKindLabels,
  describeActivity,
  describeChanges,
} from './describe-activity';
import './activity.css';

type ActivityPage = { entries: ActivityEntry[]; nextCursor: string | null };

/** The group's activity log for owners and admins: who did what, newest first, filtered by kind and person. */
export function ActivityTab({ group }: { group: Group }) {
  const [kind, setKind] = useState<ActivityKind | ''>('');
  const [actorId, setActorId] = useState('');
  // People seen in the log so far, so the person filter keeps its choices while filtered.
  const [people, setPeople] = useState(new Map<string, string>());

  const activity = useInfiniteQuery({
    queryKey: ['activity', group.id, kind, actorId],
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }) => {
      const params = new URLSearchParams();
      if (kind) params.set('kind', kind);
      if (actorId) params.set('actorId', actorId);
      if (pageParam) params.set('cursor', pageParam);
      return api.get<ActivityPage>(`/api/groups/${group.id}/activity?${params}`);
    },
    getNextPageParam: (page) => page.nextCursor,
  });
  const entries = activity.data?.pages.flatMap((page) => page.entries) ?? [];
  useEffect(() => {
    const unseen = entries.filter((entry) => entry.actor && !people.has(entry.actor.id));
    if (unseen.length > 0) {
      setPeople((known) => new Map([...known, ...unseen.map((entry) => [entry.actor!.id, entry.actor!.name] as const)]));
    }
  }, [entries, people]);
  const filtered = kind !== '' || actorId !== '';

  return (
    <div>
      <div className="toolbar">
        <label className="visually-hidden" htmlFor="activity-kind">
          Kind of action
        </label>
        <select id="activity-kind" value={kind} onChange={(event) => setKind(event.target.value as ActivityKind | '')}>
          <option value="">All actions</option>
          {Object.entries(activityKindLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor="activity-person">
          Done by
        </label>
        <select id="activity-person" value={actorId} onChange={(event) => setActorId(event.target.value)}>
          <option value="">By anyone</option>
          {[...people].map(([id, name]) => (
            <option key={id} value={id}>
              By {name}
            </option>
          ))}
        </select>
      </div>
      {activity.isPending && <Loading label="Loading activity…" />}
      {activity.isError && (
        <ErrorState
          title="Could not load the activity log"
          message={activity.error.message}
          onRetry={() => void activity.refetch()}
        />
      )}
      {activity.isSuccess && entries.length === 0 && (
        <EmptyState title={filtered ? 'Nothing matches these filters' : 'No activity yet'}>
          <p>Admin actions (links, requests, roles, removals, settings) are recorded here.</p>
        </EmptyState>
      )}
      <ol className="activity-list" aria-label="Activity">
        {entries.map((entry) => (
          <ActivityRow key={entry.id} entry={entry} />
        ))}
      </ol>
      {activity.hasNextPage && (
        <button
          className="button load-more"
          type="button"
          onClick={() => activity.fetchNextPage()}
          disabled={activity.isFetchingNextPage}
        >
          {activity.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}

function ActivityRow({ entry }: { entry: ActivityEntry }) {
  const sentence = describeActivity(entry);
  const changes = describeChanges(entry);
  const when = new Date(entry.createdAt);
  return (
    <li className="activity-row">
      <div className="activity-head">
        <span>{sentence}</span>
        <time className="muted" dateTime={entry.createdAt}>
          {when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
      </div>
      {changes.length > 0 && (
        <ul className="activity-changes" aria-label="Changes">
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
