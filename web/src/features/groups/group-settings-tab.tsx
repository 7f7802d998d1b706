import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, type Group } from '../../api/client';
import { FormError } from '../../components/states';
import { useToast } from '../../components/toast';
import { useRefreshGroup } from './use-groups';

/** Owners set up to three membership questions that requesters answer in the invite modal. */
const questionSlots = ['first', 'second', 'third'] as const;

export function GroupSettingsTab({ group }: { group: Group }) {
  const [questions, setQuestions] = useState<string[]>([...group.membershipQuestions, '', '', ''].slice(0, 3));
  const toast = useToast();
  const refresh = useRefreshGroup(group);
  const save = useMutation({
    mutationFn: () =>
      api.patch(`/api/groups/${group.id}`, { membershipQuestions: questions.map((q) => q.trim()).filter(Boolean) }),
    onSuccess: () => {
      toast('Questions saved');
      void refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="form settings-form card" onSubmit={submit}>
      <h2 className="section-title">Membership questions</h2>
      <p className="hint">
        People who request to join {group.visibility === 'private' ? 'this group' : 'through a link that needs approval'} answer
        these before their request is sent. Up to three; leave a field empty to drop it.
      </p>
      {questionSlots.map((slot, index) => (
        <div key={slot}>
          <label htmlFor={`question-${index}`}>Question {index + 1}</label>
          <input
            id={`question-${index}`}
            maxLength={300}
            value={questions[index]}
            onChange={(e) => setQuestions(questions.map((q, i) => (i === index ? e.target.value : q)))}
          />
        </div>
      ))}
      <FormError error={save.error} />
      <div className="dialog-actions">
        <button className="button button-primary" type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save questions'}
        </button>
      </div>
    </form>
  );
}
