// @vitest-environment jsdom
import axe from 'axe-core';
import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupView } from '../../components/popup/PopupView';
import { buildReportDraft } from '../../components/report/draft';
import { ReportForm } from '../../components/report/ReportForm';
import { ReportsList } from '../../components/reports/ReportsList';
import { additionKey, divergenceItem } from '../../components/sidebar/items';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { dateDivergence, makeAnalysis } from './fixture-analysis';
import { mount, type Mounted } from './helpers';

// jsdom has no canvas; axe probes it for icon fonts and copes with null, but jsdom would log "not implemented".
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

let view: Mounted | null = null;
afterEach(async () => {
  await view?.unmount();
  view = null;
});

/** axe-core's structural rules (names, roles, labels, lists, headings); contrast needs a real layout engine. */
async function violations(vnode: ComponentChild): Promise<string[]> {
  view = await mount(vnode);
  const result = await axe.run(view.container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const noop = () => {};

describe('accessibility (axe-core)', () => {
  it('sidebar with results, a focused paragraph and a hidden item', async () => {
    const a = makeAnalysis();
    expect(
      await violations(
        <Sidebar
          state="ready"
          analysis={a}
          focusParagraph={3}
          hiddenKeys={[additionKey(a.additions[1]!)]}
          onClose={noop}
          onSelect={noop}
          onReport={noop}
          onUndoHide={noop}
        />,
      ),
    ).toEqual([]);
  });

  it('sidebar loading, not-article and error states', async () => {
    for (const state of ['loading', 'not-article', 'error'] as const) {
      expect(await violations(<Sidebar state={state} analysis={null} error="x" onClose={noop} />)).toEqual([]);
      await view?.unmount();
      view = null;
    }
  });

  it('report form', async () => {
    const draft = buildReportDraft(divergenceItem(dateDivergence), { pageUrl: 'https://a.test/', extensionVersion: '1' });
    expect(await violations(<ReportForm report={draft} onSubmit={noop} onCancel={noop} />)).toEqual([]);
  });

  it('popup and reports list', async () => {
    expect(
      await violations(
        <div>
          <PopupView
            status={{ state: 'ready', host: 'a.test', detected: true, topicScore: 0.9, additions: 1, divergences: 2, outletsCompared: 3, selfOutlet: null, sidebarOpen: true }}
            siteOff={false}
            globalOff={false}
            onToggleSidebar={noop}
            onSiteOffChange={noop}
            onGlobalOffChange={noop}
            onOpenReports={noop}
          />
          <ReportsList
            reports={[{ id: 'r1', createdAt: 1, reason: 'other', comment: 'c', state: 'pending', lastError: 'HTTP 503', pageUrl: 'https://a.test/', itemSummary: 's' }]}
            onExport={noop}
            onDelete={noop}
            onDeleteAll={noop}
          />
        </div>,
      ),
    ).toEqual([]);
  });
});
