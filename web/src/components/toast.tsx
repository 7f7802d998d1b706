import * as Toast from '@radix-ui/react-toast';
import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';

type ToastMessage = { id: number; title: string; tone: 'success' | 'error' };
const ToastContext = createContext<(title: string, tone?: ToastMessage['tone']) => void>(() => {});

/** Announces outcomes ("Link revoked") politely to screen readers and visibly for a few seconds. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<ToastMessage[]>([]);
  const show = useCallback((title: string, tone: ToastMessage['tone'] = 'success') => {
    setMessages((current) => [...current, { id: Date.now() + Math.random(), title, tone }]);
  }, []);
  return (
    <ToastContext.Provider value={show}>
      <Toast.Provider swipeDirection="right" duration={4000}>
        {children}
        {messages.map((message) => (
          <Toast.Root
            key={message.id}
            className={`toast toast-${message.tone}`}
            onOpenChange={(open) => !open && setMessages((current) => current.filter((m) => m.id !== message.id))}
          >
            <Toast.Title>{message.title}</Toast.Title>
            <Toast.Close className="toast-close" aria-label="Dismiss">
              ×
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className="toast-viewport" />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
