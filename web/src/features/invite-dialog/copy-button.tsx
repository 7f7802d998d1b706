import { useEffect, useId, useRef, useState } from 'react';
import './copy-button.css';

type CopyState = 'idle' | 'copied' | 'select';

/**
 * Copies `text` and says "Copied" visibly and to screen readers for two seconds. Where the Clipboard API is
 * missing (Hearth served over plain http on a LAN) it copies through the selection, and if the browser refuses
 * that too, it leaves the link selected (in `fieldId`'s field, or a field of its own) and says "Press Ctrl+C".
 * The message sits on its own line, so it never squeezes the link's field.
 */
export function CopyButton({
  text,
  label = 'Copy link',
  className = 'button button-primary',
  fieldId,
}: {
  text: string;
  label?: string;
  className?: string;
  /** The read-only field that shows `text`, selected when the browser cannot copy by itself. */
  fieldId?: string;
}) {
  const [state, setState] = useState<CopyState>('idle');
  const ownFieldId = useId();
  const ownField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  useEffect(() => {
    if (state === 'select' && !fieldId) ownField.current?.select();
  }, [state, fieldId]);

  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
      setState('copied');
      return;
    } catch {
      // Fall through to the selection.
    }
    const field = fieldId ? (document.getElementById(fieldId) as HTMLInputElement | null) : null;
    if (field) {
      field.focus();
      field.select();
      if (copySelection()) return setState('copied');
      return setState('select');
    }
    setState(copyThroughHiddenField(text) ? 'copied' : 'select');
  };

  const shortcut = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘C' : 'Ctrl+C';
  return (
    <>
      <button type="button" className={className} onClick={copy}>
        {label}
      </button>
      <span className={`copy-status copy-${state}`} role="status" aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'select' ? `Press ${shortcut} to copy the selected link` : ''}
      </span>
      {state === 'select' && !fieldId && (
        <input
          id={ownFieldId}
          ref={ownField}
          className="copy-fallback-field"
          readOnly
          value={text}
          aria-label="Link to copy"
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </>
  );
}

/** The pre-Clipboard-API way, which browsers still allow on plain http during a click. */
function copySelection(): boolean {
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

function copyThroughHiddenField(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'copy-offscreen';
  document.body.append(field);
  field.select();
  const copied = copySelection();
  field.remove();
  return copied;
}
