// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar, type SidebarProps } from '../../components/sidebar/Sidebar';
import { additionKey, divergenceKey, type SidebarSelection } from '../../components/sidebar/items';
import type { Divergence } from '../../lib/types';
import { dateDivergence, makeAnalysis, quoteDivergence, spanOf } from './fixture-analysis';
import { click, key, mount, type Mounted, typeInto } from './helpers';

let view: Mounted | null = null;
afterEach(async () => {
  await view?.unmount();
  view = null;
});

async function show(props: Partial<SidebarProps> = {}): Promise<Mounted> {
  view = await mount(
    <Sidebar state="ready" analysis={makeAnalysis()} onClose={() => {}} onSelect={() => {}} onReport={() => {}} {...props} />,
  );
  return view;
}

describe('Sidebar with an analysis', () => {
  it('says how many outlets were compared and which corpus article the page is', async () => {
    const v = await show();
    expect(v.byTestId('cc-outlets-count')?.textContent).toBe('3');
    expect(v.byTestId('cc-header')?.textContent).toContain('Compared with 3 other outlets');
    expect(v.byTestId('cc-self')?.textContent).toBe('This page matches Summit Post’s article');
  });

  it('leaves the self label out when the page is not a corpus article', async () => {
    const v = await show({ analysis: makeAnalysis({ self: null, selfOutlet: null }) });
    expect(v.byTestId('cc-self')).toBeNull();
  });

  it('lists each addition with its passage, its outlets and a report control', async () => {
    const v = await show();
    const items = v.allByTestId('cc-addition');
    expect(items).toHaveLength(2);
    expect(items[0]?.dataset.doc).toBe('002_harbor');
    expect(items[0]?.textContent).toContain('six-month halt');
    expect(Array.from(items[0]!.querySelectorAll('[data-testid="cc-outlet"]')).map((c) => c.textContent)).toEqual([
      'Harbor Daily',
      'Valley Courier',
    ]);
    expect(items[0]?.querySelector('[data-testid="cc-report"]')?.tagName).toBe('BUTTON');
    expect(v.byTestId('cc-additions')?.querySelector('h3')?.textContent).toContain('Other outlets add');
  });

  it('shows each divergence with its kind, page paragraph, other outlet and both wordings', async () => {
    const v = await show();
    const items = v.allByTestId('cc-divergence');
    expect(items.map((i) => [i.dataset.kind, i.dataset.paragraph, i.dataset.doc])).toEqual([
      ['date', '1', '002_harbor'],
      ['quote', '3', '003_lakeside'],
    ]);
    expect(items.map((i) => i.querySelector('[data-testid="cc-kind"]')?.textContent)).toEqual(['Date', 'Quote wording']);
    expect(items[1]?.querySelector('[data-testid="cc-other-outlet"]')?.textContent).toBe('Lakeside Wire');
    expect(items[1]?.querySelector('[data-testid="cc-page-text"]')?.textContent).toBe(quoteDivergence.page.text);
    expect(items[1]?.querySelector('[data-testid="cc-other-text"]')?.textContent).toBe(quoteDivergence.other.text);
  });

  it('marks exactly the differing words with <mark> on both sides', async () => {
    const v = await show();
    const item = v.allByTestId('cc-divergence')[1]!;
    const marks = (id: string) => Array.from(item.querySelectorAll(`[data-testid="${id}"] mark`)).map((m) => m.textContent);
    expect(marks('cc-page-text')).toEqual(['could use']);
    expect(marks('cc-other-text')).toEqual(['could not use']);
  });

  it('renders markup in page text as text, never as elements', async () => {
    const text = 'Officials said <img src=x onerror="alert(1)"> on Friday <b>bold</b>.';
    const evil: Divergence = {
      ...dateDivergence,
      page: { paragraph: 1, text, highlights: [spanOf(text, 'on Friday'), spanOf(text, '<b>bold</b>')] },
    };
    const v = await show({ analysis: makeAnalysis({ divergences: [evil] }) });
    const page = v.byTestId('cc-page-text')!;
    expect(v.container.querySelector('img')).toBeNull();
    expect(v.container.querySelector('b')).toBeNull();
    expect(page.textContent).toBe(text);
    expect(Array.from(page.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['on Friday', '<b>bold</b>']);
  });
});

describe('Sidebar empty states', () => {
  it('says no other outlet covers a point the page lacks when there are no additions', async () => {
    const v = await show({ analysis: makeAnalysis({ additions: [] }) });
    expect(v.byTestId('cc-empty-additions')?.textContent).toBe('No other outlet covers a point this page lacks.');
    expect(v.allByTestId('cc-addition')).toHaveLength(0);
  });

  it('says why there are no divergences: no shared points, or the same wording', async () => {
    const unmatched = makeAnalysis({ divergences: [] });
    unmatched.paragraphs = unmatched.paragraphs.map((p) => ({ ...p, matches: [] }));
    const v = await show({ analysis: unmatched });
    expect(v.byTestId('cc-empty-divergences')?.textContent).toContain('No other outlet covers the points on this page');
    await v.rerender(<Sidebar state="ready" analysis={makeAnalysis({ divergences: [] })} onClose={() => {}} />);
    expect(v.byTestId('cc-empty-divergences')?.textContent).toContain('report them the same way');
  });

  it('says there is nothing to compare with when no other outlet was compared', async () => {
    const v = await show({ analysis: makeAnalysis({ outletsCompared: 0, additions: [], divergences: [] }) });
    expect(v.byTestId('cc-empty-additions')?.textContent).toContain('no other outlet to compare');
    expect(v.byTestId('cc-outlets-count')?.textContent).toBe('0');
  });
});

describe('Sidebar states other than ready', () => {
  it('shows progress while loading', async () => {
    const v = await show({ state: 'loading', analysis: null, progress: 'Reading the article…' });
    expect(v.byTestId('cc-loading')?.textContent).toContain('Reading the article…');
    expect(v.byTestId('cc-loading')?.getAttribute('role')).toBe('status');
    expect(v.byTestId('cc-additions')).toBeNull();
  });

  it('explains a page that is not an article on the topic', async () => {
    const v = await show({ state: 'not-article', analysis: makeAnalysis({ detected: false, topicScore: 0.12 }) });
    expect(v.byTestId('cc-not-article')?.textContent).toContain('0.12');
    expect(v.byTestId('cc-outlets-count')).toBeNull();
  });

  it('shows the error text as an alert', async () => {
    const v = await show({ state: 'error', analysis: null, error: 'The background did not answer.' });
    expect(v.byTestId('cc-error')?.getAttribute('role')).toBe('alert');
    expect(v.byTestId('cc-error')?.textContent).toContain('The background did not answer.');
  });
});

describe('Sidebar keyboard and events', () => {
  it('closes on Esc and on the close button', async () => {
    const onClose = vi.fn();
    const v = await show({ onClose });
    await key(v.byTestId('cc-divergences')!, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    await click(v.byTestId('cc-close'));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('keeps key events from reaching page hotkeys', async () => {
    const seen: string[] = [];
    const listener = (e: KeyboardEvent) => seen.push(e.type);
    document.addEventListener('keydown', listener);
    document.addEventListener('keyup', listener);
    document.addEventListener('keypress', listener);
    try {
      const v = await show();
      const input = v.byTestId('cc-filter')!;
      await key(input, 'j');
      await key(input, 'j', { type: 'keypress' });
      await key(input, 'j', { type: 'keyup' });
      expect(seen).toEqual([]);
    } finally {
      document.removeEventListener('keydown', listener);
      document.removeEventListener('keyup', listener);
      document.removeEventListener('keypress', listener);
    }
  });

  it('makes every control a real button, so Enter and Space activate it natively', async () => {
    const v = await show();
    const controls = v.container.querySelectorAll('[data-testid="cc-report"], [data-testid="cc-show"], [data-testid="cc-close"]');
    expect(controls.length).toBe(2 + 2 * 2 + 1);
    for (const c of controls) {
      expect(c.tagName).toBe('BUTTON');
      expect(c.getAttribute('type')).toBe('button');
    }
  });

  it('selects a divergence with its page paragraph, from the item or its button', async () => {
    const onSelect = vi.fn<(s: SidebarSelection) => void>();
    const v = await show({ onSelect });
    const quote = v.allByTestId('cc-divergence')[1]!;
    await click(quote.querySelector('blockquote'));
    await click(quote.querySelector('[data-testid="cc-show"]'));
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onSelect.mock.calls[0]![0].pageParagraph).toBe(3);
    expect(onSelect.mock.calls[0]![0].item.key).toBe(divergenceKey(quoteDivergence));
  });

  it('reports an item without also selecting it', async () => {
    const onSelect = vi.fn();
    const onReport = vi.fn();
    const v = await show({ onSelect, onReport });
    await click(v.allByTestId('cc-divergence')[0]!.querySelector('[data-testid="cc-report"]'));
    await click(v.allByTestId('cc-addition')[1]!.querySelector('[data-testid="cc-report"]'));
    expect(onSelect).not.toHaveBeenCalled();
    expect(onReport.mock.calls.map((c) => c[0].type)).toEqual(['divergence', 'addition']);
    expect(onReport.mock.calls[1]![0].addition.doc).toBe('003_lakeside');
  });
});

describe('Sidebar opened from a page marker', () => {
  it('shows the paragraph’s matches first and marks its divergence', async () => {
    const v = await show({ focusParagraph: 3 });
    const focus = v.byTestId('cc-focus')!;
    expect(focus.querySelectorAll('[data-testid="cc-match"]')).toHaveLength(2);
    expect(focus.textContent).toContain('Lakeside Wire');
    expect(v.byTestId('cc-focus-note')?.textContent).toContain('2 other outlets cover this point');
    const focused = v.container.querySelectorAll('.cc-focused');
    expect(Array.from(focused).map((el) => (el as HTMLElement).dataset.paragraph)).toEqual(['3']);
  });

  it('says when the one outlet covering a paragraph reports it the same way', async () => {
    const v = await show({ focusParagraph: 1, analysis: makeAnalysis({ divergences: [quoteDivergence] }) });
    expect(v.byTestId('cc-focus-note')?.textContent).toBe('One other outlet covers this point and reports it the same way.');
  });

  it('says no other outlet covers a paragraph without matches', async () => {
    const v = await show({ focusParagraph: 2 });
    expect(v.byTestId('cc-empty-focus')?.textContent).toBe('No other outlet covers this point.');
  });

  it('lets a match be reported', async () => {
    const onReport = vi.fn();
    const v = await show({ focusParagraph: 1, onReport });
    await click(v.byTestId('cc-match')!.querySelector('[data-testid="cc-report"]'));
    expect(onReport.mock.calls[0]![0]).toMatchObject({ type: 'match', pageParagraph: 1, outlet: 'Harbor Daily' });
  });
});

describe('Sidebar hidden items', () => {
  it('collapses items reported as wrong and offers Undo', async () => {
    const onUndoHide = vi.fn();
    const hiddenKey = divergenceKey(dateDivergence);
    const v = await show({ hiddenKeys: [hiddenKey], onUndoHide });
    expect(v.allByTestId('cc-divergence').map((d) => d.dataset.kind)).toEqual(['quote']);
    const hidden = v.byTestId('cc-hidden')!;
    expect(hidden.textContent).toContain('Hidden');
    expect(hidden.textContent).not.toContain('on Thursday');
    await click(hidden.querySelector('[data-testid="cc-undo"]'));
    expect(onUndoHide).toHaveBeenCalledWith(hiddenKey);
  });
});

describe('Sidebar filter', () => {
  it('narrows items to those whose text or outlets match every word, tolerating a typo', async () => {
    const v = await show();
    const input = v.byTestId('cc-filter')!;
    await typeInto(input, 'lakeside');
    expect(v.byTestId('cc-filter-status')?.textContent).toBe('2 of 4 items match');
    expect(v.allByTestId('cc-addition').map((a) => a.dataset.doc)).toEqual(['003_lakeside']);
    expect(v.allByTestId('cc-divergence').map((d) => d.dataset.doc)).toEqual(['003_lakeside']);
    await typeInto(input, 'executve order');
    expect(v.allByTestId('cc-addition').map((a) => a.dataset.doc)).toEqual(['003_lakeside']);
    expect(v.allByTestId('cc-divergence')).toHaveLength(0);
    expect(v.byTestId('cc-filter-empty')).not.toBeNull();
    expect(v.byTestId('cc-empty-divergences')).toBeNull();
  });

  it('clears on Esc without closing the sidebar', async () => {
    const onClose = vi.fn();
    const v = await show({ onClose });
    const input = v.byTestId<HTMLInputElement>('cc-filter')!;
    await typeInto(input, 'harbor');
    expect(v.allByTestId('cc-addition')).toHaveLength(1);
    await key(input, 'Escape');
    expect(onClose).not.toHaveBeenCalled();
    expect(input.value).toBe('');
    expect(v.allByTestId('cc-addition')).toHaveLength(2);
  });

  it('keys hidden items the same way the lead stores them', () => {
    expect(additionKey({ doc: '002_harbor', paragraph: 9 })).toBe('addition:002_harbor:9');
    expect(divergenceKey(quoteDivergence)).toBe('divergence:quote:3:003_lakeside:7');
  });
});

describe('Sidebar long passages and many items', () => {
  it('shows the sentence around the difference, and the full passage on request', async () => {
    const pad = Array.from({ length: 8 }, (_, i) => `Background sentence ${i} adds nothing new.`).join(' ');
    const text = `${pad} The reply came on Thursday, officials said. ${pad}`;
    const long: Divergence = { ...dateDivergence, page: { paragraph: 1, text, highlights: [spanOf(text, 'on Thursday')] } };
    const v = await show({ analysis: makeAnalysis({ divergences: [long] }) });
    const page = () => v.byTestId('cc-page-text')!;
    const visible = () => page().querySelector('.cc-window')?.textContent;
    expect(visible()).toBe('The reply came on Thursday, officials said.');
    expect(Array.from(page().querySelectorAll('[hidden]')).map((h) => h.textContent!.trim())).toEqual([pad, pad]);
    expect(page().textContent, 'the element still holds the whole passage').toBe(text);
    expect(page().querySelector('.cc-window mark')?.textContent).toBe('on Thursday');
    const expand = v.byTestId('cc-expand')!;
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    await click(expand);
    expect(page().querySelector('[hidden]')).toBeNull();
    expect(page().textContent).toBe(text);
    expect(v.byTestId('cc-expand')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('offers a jump to the divergences below a long additions list', async () => {
    const base = makeAnalysis();
    const additions = Array.from({ length: 6 }, (_, i) => ({ ...base.additions[0]!, paragraph: 20 + i }));
    const v = await show({ analysis: { ...base, additions } });
    expect(v.byTestId('cc-nav-additions')?.textContent).toBe('6 points others add');
    const jump = v.byTestId('cc-nav-divergences')!;
    expect(jump.textContent).toBe('2 divergences');
    await click(jump);
    expect(document.activeElement).toBe(v.byTestId('cc-divergences')!.querySelector('h3'));
  });
});

