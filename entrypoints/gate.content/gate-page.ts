/**
 * The gate script's flow: settings → cheap gate → either load the full Crosscheck into the page, or stay
 * resident answering the popup (a status, or loading the full script when the reader opens the sidebar). It
 * answers until the full script takes over, so the popup is never left without an answer in between.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { quickGate } from '../../lib/detect/gate';
import { gateSample } from '../../lib/detect/sample';
import { onContentMessages, sendToBackground } from '../../lib/messaging/messenger';
import { isActiveOn, settingsItem } from '../../lib/storage/settings';
import { setBoot, type Handover } from '../content/boot';

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
  const article = quickGate(gateSample(document));
  // This script answers the popup until the full one takes over (boot.ts): a toggle in between is written
  // into `boot` for the full script to act on, so no question falls between the two scripts.
  const listening = new AbortController();
  ctx.onInvalidated(() => listening.abort());
  const boot: Handover = { open: false, release: () => listening.abort() };
  let loading: Promise<boolean> | null = null;
  // A load that failed may be asked for again (the status already says why it failed).
  const load = () =>
    (loading ??= loadFull(ctx, boot).then((ok) => {
      if (!ok) loading = null;
      return ok;
    }));
  onContentMessages(
    {
      getStatus: () => ({ state: loading ? 'checking' : 'not-article', sidebarOpen: boot.open }),
      toggleSidebar: async () => {
        // On a page the gate let go, the full script opens the sidebar, which says why the page was let go.
        boot.open = !boot.open;
        if (boot.open && !(await load())) boot.open = false;
        return { open: boot.open };
      },
    },
    listening.signal,
  );
  // Not about the story: nothing more runs here, and the background is not woken. The popup may still ask.
  if (article) await load();
}

/** Has the background inject the full content script; false when it could not (the status says why). */
async function loadFull(ctx: ContentScriptContext, boot: Handover): Promise<boolean> {
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
