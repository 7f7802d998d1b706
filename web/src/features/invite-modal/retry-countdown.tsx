import { useEffect, useRef, useState } from 'react';

/**
 * Shown when the server asks to wait (429 with Retry-After): counts down and tries again by itself, so a
 * visitor on a busy venue's Wi-Fi gets in without doing anything. "Try now" skips the wait.
 */
export function RetryCountdown({ seconds, onRetry }: { seconds: number; onRetry: () => void }) {
  const [left, setLeft] = useState(Math.max(1, Math.ceil(seconds)));
  const retried = useRef(false);
  useEffect(() => {
    if (left <= 0) {
      if (!retried.current) {
        retried.current = true;
        onRetry();
      }
      return;
    }
    const timer = setTimeout(() => setLeft((value) => value - 1), 1000);
    return () => clearTimeout(timer);
  }, [left, onRetry]);

  return (
    <div className="outcome" role="status">
      <h3>Many people are opening invitations from your network</h3>
      <p>{left > 0 ? `Trying again in ${left} ${left === 1 ? 'second' : 'seconds'}…` : 'Trying again…'}</p>
      <button type="button" className="button" onClick={() => setLeft(0)} disabled={left <= 0}>
        Try now
      </button>
    </div>
  );
}
