import { createContext, lazy, type ReactNode, Suspense, useCallback, useContext, useState } from 'react';
import type { ToastAction, ToastMessage } from './toast-list';

export type { ToastAction };

type ShowToast = (title: string, tone?: ToastMessage['tone'], action?: ToastAction) => void;
const ToastContext = createContext<ShowToast>(() => {});
// Radix Toast is loaded with the first message: pages that never toast (the invite page) do not download it.
const ToastList = lazy(() => import('./toast-list').then((module) => ({ default: module.ToastList })));

/** Announces outcomes ("Link revoked") politely to screen readers and visibly for a few seconds. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<ToastMessage[]>([]);
  const show = useCallback<ShowToast>((title, tone = 'success', action) => {
    setMessages((current) => [...current, { id: Date.now() + Math.random(), title, tone, action }]);
  }, []);
  const dismiss = useCallback((id: number) => setMessages((current) => current.filter((message) => message.id !== id)), []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      {messages.length > 0 && (
        <Suspense fallback={null}>
          <ToastList messages={messages} onDismiss={dismiss} />
        </Suspense>
      )}
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
