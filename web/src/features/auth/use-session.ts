import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, type User } from '../../api/client';

/** The signed-in user, or null when signed out. */
export function useCurrentUser() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return (await api.get<{ user: User }>('/api/me')).user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => api.post<{ user: User }>('/api/auth/login', input),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(['me'], user);
      // Refetch rather than clear: an open invite modal keeps its content while it joins.
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    },
  });
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    // 201 signs in; 202 `check_email` means the person continues from the link mailed to them.
    mutationFn: (input: { name: string; email: string; password: string; inviteCode?: string; next?: string }) =>
      api.post<{ user: User } | { status: 'check_email' }>('/api/auth/signup', input),
    onSuccess: (result) => {
      if (!('user' in result)) return;
      queryClient.setQueryData(['me'], result.user);
      // Refetch rather than clear: an open invite modal keeps its content while it joins.
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    },
  });
}

export function useLogOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/auth/logout'),
    onSuccess: () => {
      // Everything cached belonged to the person who left. The session query itself is set, not removed: the
      // layout observes that very query, and removing it would leave the header showing them signed in.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      queryClient.setQueryData(['me'], null);
    },
  });
}
