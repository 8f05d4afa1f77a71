// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildReportDraft, type ReportContent } from '../../components/report/draft';
import { ReportForm, type ReportFormProps } from '../../components/report/ReportForm';
import { additionItem, divergenceItem, matchItem } from '../../components/sidebar/items';
import { dateDivergence, makeAnalysis } from './fixture-analysis';
import { click, key, mount, type Mounted, typeInto } from './helpers';

const NOW = new Date('2026-11-25T20:00:00.000Z');
const draft = buildReportDraft(divergenceItem(dateDivergence), {
  pageUrl: 'https://news.example/story?id=<script>',
  extensionVersion: '0.1.0',
  now: NOW,
});

let view: Mounted | null = null;
afterEach(async () => {
  await view?.unmount();
  view = null;
});

async function open(props: Partial<ReportFormProps> = {}): Promise<Mounted> {
  view = await mount(<ReportForm report={draft} onSubmit={() => {}} onCancel={() => {}} {...props} />);
  return view;
}

describe('buildReportDraft', () => {
  it('carries both passages, kind, scores, version and time of a divergence', () => {
    expect(draft).toEqual({
      pageUrl: 'https://news.example/story?id=<script>',
      itemType: 'divergence',
      itemKey: 'divergence:date:1:002_harbor:4',
      kind: 'date',
      summary: dateDivergence.summary,
      page: { source: 'page', outlet: null, paragraph: 1, text: dateDivergence.page.text },
      other: { source: '002_harbor', outlet: 'Harbor Daily', paragraph: 4, text: dateDivergence.other.text },
      outlets: ['Harbor Daily'],
      scores: { divergence: 0.8 },
      extensionVersion: '0.1.0',
      createdAt: '2026-11-25T20:00:00.000Z',
    });
  });

  it('has no page passage for an addition, and looks up the page text of a match', () => {
    const a = makeAnalysis();
    const add = buildReportDraft(additionItem(a.additions[0]!), { pageUrl: 'https://x.test/', extensionVersion: '1', now: NOW });
    expect(add.page).toBeNull();
    expect(add.outlets).toEqual(['Harbor Daily', 'Valley Courier']);
    const m = buildReportDraft(matchItem(3, a.paragraphs[3]!.matches[0]!, 'Lakeside Wire'), {
      pageUrl: 'https://x.test/',
      extensionVersion: '1',
      now: NOW,
      analysis: a,
      corpusPassage: (doc, p) => (doc === '003_lakeside' && p === 7 ? 'corpus text' : undefined),
    });
    expect(m.page?.text).toBe(a.paragraphs[3]!.text);
    expect(m.other.text).toBe('corpus text');
    expect(m.scores).toEqual({ match: 0.81 });
  });
});

describe('ReportForm', () => {
  it('offers the four reasons as radio buttons and previews every field of the report', async () => {
    const v = await open();
    const radios = v.container.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(Array.from(radios).map((r) => r.value)).toEqual(['wrong-match', 'not-divergence', 'missing-context', 'other']);
    const preview = v.byTestId('cc-report-preview')!.textContent!;
    for (const part of [draft.pageUrl, dateDivergence.page.text, dateDivergence.other.text, 'Date', 'divergence 0.80', '0.1.0', draft.createdAt]) {
      expect(preview).toContain(part);
    }
    expect(v.container.querySelector('script')).toBeNull();
  });

  it('submits exactly what the preview showed', async () => {
    const onSubmit = vi.fn<(c: ReportContent) => void>();
    const v = await open({ onSubmit });
    await click(v.byTestId('cc-reason-not-divergence'));
    await typeInto(v.byTestId('cc-report-comment'), '  Both say the same day.  ');
    const previewed = JSON.parse(v.byTestId('cc-report-json')!.textContent!);
    await click(v.byTestId('cc-report-submit'));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]![0]).toEqual(previewed);
    expect(previewed).toMatchObject({ reason: 'not-divergence', comment: 'Both say the same day.', kind: 'date' });
  });

  it('asks for a reason instead of submitting without one', async () => {
    const onSubmit = vi.fn();
    const v = await open({ onSubmit });
    await click(v.byTestId('cc-report-submit'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(v.container.querySelector('[role="alert"]')?.textContent).toContain('Choose what is wrong');
  });

  it('cancels on Esc and on the Cancel button', async () => {
    const onCancel = vi.fn();
    const v = await open({ onCancel });
    await key(v.byTestId('cc-report-comment')!, 'Escape');
    await click(v.byTestId('cc-report-cancel'));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('submits on Ctrl+Enter from the comment box', async () => {
    const onSubmit = vi.fn();
    const v = await open({ onSubmit, initialReason: 'other' });
    await key(v.byTestId('cc-report-comment')!, 'Enter', { ctrlKey: true });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]![0].reason).toBe('other');
  });

  it('does not let key events reach the page while the reader types', async () => {
    const seen: string[] = [];
    const listener = (e: Event) => seen.push(e.type);
    for (const t of ['keydown', 'keypress', 'keyup']) window.addEventListener(t, listener);
    try {
      const v = await open();
      const box = v.byTestId('cc-report-comment')!;
      for (const type of ['keydown', 'keypress', 'keyup'] as const) await key(box, 's', { type });
      await key(box, 'Escape');
      expect(seen).toEqual([]);
    } finally {
      for (const t of ['keydown', 'keypress', 'keyup']) window.removeEventListener(t, listener);
    }
  });

  it('starts on the first reason, keeps Tab inside, and gives focus back when it closes', async () => {
    const opener = document.createElement('button');
    document.body.appendChild(opener);
    opener.focus();
    const v = await open();
    const first = v.byTestId('cc-reason-wrong-match')!;
    const submit = v.byTestId<HTMLButtonElement>('cc-report-submit')!;
    expect(document.activeElement).toBe(first);
    await key(first, 'Tab', { shiftKey: true });
    expect(document.activeElement).toBe(submit);
    await key(submit, 'Tab');
    expect(document.activeElement).toBe(first);
    await v.unmount();
    view = null;
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('disables submit while the host is saving, and shows its error', async () => {
    const v = await open({ busy: true, error: 'Storage is full.' });
    expect(v.byTestId<HTMLButtonElement>('cc-report-submit')!.disabled).toBe(true);
    expect(v.container.textContent).toContain('Storage is full.');
  });

  it('previews and submits the id the host chose, so the stored report is the one shown', async () => {
    const onSubmit = vi.fn<(c: ReportContent) => void>();
    const v = await open({ report: { ...draft, id: 'r-1234abcd' }, onSubmit, initialReason: 'wrong-match' });
    expect(JSON.parse(v.byTestId('cc-report-json')!.textContent!).id).toBe('r-1234abcd');
    await click(v.byTestId('cc-report-submit'));
    expect(onSubmit.mock.calls[0]![0].id).toBe('r-1234abcd');
  });
});
