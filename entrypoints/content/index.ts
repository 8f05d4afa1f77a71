/**
 * Content script on every http(s) page. It must cost next to nothing where the page is not about the AI
 * pause debate: a bounded text sample and a keyword gate decide before anything heavier runs.
 */
import { runCrosscheck } from './controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Nothing of ours may surface in the page's console: every failure becomes a status, not an exception.
    runCrosscheck(ctx).catch(() => undefined);
  },
});
