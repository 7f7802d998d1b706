import { useEffect } from 'react';

/**
 * The server renders a readable invitation card into /invite/:code (for crawlers, no-JavaScript browsers and slow
 * phones); once the invite page is on screen it takes the card's place.
 */
export function useReplaceServerInviteCard() {
  useEffect(() => {
    document.getElementById('server-invite-card')?.remove();
  }, []);
}
