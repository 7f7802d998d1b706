import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiError } from './api/client';
import { ToastProvider } from './components/toast';
import { AppLayout } from './components/app-layout';
import { GroupPage } from './routes/group-page';
import { HomePage } from './routes/home-page';
import { InvitePage } from './routes/invite-page';
import { LogInPage, SignUpPage } from './routes/auth-pages';
import { DevMailboxPage } from './routes/dev-mailbox-page';
import { NotFoundPage } from './routes/not-found-page';
import { NotificationSettingsPage } from './routes/notification-settings-page';
import { UnsubscribePage } from './routes/unsubscribe-page';
import { ResetPasswordPage } from './routes/reset-password-page';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/login', element: <LogInPage /> },
      { path: '/signup', element: <SignUpPage /> },
      { path: '/groups/:groupId', element: <GroupPage /> },
      { path: '/invite/:code', element: <InvitePage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/dev/mailbox', element: <DevMailboxPage /> },
      { path: '/settings/notifications', element: <NotificationSettingsPage /> },
      { path: '/unsubscribe/:token', element: <UnsubscribePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  </StrictMode>,
);
