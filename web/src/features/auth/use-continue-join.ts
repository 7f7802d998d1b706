import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After "Continue with email", the sign-in page returns to the invite with `continueJoin` in the history
 * state: the invite modal then joins in place once it is ready (signed in, nothing left to ask), so the person
 * ends joined without a second click. Runs once per visit.
 */
export function useContinueJoin(ready: boolean, join: () => void) {
  const location = useLocation();
  const wanted = (location.state as { continueJoin?: boolean } | null)?.continueJoin === true;
  const done = useRef(false);
  useEffect(() => {
    if (!wanted || !ready || done.current) return;
    done.current = true;
    join();
  }, [wanted, ready, join]);
}
