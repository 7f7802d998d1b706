import './csp-nonce';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, type RouteObject, useRoutes } from 'react-router';
import { ApiError } from './api/client';
import { ToastProvider } from './components/toast';
import { AppLayout } from './components/app-layout';
import { Loading } from './components/states';
import './styles.css';
import './server-invite-card.css';

/**
 * Each page is its own chunk, loaded when first opened: someone opening an invite link on a phone downloads the
 * invite modal, not the admin screens (scripts/measure-invite-bundle.mjs keeps it under 120 KB compressed).
 */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  const Page = lazy<ComponentType>(() => load().then((module) => ({ default: module[name] })));
  return (
    <Suspense fallback={<Loading label="Loading…" />}>
      <Page />
    </Suspense>
  );
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// Declarative routing (no loaders/actions are used): React Router's data-router code stays out of the bundle.
const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: page(() => import('./routes/home-page'), 'HomePage') },
      { path: '/login', element: page(() => import('./routes/auth-pages'), 'LogInPage') },
      { path: '/signup', element: page(() => import('./routes/auth-pages'), 'SignUpPage') },
      { path: '/groups/:groupId', element: page(() => import('./routes/group-page'), 'GroupPage') },
      { path: '/invite/:code', element: page(() => import('./routes/invite-page'), 'InvitePage') },
      { path: '/reset-password', element: page(() => import('./routes/reset-password-page'), 'ResetPasswordPage') },
      { path: '/magic-link', element: page(() => import('./routes/magic-link-page'), 'MagicLinkPage') },
      { path: '/verify-email', element: page(() => import('./routes/verify-email-page'), 'VerifyEmailPage') },
      { path: '/dev/mailbox', element: page(() => import('./routes/dev-mailbox-page'), 'DevMailboxPage') },
      {
        path: '/settings/notifications',
        element: page(() => import('./routes/notification-settings-page'), 'NotificationSettingsPage'),
      },
      { path: '/unsubscribe/:token', element: page(() => import('./routes/unsubscribe-page'), 'UnsubscribePage') },
      { path: '*', element: page(() => import('./routes/not-found-page'), 'NotFoundPage') },
    ],
  },
];

function AppRoutes() {
  return useRoutes(routes);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ToastProvider>
    </QueryClientProvider>
  </StrictMode>,
);
