/** The toolbar popup: the current tab's status and counts, the sidebar toggle, and the on/off switches. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup/PopupView';
import { popupCss } from '../../components/styles/popup';
import { sendToBackground } from '../../lib/messaging/messenger';
import type { TabStatus } from '../../lib/messaging/protocol';
import { setGlobalEnabled, setSiteEnabled, settingsItem, type Settings } from '../../lib/storage/settings';
import { resolveTargetTab } from './active-tab';

function Popup() {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [status, setStatus] = useState<TabStatus | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [counts, setCounts] = useState<{ total: number; pending: number } | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    void (async () => {
      const target = await resolveTargetTab(location.search);
      const [s, st, c, commands] = await Promise.all([
        settingsItem.getValue(),
        target ? sendToBackground('getTabStatus', { tabId: target.id }).catch(() => null) : null,
        sendToBackground('reportCounts', {}).catch(() => null),
        browser.commands.getAll().catch(() => []),
      ]);
      if (abort.signal.aborted) return;
      setCounts(c);
      setShortcut(commands.find((cmd) => cmd.name === 'toggle-sidebar')?.shortcut || null);
      setTab(target);
      setSettings(s);
      setStatus(st);
    })();
    return () => abort.abort();
  }, []);

  const host = status?.host || hostOf(tab?.url ?? '');
  return (
    <PopupView
      status={status}
      host={host}
      message={message}
      siteOff={!!settings && !!host && settings.disabledSites.includes(host)}
      globalOff={!!settings && !settings.enabled}
      reportsCount={counts?.total ?? 0}
      pendingReports={counts?.pending ?? 0}
      shortcut={shortcut}
      onToggleSidebar={async () => {
        if (!tab) return;
        const res = await sendToBackground('toggleSidebar', { tabId: tab.id }).catch(() => null);
        if (!res) setMessage('Crosscheck is not running on this page. Reload it to start.');
        else setStatus((s) => (s ? { ...s, sidebarOpen: res.open } : s));
      }}
      onSiteOffChange={async (off) => {
        if (!host) return;
        setSettings(await setSiteEnabled(host, !off));
        setMessage(off ? null : 'Reload the page to run Crosscheck here.');
      }}
      onGlobalOffChange={async (off) => {
        setSettings(await setGlobalEnabled(!off));
        setMessage(off ? null : 'Reload open pages to run Crosscheck on them.');
      }}
      onOpenReports={() => void browser.runtime.openOptionsPage()}
    />
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const style = document.createElement('style');
style.textContent = popupCss;
document.head.append(style);
render(<Popup />, document.getElementById('app')!);
