/**
 * The full Crosscheck in a page: extraction, analysis and the sidebar. Not in the manifest: the gate script
 * (entrypoints/gate.content) has the background inject it only where the page may be about the AI pause
 * debate, or where the reader asks for the sidebar, so other pages never load it.
 */
import { runCrosscheck } from './controller';
import { takeBoot } from './boot';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // WXT's start-up notice as a CustomEvent only: no window message for every page's listeners to run on.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Nothing of ours may surface in the page's console: every failure becomes a status, not an exception.
    runCrosscheck(ctx, takeBoot).catch(() => undefined);
  },
});
