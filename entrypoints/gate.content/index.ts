/**
 * The content script on every http(s) page. It must cost next to nothing where the page is not about the AI
 * pause debate, so it holds only the settings check and the cheap gate; the full Crosscheck (Readability,
 * the sidebar) is a separate script the background injects when the gate passes or the reader asks for it.
 */
import { gatePage } from './gate-page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's start-up notice as a CustomEvent only: no window message for every page's listeners to run on.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Nothing of ours may surface in the page's console: every failure becomes a status, not an exception.
    gatePage(ctx).catch(() => undefined);
  },
});
