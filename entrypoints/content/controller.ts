/**
 * The full content script's flow: gate → extract → detect → analyze (background) → sidebar and markers.
 * The gate script already passed the page, or the reader asked for the sidebar; the gate runs again here
 * (microseconds) so an unrelated page opened that way gets its verdict rather than an extraction.
 * Everything it registers hangs off WXT's `ctx`, so it is torn down when the extension reloads or updates.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '../../lib/extract/article';
import { quickGate } from '../../lib/detect/gate';
import { detectTopic } from '../../lib/detect/topic';
import { onContentMessages, sendToBackground } from '../../lib/messaging/messenger';
import type { TabStatus } from '../../lib/messaging/protocol';
import { isActiveOn, settingsItem } from '../../lib/storage/settings';
import { gateSample } from '../../lib/detect/sample';
import { locateParagraphs } from './paragraph-locator';
import { createPageMarks } from './page-marks';
import { createSidebarHost, type SidebarHost, type SidebarView } from './sidebar-host';
import { createReportFlow } from './report-flow';
import type { Boot } from './boot';

// Readability's own bound: past this many elements a page is not worth parsing in the reader's tab.
const MAX_ELEMS_TO_PARSE = 15000;

/**
 * Runs Crosscheck on this page until `ctx` is invalidated. `takeOver` stops the gate script answering and
 * returns what it recorded; it is called in the same task as this script's own listeners are registered.
 */
export async function runCrosscheck(ctx: ContentScriptContext, takeOver: () => Boot = () => ({ open: false })): Promise<void> {
  const host = location.hostname;
  // The page's own status. The background hears of it only once the gate passes (or the reader acts), so an
  // unrelated page never wakes the background; the popup asks the page directly when nothing is stored.
  const local: Partial<TabStatus> = { state: 'checking', sidebarOpen: false };
  let tellBackground = false;
  const status = (patch: Partial<TabStatus>) => {
    Object.assign(local, patch);
    return tellBackground ? sendToBackground('reportStatus', patch).catch(() => undefined) : undefined;
  };
  const settings = await settingsItem.getValue();
  watchSettings(ctx, host);
  if (!isActiveOn(settings, host)) {
    takeOver();
    onContentMessages({ getStatus: () => ({ state: 'disabled' }) }, ctx.signal);
    return;
  }

  // What the sidebar shows whenever it is open; `paint` pushes it there.
  const view: SidebarView = { state: 'loading', analysis: null, progress: 'Checking this page…' };
  let open = false;
  let hostPromise: Promise<SidebarHost> | null = null;
  let targets = new Map<number, HTMLElement>();
  const marks = createPageMarks((index) => void setOpen(true, index));
  const reports = createReportFlow({ analysis: () => view.analysis, repaint: () => void paint() });
  ctx.onInvalidated(() => marks.clear());

  const sidebar = () =>
    (hostPromise ??= createSidebarHost(ctx, {
      onClose: () => void setOpen(false),
      onSelect: (paragraph) => {
        const el = targets.get(paragraph);
        if (el) marks.highlight(el);
      },
      reportProps: reports.props,
    }));

  async function paint(): Promise<void> {
    if (open) (await sidebar()).show({ ...view });
  }

  async function setOpen(next: boolean, focusParagraph: number | null = null, userOpened = true): Promise<boolean> {
    open = next;
    view.focusParagraph = focusParagraph;
    view.userOpened = userOpened;
    if (next) await paint();
    else if (hostPromise) (await hostPromise).hide();
    if (tellBackground) await status({ sidebarOpen: next });
    else {
      // A reader's action on a page the background has not heard of: from here on it keeps this tab's status.
      tellBackground = true;
      await status({ ...local, sidebarOpen: next });
    }
    return next;
  }

  function update(patch: Partial<SidebarView>): Promise<void> {
    Object.assign(view, patch);
    return paint();
  }

  const boot = takeOver();
  onContentMessages(
    { toggleSidebar: async () => ({ open: await setOpen(!open) }), getStatus: () => ({ ...local }) },
    ctx.signal,
  );
  // Loaded because the reader asked for the sidebar on a page the gate let go: show it, with the verdict.
  if (boot.open) await setOpen(true);

  if (!quickGate(gateSample(document))) {
    await update({ state: 'not-article' });
    await status({ state: 'not-article' });
    return;
  }
  tellBackground = true;
  await status({ state: 'checking' });
  await idle(ctx);
  if (ctx.isInvalid) return;
  const article = extractArticle(document, { url: location.href, maxElemsToParse: MAX_ELEMS_TO_PARSE });
  const detection = article ? detectTopic(article) : null;
  if (!article || !detection?.detected) {
    await update({ state: 'not-article' });
    await status({ state: 'not-article', topicScore: detection?.topicScore ?? 0, reasons: detection?.reasons ?? [] });
    return;
  }

  await status({ state: 'analyzing', detected: true, topicScore: detection.topicScore });
  await update({ progress: `Comparing ${article.paragraphs.length} paragraphs with other outlets…` });
  if (settings.autoOpen) await setOpen(true, null, false);
  try {
    const analysis = await sendToBackground('analyze', { article, detection });
    if (ctx.isInvalid) return;
    targets = locateParagraphs(document, article.paragraphs);
    const matched = new Map([...targets].filter(([i]) => analysis.paragraphs[i]?.matches.length));
    marks.showMarkers(matched, (i) => `Crosscheck: other outlets on this paragraph (${analysis.paragraphs[i]!.matches.length})`);
    // The background recorded the verdict when it answered; the page's own copy is for getStatus.
    Object.assign(local, { state: 'ready' });
    await update({ state: 'ready', analysis });
    await reports.loadHidden();
  } catch (err) {
    await status({ state: 'error', error: err instanceof Error ? err.message : String(err) });
    await update({ state: 'error', error: 'Crosscheck could not compare this page. Reload the page to try again.' });
  }
}

/** Turning Crosscheck off (site or global) removes it from open tabs at once; turning it on needs a reload. */
function watchSettings(ctx: ContentScriptContext, host: string): void {
  const unwatch = settingsItem.watch((next) => {
    if (!isActiveOn(next, host)) ctx.abort();
  });
  ctx.onInvalidated(unwatch);
}

function idle(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) ctx.requestIdleCallback(() => resolve(), { timeout: 1500 });
    else ctx.setTimeout(resolve, 0);
  });
}
