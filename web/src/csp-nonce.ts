import { setNonce } from 'get-nonce';

/**
 * The page's Content-Security-Policy allows no inline style except with the nonce the server wrote into this
 * page. Radix dialogs and menus (through react-remove-scroll) add a <style> element while open; giving them the
 * nonce keeps them working without allowing inline styles in general. Imported before anything renders.
 */
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
if (nonce) setNonce(nonce);
