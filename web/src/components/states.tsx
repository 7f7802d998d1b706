import type { ReactNode } from 'react';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/**
 * A failed load, said plainly. `onRetry` offers a Retry button (every load that can fail for a moment, such as a
 * dropped connection, should: reloading the whole page is not a next step); `action` any other next step.
 */
export function ErrorState({
  title,
  message,
  action,
  onRetry,
}: {
  title: string;
  message: string;
  action?: ReactNode;
  onRetry?: () => void;
}) {
  return (
    <div className="state state-error" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
      {action}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <strong>{title}</strong>
      {children}
    </div>
  );
}

export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
