/**
 * Background: holds the corpus engine (opened from the shipped corpus file on first use, cheap enough to
 * redo after the service worker sleeps), answers the content scripts and the popup, and keeps the badge.
 */
import { browser } from 'wxt/browser';
import type { Engine } from '../../lib/engine';
import { onBackgroundMessages, sendToTab } from '../../lib/messaging/messenger';
import type { TabStatus } from '../../lib/messaging/protocol';
import type { Analysis } from '../../lib/types';
import { clearTabStatus, emptyStatus, getTabStatus, updateTabStatus } from '../../lib/storage/tab-status';
import { serialized } from '../../lib/storage/serialized';
import { updateBadge } from './badge';
import { loadShippedEngine } from './corpus';
import { registerReports } from './reports';
import { injectCrosscheck } from './inject';

/** A tab the content script never reported for (an unrelated page): ask the page itself, for the popup. */
async function askTab(tabId: number): Promise<TabStatus | null> {
  try {
    const [tab, own] = await Promise.all([browser.tabs.get(tabId), sendToTab(tabId, 'getStatus', {})]);
    return { ...emptyStatus(tab.url ?? ''), ...own };
  } catch {
    // No content script there: a browser page, or one loaded before Crosscheck was installed.
    return null;
  }
}

/** The corpus text behind every match, so the sidebar can show a match without asking again. */
function matchedPassages(engine: Engine, analysis: Analysis): Record<string, string> {
  const byId = new Map(engine.docs.map((d) => [d.id, d]));
  const out: Record<string, string> = {};
  for (const p of analysis.paragraphs) {
    for (const m of p.matches) out[`${m.doc}#${m.paragraph}`] ??= byId.get(m.doc)?.paragraphs[m.paragraph] ?? '';
  }
  return out;
}

function outletLabels(engine: Engine): Record<string, string> {
  return Object.fromEntries(engine.docs.map((d) => [d.id, d.outlet]));
}

export default defineBackground(() => {
  let engine: Promise<Engine> | null = null;
  // A failed load is not kept: the next page asks again rather than inheriting the failure.
  const getEngine = () =>
    (engine ??= loadShippedEngine().catch((err: unknown) => {
      engine = null;
      throw err;
    }));
  registerReports();
  // One writer per tab: status updates from one tab are applied in order, never interleaved.
  const writeStatus = serialized((tabId: number, url: string, patch: Partial<TabStatus>) =>
    updateTabStatus(tabId, url, patch).then(async (status) => {
      await updateBadge(tabId, status);
      return status;
    }),
  );

  onBackgroundMessages({
    analyze: async ({ article, detection }, sender) => {
      const e = await getEngine();
      const result = e.analyze(article, detection);
      const analysis = { ...result, outlets: outletLabels(e), passages: matchedPassages(e, result) };
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        await writeStatus(tabId, sender.tab?.url ?? '', {
          state: 'ready',
          detected: analysis.detected,
          topicScore: analysis.topicScore,
          reasons: analysis.reasons,
          self: analysis.self,
          selfOutlet: analysis.selfOutlet,
          outletsCompared: analysis.outletsCompared,
          additions: analysis.additions.length,
          divergences: analysis.divergences.length,
        });
      }
      return analysis;
    },
    loadCrosscheck: async (_, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('Crosscheck can only be loaded into a tab');
      await writeStatus(tabId, sender.tab?.url ?? '', { state: 'checking' });
      await injectCrosscheck(tabId, sender.frameId ?? 0);
    },
    reportStatus: async (patch, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await writeStatus(tabId, sender.tab?.url ?? '', patch);
    },
    getTabStatus: async ({ tabId }) => (await getTabStatus(tabId)) ?? askTab(tabId),
    toggleSidebar: async ({ tabId }) => {
      try {
        return await sendToTab(tabId, 'toggleSidebar', {});
      } catch {
        // No content script there (a browser page, or Crosscheck is off for it): nothing to toggle.
        return null;
      }
    },
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, 'toggleSidebar', {}).catch(() => null);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new page in the tab: the old page's status and badge no longer apply.
    if (change.status === 'loading' && change.url) {
      void clearTabStatus(tabId).then(() => browser.action.setBadgeText({ tabId, text: '' }));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabStatus(tabId));
});
