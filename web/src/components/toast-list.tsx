import * as Toast from '@radix-ui/react-toast';

export type ToastMessage = { id: number; title: string; tone: 'success' | 'error' };

export function ToastList({ messages, onDismiss }: { messages: ToastMessage[]; onDismiss: (id: number) => void }) {
  return (
    <Toast.Provider swipeDirection="right" duration={4000}>
      {messages.map((message) => (
        <Toast.Root
          key={message.id}
          className={`toast toast-${message.tone}`}
          onOpenChange={(open) => !open && onDismiss(message.id)}
        >
          <Toast.Title>{message.title}</Toast.Title>
          <Toast.Close className="toast-close" aria-label="Dismiss">
            ×
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="toast-viewport" />
    </Toast.Provider>
  );
}
