/**
 * The gate script's flow: settings → cheap gate → either load the full Crosscheck into the page, or stay
 * resident answering the popup (a status, or loading the full script when the reader opens the sidebar).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { quickGate } from '../../lib/detect/gate';
import { gateSample } from '../../lib/detect/sample';
import { onContentMessages, sendToBackground } from '../../lib/messaging/messenger';
import { isActiveOn, settingsItem } from '../../lib/storage/settings';
import { setBoot, type Boot } from '../content/boot';

/** Decides what this page gets, until `ctx` is invalidated. */
export async function gatePage(ctx: ContentScriptContext): Promise<void> {
  const host = location.hostname;
  const settings = await settingsItem.getValue();
  const unwatch = settingsItem.watch((next) => {
    if (!isActiveOn(next, host)) ctx.abort();
  });
  ctx.onInvalidated(unwatch);
  if (ctx.isInvalid) return;
  if (!isActiveOn(settings, host)) {
    onContentMessages({ getStatus: () => ({ state: 'disabled' }) }, ctx.signal);
    return;
  }
  if (quickGate(gateSample(document))) {
    await loadFull(ctx, { open: false });
    return;
  }
  // Not about the story: nothing more runs here, and the background is not woken. The popup may still ask.
  const listening = new AbortController();
  ctx.onInvalidated(() => listening.abort());
  onContentMessages(
    {
      getStatus: () => ({ state: 'not-article', sidebarOpen: false }),
      toggleSidebar: async () => {
        // The full script answers from here on; it opens the sidebar, which says why the page was let go.
        listening.abort();
        return { open: await loadFull(ctx, { open: true }) };
      },
    },
    listening.signal,
  );
}

/** Has the background inject the full content script; false when it could not (the status says why). */
async function loadFull(ctx: ContentScriptContext, boot: Boot): Promise<boolean> {
  if (ctx.isInvalid) return false;
  setBoot(boot);
  try {
    await sendToBackground('loadCrosscheck', {});
    return true;
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    await sendToBackground('reportStatus', { state: 'error', error }).catch(() => undefined);
    return false;
  }
}
