import * as AlertDialog from '@radix-ui/react-alert-dialog';
import type { ReactNode } from 'react';
import './confirm-dialog.css';

type ConfirmProps = {
  /** The question, naming the thing: "Reset the link “Flyer”?" */
  title: string;
  /** The consequence, in the user's words: "People who already have this link will no longer be able to join." */
  consequence: ReactNode;
  /** The verb on the confirming button: "Reset link", "Ban Ada". */
  confirmLabel: string;
  onConfirm: () => void;
};

/**
 * Asks before a destructive action, as an alert dialog: focus starts on Cancel, Escape cancels, and screen
 * readers hear the title and the consequence. Controlled, so a menu item can open it too.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  ...props
}: ConfirmProps & { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <ConfirmContent {...props} />
    </AlertDialog.Root>
  );
}

/** A button that asks first: `children` is the button's text. */
export function ConfirmButton({
  children,
  className = 'button button-small',
  disabled,
  ...props
}: ConfirmProps & { children: ReactNode; className?: string; disabled?: boolean }) {
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger className={className} disabled={disabled}>
        {children}
      </AlertDialog.Trigger>
      <ConfirmContent {...props} />
    </AlertDialog.Root>
  );
}

function ConfirmContent({ title, consequence, confirmLabel, onConfirm }: ConfirmProps) {
  return (
    <AlertDialog.Portal>
      <AlertDialog.Overlay className="dialog-overlay confirm-overlay" />
      <AlertDialog.Content className="dialog confirm-dialog">
        <AlertDialog.Title className="dialog-title">{title}</AlertDialog.Title>
        <AlertDialog.Description className="dialog-description">{consequence}</AlertDialog.Description>
        <div className="dialog-actions">
          <AlertDialog.Cancel className="button">Cancel</AlertDialog.Cancel>
          <AlertDialog.Action className="button button-destructive" onClick={onConfirm}>
            {confirmLabel}
          </AlertDialog.Action>
        </div>
      </AlertDialog.Content>
    </AlertDialog.Portal>
  );
}
