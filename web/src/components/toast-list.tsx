import * as Toast from '@radix-ui/react-toast';
import './toast.css';

/** A button in the toast, such as "Undo"; the toast then stays a little longer so there is time to press it. */
export type ToastAction = { label: string; altText: string; onClick: () => void };
export type ToastMessage = { id: number; title: string; tone: 'success' | 'error'; action?: ToastAction };

export function ToastList({ messages, onDismiss }: { messages: ToastMessage[]; onDismiss: (id: number) => void }) {
  return (
    <Toast.Provider swipeDirection="right" duration={4000}>
      {messages.map((message) => (
        <Toast.Root
          key={message.id}
          className={`toast toast-${message.tone}`}
          duration={message.action ? 8000 : undefined}
          onOpenChange={(open) => !open && onDismiss(message.id)}
        >
          <Toast.Title>{message.title}</Toast.Title>
          {message.action && (
            <Toast.Action className="toast-action" altText={message.action.altText} onClick={message.action.onClick}>
              {message.action.label}
            </Toast.Action>
          )}
          <Toast.Close className="toast-close" aria-label="Dismiss">
            ×
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="toast-viewport" />
    </Toast.Provider>
  );
}
