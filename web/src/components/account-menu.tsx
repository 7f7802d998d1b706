import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useNavigate } from 'react-router';
import type { User } from '../api/client';
import { useLogOut } from '../features/auth/use-session';
import { useDevMailboxAvailable } from '../features/dev-mailbox/use-dev-mailbox';
import { Avatar } from './avatar';

/** The signed-in person's menu. Its own chunk (see app-layout.tsx): an invitee signing up does not need it. */
export function AccountMenu({ user }: { user: User }) {
  const logOut = useLogOut();
  const navigate = useNavigate();
  const devMailbox = useDevMailboxAvailable();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="user-button" aria-label={`Account menu for ${user.name}`}>
        <Avatar name={user.name} size="small" />
        <span className="user-name">{user.name}</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
          <DropdownMenu.Label className="menu-label">{user.email}</DropdownMenu.Label>
          <DropdownMenu.Item className="menu-item" onSelect={() => navigate('/')}>
            My groups
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => navigate('/settings/notifications')}>
            Notification settings
          </DropdownMenu.Item>
          {devMailbox.data && (
            <DropdownMenu.Item className="menu-item" onSelect={() => navigate('/dev/mailbox')}>
              Dev mailbox
            </DropdownMenu.Item>
          )}
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item
            className="menu-item"
            onSelect={() => logOut.mutate(undefined, { onSuccess: () => navigate('/login') })}
          >
            Log out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
