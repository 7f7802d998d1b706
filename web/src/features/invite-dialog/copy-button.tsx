import { useEffect, useState } from 'react';

/** Copies `text` to the clipboard and says "Copied" visibly and to screen readers for two seconds. */
export function CopyButton({
  text,
  label = 'Copy link',
  className = 'button button-primary',
}: {
  text: string;
  label?: string;
  className?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className={className} onClick={copy}>
        {label}
      </button>
      <span className={`copy-status copy-${state}`} role="status" aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the link and copy it' : ''}
      </span>
    </>
  );
}
