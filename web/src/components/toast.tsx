import * as Toast from '@radix-ui/react-toast';
import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';

import './toast.css';

/** A button in the toast, such as "Undo"; the toast then stays a little longer so there is time to press it. */
export type ToastAction = { label: string; altText: string; onClick: () => void };
type ToastMessage = { id: number; title: string; tone: 'success' | 'error'; action?: ToastAction };
type ShowToast = (title: string, tone?: ToastMessage['tone'], action?: ToastAction) => void;
const ToastContext = createContext<ShowToast>(() => {});

/** Announces outcomes ("Link revoked") politely to screen readers and visibly for a few seconds. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<ToastMessage[]>([]);
  const show = useCallback<ShowToast>((title, tone = 'success', action) => {
    setMessages((current) => [...current, { id: Date.now() + Math.random(), title, tone, action }]);
  }, []);
  return (
    <ToastContext.Provider value={show}>
      <Toast.Provider swipeDirection="right" duration={4000}>
        {children}
        {messages.map((message) => (
          <Toast.Root
            key={message.id}
            className={`toast toast-${message.tone}`}
            duration={message.action ? 8000 : undefined}
            onOpenChange={(open) => !open && setMessages((current) => current.filter((m) => m.id !== message.id))}
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
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
