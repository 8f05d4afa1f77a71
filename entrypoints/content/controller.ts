/**
 * The content script's flow: gate → extract → detect → analyze (background) → sidebar and markers.
 * Everything it registers hangs off WXT's `ctx`, so it is torn down when the extension reloads or updates.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '../../lib/extract/article';
import { quickGate } from '../../lib/detect/gate';
import { detectTopic } from '../../lib/detect/topic';
import { onContentMessages, sendToBackground } from '../../lib/messaging/messenger';
import { isActiveOn, settingsItem } from '../../lib/storage/settings';
import type { Analysis } from '../../lib/types';
import { samplePage } from './page-sample';
import { locateParagraphs } from './paragraph-locator';
import { createPageMarks } from './page-marks';
import { createSidebarHost, type SidebarHost } from './sidebar-host';
import { createReportFlow } from './report-flow';

// Readability's own bound: past this many elements a page is not worth parsing in the reader's tab.
const MAX_ELEMS_TO_PARSE = 15000;

/** Runs Crosscheck on this page until `ctx` is invalidated. */
export async function runCrosscheck(ctx: ContentScriptContext): Promise<void> {
  const host = location.hostname;
  const settings = await settingsItem.getValue();
  if (!isActiveOn(settings, host)) {
    await sendToBackground('reportStatus', { state: 'disabled' }).catch(() => undefined);
    watchSettings(ctx, host);
    return;
  }

  let sidebar: SidebarHost | null = null;
  let analysis: Analysis | null = null;
  let notArticle = false;
  const marks = createPageMarks((index) => void openSidebar(index));
  const reports = createReportFlow({ analysis: () => analysis, repaint: () => sidebar?.repaint() });
  let targets = new Map<number, HTMLElement>();
  ctx.onInvalidated(() => marks.clear());

  const status = (patch: Parameters<typeof sendToBackground<'reportStatus'>>[1]) =>
    sendToBackground('reportStatus', patch).catch(() => undefined);

  async function ensureSidebar(): Promise<SidebarHost> {
    sidebar ??= await createSidebarHost(ctx, {
      onClose: () => void setOpen(false),
      onSelect: (paragraph) => {
        const el = targets.get(paragraph);
        if (el) marks.highlight(el);
      },
      reportProps: reports.props,
    });
    return sidebar;
  }

  async function setOpen(open: boolean, focusParagraph: number | null = null): Promise<boolean> {
    const view = await ensureSidebar();
    if (open) {
      view.show({
        state: analysis ? 'ready' : notArticle ? 'not-article' : 'loading',
        analysis,
        focusParagraph,
      });
    } else view.hide();
    await status({ sidebarOpen: open });
    return open;
  }

  async function openSidebar(focusParagraph: number | null = null): Promise<void> {
    await setOpen(true, focusParagraph);
  }

  onContentMessages(
    { toggleSidebar: async () => ({ open: await setOpen(!(sidebar?.isOpen() ?? false)) }) },
    ctx.signal,
  );
  watchSettings(ctx, host);

  await status({ state: 'checking', sidebarOpen: false });
  if (!quickGate(samplePage(document))) {
    notArticle = true;
    await status({ state: 'not-article' });
    return;
  }
  await idle(ctx);
  if (ctx.isInvalid) return;
  const article = extractArticle(document, { url: location.href, maxElemsToParse: MAX_ELEMS_TO_PARSE });
  const detection = article ? detectTopic(article) : null;
  if (!article || !detection?.detected) {
    notArticle = true;
    await status({ state: 'not-article', topicScore: detection?.topicScore ?? 0, reasons: detection?.reasons ?? [] });
    return;
  }

  await status({ state: 'analyzing', detected: true, topicScore: detection.topicScore });
  if (settings.autoOpen) await openSidebar();
  try {
    analysis = await sendToBackground('analyze', { article, detection });
  } catch (err) {
    await status({ state: 'error', error: String(err) });
    sidebar?.show({ state: 'error', analysis: null, error: 'Crosscheck could not compare this page. Reload to try again.' });
    return;
  }
  if (ctx.isInvalid) return;
  targets = locateParagraphs(document, article.paragraphs);
  const matched = new Map([...targets].filter(([i]) => analysis!.paragraphs[i]?.matches.length));
  marks.showMarkers(matched, (i) => `Crosscheck: other outlets on this paragraph (${analysis!.paragraphs[i]!.matches.length})`);
  if (sidebar?.isOpen()) sidebar.show({ state: 'ready', analysis, focusParagraph: null });
  await reports.loadHidden();
}

/** Turning Crosscheck off (site or global) removes it from open tabs at once; turning it on needs a reload. */
function watchSettings(ctx: ContentScriptContext, host: string): void {
  const unwatch = settingsItem.watch((next) => {
    if (!isActiveOn(next, host)) ctx.abort?.();
  });
  ctx.onInvalidated(unwatch);
}

function idle(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) ctx.requestIdleCallback(() => resolve(), { timeout: 1500 });
    else ctx.setTimeout(resolve, 0);
  });
}
