import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Group, type InviteLink } from '../../api/client';
import { FormError } from '../../components/states';
import { useToast } from '../../components/toast';
import './leak-notice.css';

/**
 * Shown on a link the leak circuit-breaker stopped: what happened, and the way back when the rush was expected
 * (a newsletter went out, a webinar ended).
 */
export function LeakNotice({ group, link }: { group: Group; link: InviteLink }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const resume = useMutation({
    mutationFn: () => api.post(`/api/groups/${group.id}/invite-links/${link.id}/resume`),
    onSuccess: () => {
      toast('Link resumed');
      void queryClient.invalidateQueries({ queryKey: ['invite-links', group.slug, group.id] });
      void queryClient.invalidateQueries({ queryKey: ['current-invite-link', group.id] });
    },
  });
  if (!link.leakSuspectedAt) return null;
  return (
    <div className="leak-notice" role="status">
      <strong>Possible leak: joins need approval</strong>
      <p>
        Many more people than usual joined through this link on {new Date(link.leakSuspectedAt).toLocaleString()}, so Hearth
        switched it to approval. Everyone already in stays in; newcomers wait in Join requests.
      </p>
      <FormError error={resume.error} />
      <button type="button" className="button button-small" onClick={() => resume.mutate()} disabled={resume.isPending}>
        It's fine — resume
      </button>
    </div>
  );
}
