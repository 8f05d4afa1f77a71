// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupTabStatus, type PopupViewProps } from '../../components/popup/PopupView';
import { click, mount, type Mounted } from './helpers';

const detected: PopupTabStatus = {
  state: 'ready',
  host: 'news.example',
  detected: true,
  topicScore: 0.87,
  additions: 4,
  divergences: 2,
  outletsCompared: 3,
  selfOutlet: 'Summit Post',
  sidebarOpen: false,
};

let view: Mounted | null = null;
afterEach(async () => {
  await view?.unmount();
  view = null;
});

async function open(props: Partial<PopupViewProps> = {}): Promise<Mounted> {
  view = await mount(
    <PopupView
      status={detected}
      siteOff={false}
      globalOff={false}
      onToggleSidebar={() => {}}
      onSiteOffChange={() => {}}
      onGlobalOffChange={() => {}}
      onOpenReports={() => {}}
      {...props}
    />,
  );
  return view;
}

describe('PopupView', () => {
  it('shows what was found on the tab', async () => {
    const v = await open();
    expect(v.byTestId('cc-status')?.textContent).toContain('Article detected');
    expect(v.byTestId('cc-status')?.textContent).toContain('0.87');
    expect(v.byTestId('cc-count-additions')?.textContent).toBe('4');
    expect(v.byTestId('cc-count-divergences')?.textContent).toBe('2');
    expect(v.byTestId('cc-popup-self')?.textContent).toContain('Summit Post');
  });

  it('toggles the sidebar and reflects whether it is open', async () => {
    const onToggleSidebar = vi.fn();
    const v = await open({ onToggleSidebar });
    const toggle = v.byTestId('cc-toggle')!;
    expect(toggle.textContent).toContain('Show sidebar');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await click(toggle);
    expect(onToggleSidebar).toHaveBeenCalledTimes(1);
    await v.rerender(
      <PopupView
        status={{ ...detected, sidebarOpen: true }}
        siteOff={false}
        globalOff={false}
        onToggleSidebar={onToggleSidebar}
        onSiteOffChange={() => {}}
        onGlobalOffChange={() => {}}
        onOpenReports={() => {}}
      />,
    );
    expect(v.byTestId('cc-toggle')?.textContent).toContain('Hide sidebar');
    expect(v.byTestId('cc-toggle')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('turns Crosscheck off for the site and everywhere through switches', async () => {
    const onSiteOffChange = vi.fn();
    const onGlobalOffChange = vi.fn();
    const v = await open({ onSiteOffChange, onGlobalOffChange, globalOff: true });
    const site = v.byTestId('cc-site-off')!;
    const global = v.byTestId('cc-global-off')!;
    expect(site.getAttribute('role')).toBe('switch');
    expect(site.getAttribute('aria-checked')).toBe('false');
    expect(global.getAttribute('aria-checked')).toBe('true');
    await click(site);
    await click(global);
    expect(onSiteOffChange).toHaveBeenCalledWith(true);
    expect(onGlobalOffChange).toHaveBeenCalledWith(false);
    expect(v.byTestId('cc-status')?.textContent).toContain('off everywhere');
    expect(v.byTestId<HTMLButtonElement>('cc-toggle')?.disabled).toBe(true);
  });

  it('says when no article was detected and offers no counts', async () => {
    const v = await open({ status: { ...detected, state: 'not-article', detected: false, topicScore: 0.05 } });
    expect(v.byTestId('cc-status')?.textContent).toContain('No article about the AI pause debate');
    expect(v.byTestId('cc-count-additions')).toBeNull();
  });

  it('opens the reports list and says how many wait to be sent', async () => {
    const onOpenReports = vi.fn();
    const v = await open({ onOpenReports, reportsCount: 5, pendingReports: 2 });
    const button = v.byTestId('cc-open-reports')!;
    expect(button.textContent).toBe('Reports (5), 2 waiting to send');
    await click(button);
    expect(onOpenReports).toHaveBeenCalledTimes(1);
  });

  it('says Crosscheck is not running when the tab does not answer, keeping the site switch usable', async () => {
    const onSiteOffChange = vi.fn();
    const v = await open({ status: null, host: 'shop.example', onSiteOffChange, message: 'Reload the page to run Crosscheck here.' });
    expect(v.byTestId('cc-status')?.textContent).toContain('isn’t running on this page');
    expect(v.byTestId<HTMLButtonElement>('cc-toggle')!.disabled).toBe(true);
    expect(v.byTestId('cc-site-off')?.textContent).toContain('shop.example');
    await click(v.byTestId('cc-site-off'));
    expect(onSiteOffChange).toHaveBeenCalledWith(true);
    expect(v.byTestId('cc-message')?.textContent).toBe('Reload the page to run Crosscheck here.');
  });
});
