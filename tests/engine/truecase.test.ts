import { describe, expect, it } from 'vitest';
import { caseForms, isCaseless, isShouting, truecase } from '../../lib/text/truecase';
import { analyze, seed } from './helpers';

/** Each divergence of an analysis as kind, page paragraph and other passage: what a recased page must find again. */
const found = (x: ReturnType<typeof analyze>) => x.divergences.map((d) => `${d.kind} ${d.page.paragraph} ${d.other.doc}#${d.other.paragraph}`);

describe('text set in lower case', () => {
  it('tells a paragraph in lower case throughout from an ordinary one whose only capital opens it', () => {
    expect(isCaseless("yeah so i'm told anthropic put this out thursday and i think the timing matters")).toBe(true);
    expect(isCaseless('The linchpin, as we read it, is mutual verification: signatory labs could check for themselves.')).toBe(false);
    expect(isCaseless('so anthropic and OpenAI disagree about who sets the rules for the labs')).toBe(false);
    expect(isCaseless('ok, thanks')).toBe(false);
  });

  it('reads a seed in lower case as it reads the seed, and shows the page its own text', () => {
    const lower = seed('004').paragraphs.map((p) => p.toLowerCase());
    const a = analyze(lower);
    expect(a.self).toBe(seed('004').id);
    expect(found(a)).toEqual(found(analyze(seed('004').paragraphs)));
    expect(found(a).length).toBeGreaterThan(0);
    for (const d of a.divergences) expect(d.page.text).toBe(lower[d.page.paragraph]);
  });
});

describe('text set in capitals', () => {
  const forms = caseForms(['The ferry run by Harbour Lines leaves from Portmead at noon, and Harbour Lines says it is late.', 'Riders in Portmead asked the council about the ferry.']);

  it('tells a paragraph set in capitals from one with a shouted word', () => {
    expect(isShouting('>> THE FERRY RUN BY HARBOUR LINES LEAVES AT NOON.')).toBe(true);
    expect(isShouting('The ferry run by HARBOUR LINES leaves at noon, riders said.')).toBe(false);
    expect(isShouting('NO WAY.')).toBe(false);
  });

  it('writes each word as the corpus writes it mid-sentence, else in lower case, with a capital opening each sentence', () => {
    const text = '>> HARBOUR LINES SAYS THE FERRY IS LATE. RIDERS IN PORTMEAD ARE ANGRY.';
    const cased = truecase(text, forms);
    expect(cased).toBe('>> Harbour Lines says the ferry is late. Riders in Portmead are angry.');
    expect(cased.length).toBe(text.length);
  });

  it('reads a seed set in capitals as it reads the seed, and shows the page its own text', () => {
    const shouted = seed('003').paragraphs.map((p) => p.toUpperCase());
    const a = analyze(shouted);
    expect(a.self).toBe(seed('003').id);
    expect(found(a)).toEqual(found(analyze(seed('003').paragraphs)));
    expect(a.paragraphs.map((p) => p.text)).toEqual(shouted);
    for (const d of a.divergences) {
      expect(d.page.text).toBe(shouted[d.page.paragraph]);
      // The summary quotes the page's words as the page writes them.
      for (const h of d.page.highlights) expect(d.summary).toContain(shouted[d.page.paragraph]!.slice(h.start, h.end));
    }
  });
});
