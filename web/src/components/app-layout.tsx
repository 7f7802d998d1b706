import { lazy, Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { useCurrentUser } from '../features/auth/use-session';
import { VerifyEmailBanner } from '../features/auth/verify-email-banner';
import { Avatar } from './avatar';

// The menu's Radix and positioning code is loaded only for signed-in people, keeping the invite page small.
const AccountMenu = lazy(() => import('./account-menu').then((module) => ({ default: module.AccountMenu })));

export function AppLayout() {
  const { data: user } = useCurrentUser();
  return (
    <div className="app">
      <header className="topbar">
        <Link to="/" className="brand" aria-label="Hearth home">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>Hearth</span>
        </Link>
        {user && (
          <Suspense
            fallback={
              <span className="user-button">
                <Avatar name={user.name} size="small" />
                <span className="user-name">{user.name}</span>
              </span>
            }
          >
            <AccountMenu user={user} />
          </Suspense>
        )}
      </header>
      <main className="content">
        {user && !user.emailVerified && <VerifyEmailBanner email={user.email} />}
        <Outlet />
      </main>
    </div>
  );
}
