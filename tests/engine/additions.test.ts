import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, seed, seedEngine, where } from './helpers';
import { compileCorpus } from '../../lib/corpus/compile';
import { loadEngine } from '../../lib/engine';
import type { Addition, Article, CorpusDoc } from '../../lib/types';

const key = (doc: string, paragraph: number) => `${doc}#${paragraph}`;
const carries = (x: Addition, doc: string, paragraph: number) => x.sources.some((s) => key(s.doc, s.paragraph) === key(doc, paragraph));

describe('additions', () => {
  it('offers the 2023 Future of Life Institute letter once, with both outlets that carry it, to articles that lack it', () => {
    for (const prefix of ['001', '002']) {
      const a = analyze(seed(prefix).paragraphs);
      const fli = a.additions.filter((x) => /Future of Life Institute/.test(x.text));
      expect(fli).toHaveLength(1);
      expect(carries(fli[0]!, ...where('003', 'In 2023, a coalition'))).toBe(true);
      expect(carries(fli[0]!, ...where('004', 'In 2023, a coalition'))).toBe(true);
      expect(fli[0]!.outlets.sort()).toEqual(['Antigua News Room', 'Unnamed outlet 3']);
    }
  });

  it('offers the executive order to the article that lacks it', () => {
    const a = analyze(seed('002').paragraphs);
    const eo = a.additions.filter((x) => x.sources.some((s) => /executive order/.test(seed(s.doc.slice(0, 3)).paragraphs[s.paragraph]!)));
    expect(eo).toHaveLength(1);
    expect(eo[0]!.outlets).toContain('Antigua News Room');
  });

  it('does not offer what the page already reports', () => {
    const a = analyze(seed('003').paragraphs);
    expect(a.additions.some((x) => /Future of Life/.test(x.text))).toBe(false);
    expect(a.additions.some((x) => /executive order/.test(x.text))).toBe(false);
  });

  it('ranks facts with names, dates and numbers above commentary', () => {
    const a = analyze(seed('002').paragraphs);
    const fli = a.additions.findIndex((x) => /Future of Life/.test(x.text));
    const commentary = a.additions.findIndex((x) => /^- (How fast|Who gets to define)/.test(x.text));
    expect(fli).toBeGreaterThanOrEqual(0);
    if (commentary >= 0) expect(fli).toBeLessThan(commentary);
    const scores = a.additions.map((x) => x.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it('never shows boilerplate, headings, captions, fragments or duplicated list lines', () => {
    const junk = [
      /^Book a Call$/, /^Your membership also unlocks:$/, /^Learn more about/, /^Related Buzz/, /^TL;DR$/, /^What Happened\?$/,
      /^Nicolas Papernot, Researcher at University of Toronto$/, /^While Anthropic$/, /^Want systems like this/, /original analysis by/,
      /Expect stronger debate/, /More public scrutiny/,
    ];
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const a = analyze(seed(prefix).paragraphs);
      for (const x of a.additions) for (const re of junk) expect(x.text).not.toMatch(re);
    }
  });

  it('shows each point once: one addition per point, not one per outlet or sentence', () => {
    for (const prefix of ['000', '001', '002']) {
      const a = analyze(seed(prefix).paragraphs);
      const shown = new Set<string>();
      for (const x of a.additions) {
        expect(x.sources[0]).toEqual({ doc: x.doc, paragraph: x.paragraph });
        expect(shown.has(x.text), `"${x.text}" shown twice`).toBe(false);
        shown.add(x.text);
        expect(new Set(x.outlets).size).toBe(x.outlets.length);
      }
      // The executive order is carried by two outlets in two passages: one addition.
      const eo = a.additions.filter((x) => /executive order/.test(x.text));
      expect(eo.length).toBeLessThanOrEqual(1);
    }
  });

  it("offers a point whose words the page uses elsewhere, but not near where it reports that thread of the story", () => {
    // A briefing (tests/fixtures/unseen) quotes Papernot on old laptops, never on "not just the biggest" models; its
    // other items use enough of that quote's words to hide it from a count over the whole page.
    const text = readFileSync(join(__dirname, '../fixtures/unseen/e-briefing.txt'), 'utf8');
    const a = analyze(text.split('\n').map((l) => l.trim()).filter(Boolean));
    expect(a.additions.filter((x) => /it's not just the biggest/.test(x.text))).toHaveLength(1);
  });

  it('shows one point once on an article worded its own way, where the corpus never linked the outlets\' versions', () => {
    // An article the corpus does not hold (tests/fixtures/unseen): its benefits-and-risk paragraph matches no outlet closely.
    const text = readFileSync(join(__dirname, '../fixtures/unseen/a-brakes.txt'), 'utf8');
    const a = analyze(text.split('\n').map((l) => l.trim()).filter(Boolean));
    const benefits = a.additions.filter((x) => /in science and healthcare/.test(x.text));
    expect(benefits).toHaveLength(1);
    const from = benefits[0]!.sources.map((s) => `${s.doc.slice(0, 3)}#${s.paragraph}`);
    for (const passage of ['001#5', '003#3', '004#4']) expect(from).toContain(passage);
  });
});

/**
 * Additions for an invented story two outlets tell (a bridge closed, repairs' cost), both reported by the page,
 * with each test's extra paragraphs for outlet A, outlet B and the page.
 */
function bridgeAdditions(extra: { a: string[]; b: string[]; page: string[] }): Addition[] {
  const A: CorpusDoc = {
    id: 'a_bridge',
    outlet: 'Outlet A',
    headline: 'Harbour bridge closed after inspectors find corroded cables',
    paragraphs: [
      'The city closed the Harbour Street bridge on Friday after inspectors found badly corroded suspension cables on its northern span.',
      'The mayor said repairs would cost about forty million dollars and take at least two years.',
      ...extra.a,
    ],
  };
  const B: CorpusDoc = {
    id: 'b_bridge',
    outlet: 'Outlet B',
    headline: 'Corroded cables shut Harbour Street bridge',
    paragraphs: [
      'Inspectors found corroded suspension cables on the Harbour Street bridge, and the city shut it on Friday.',
      'Repairs will cost roughly forty million dollars and last at least two years, the mayor said.',
      ...extra.b,
    ],
  };
  const page: Article = {
    title: 'Harbour Street bridge shut',
    byline: null,
    siteName: null,
    url: null,
    paragraphs: [
      'Traffic stopped on Friday at the Harbour Street bridge, which city officials shut once inspectors reported badly corroded suspension cables.',
      'The mayor put the repair bill near forty million dollars and said the work would need at least two years.',
      ...extra.page,
    ],
  };
  return loadEngine(compileCorpus([A, B])).analyze(page, { detected: true, topicScore: 1, reasons: [] }).additions;
}

describe('additions one outlet alone makes', () => {
  // The page reports the outlets' shared points and none of the extra ones.
  const additions = () =>
    bridgeAdditions({
      a: [
        'Residents argued that the closure showed how badly upkeep of the old crossing had been neglected.',
        'The bridge carried about forty thousand vehicles every day before it closed.',
        'Commuters said that detours through narrow side streets had become slow and crowded.',
      ],
      b: ['Detours through the narrow side streets were slow and crowded, commuters said.'],
      page: [],
    });

  it('leaves out a point only one outlet makes with a single mark of fact (here, reported speech)', () => {
    expect(additions().some((x) => /upkeep/.test(x.text))).toBe(false);
  });

  it('offers a point only one outlet makes when it carries a number', () => {
    expect(additions().filter((x) => /forty thousand vehicles/.test(x.text))).toHaveLength(1);
  });

  it('offers a point with as little substance when two outlets make it, once, with both', () => {
    const detours = additions().filter((x) => /detours/.test(x.text));
    expect(detours).toHaveLength(1);
    expect(detours[0]!.outlets.sort()).toEqual(['Outlet A', 'Outlet B']);
  });
});

describe('additions the page comes nowhere near', () => {
  const plans = {
    a: ["The city's engineering office said it plans to study the issue with other agencies and take action to help build a credible repair schedule."],
    b: ["Its engineering office plans to study the issue with other agencies and take action to help build a credible schedule, the city said."],
  };
  // The page's own items use the point's words ("office", "agencies", "issue", "plans", "build", "study") for other things.
  const page = [
    'Ferry schedules changed on Monday.',
    'A harbour office took calls from drivers.',
    'Two agencies gave advice to commuters about parking.',
    'Shop owners said the issue hurt trade.',
    'The council plans a vote in May on tolls.',
    'Residents want the city to build a footbridge.',
    'A study last year found the river crossing busy.',
  ];

  it('offers a point two outlets make that no page sentence comes close to, though the page uses its words elsewhere', () => {
    const offered = bridgeAdditions({ ...plans, page }).filter((x) => /engineering office/.test(x.text));
    expect(offered).toHaveLength(1);
    expect(offered[0]!.outlets.sort()).toEqual(['Outlet A', 'Outlet B']);
  });

  it("offers it though the page's nearest sentence, on a neighbouring point, shares a few of its words", () => {
    // An insurance trade bulletin reports the pause's purpose ("time for alignment research") but not the research
    // institute's plans; one outlet's version of those plans comes a little nearer the page than the other's.
    const text = readFileSync(join(import.meta.dirname, '../fixtures/unseen/bk-insurancetrade.txt'), 'utf8');
    const a = analyze(text.split('\n').map((l) => l.trim()).filter(Boolean));
    const plans = a.additions.filter((x) => carries(x, ...where('003', 'internal research institute plans')) || carries(x, ...where('004', 'Collaborative Research')));
    expect(plans).toHaveLength(1);
  });

  it('does not offer such a point when only one outlet makes it', () => {
    expect(bridgeAdditions({ a: plans.a, b: [], page }).filter((x) => /engineering office/.test(x.text))).toHaveLength(0);
  });
});

describe('additions the page diverges from', () => {
  const valued = {
    a: ['A stock listing could value the ferry operator at nearly a billion dollars, bankers said.'],
    b: ['Bankers expect a stock listing to value the ferry operator at nearly a billion dollars.'],
  };
  const listing = (x: Addition) => /nearly a billion/.test(x.text);

  it('does not offer a point the page reports with another figure: that is a divergence, shown as one', () => {
    // A long page sentence on other things shares little with the outlets' sentences, but gives the valuation its own way.
    const page = ['Commuters switched to buses along the coast road on Friday and queued for hours at the old tram depot in the rain, while shares of the ferry firm, which bankers price at roughly $400 million, rose as school trips were cancelled.'];
    expect(bridgeAdditions({ ...valued, page }).filter(listing)).toHaveLength(0);
    // Without the figure the page lacks the point, and it is offered.
    const without = ['Commuters switched to buses along the coast road on Friday and queued for hours at the old tram depot in the rain, while shares of the ferry firm rose as school trips were cancelled.'];
    expect(bridgeAdditions({ ...valued, page: without }).filter(listing)).toHaveLength(1);
  });

  it('still offers the other point of a sentence the page diverges from', () => {
    // 001 quotes what the pause is for in other words than 002 (a divergence), and never names the post's authors.
    const a = analyze(seed('001').paragraphs);
    expect(a.divergences.some((d) => d.other.doc === where('002', 'In a post authored by')[0] && d.other.paragraph === where('002', 'In a post authored by')[1])).toBe(true);
    expect(a.additions.some((x) => /Marina Favaro/.test(x.text))).toBe(true);
  });
});

describe('additions from a paragraph the page joins into one sentence', () => {
  const outlets = {
    a: ['Engineers noted that while storms have historically battered the wooden piers, ferries and fishing huts, rising seas have widened the list of structures at risk dramatically. "Any pier built before 1950 is now at risk because of how low the sea walls have become," the chief engineer said.'],
    b: ['Storms have long battered the wooden piers, ferries and fishing huts, but rising seas have widened the list of structures at risk, engineers said. "Any pier built before 1950 is now at risk because of how low the sea walls have become," the chief engineer said on Friday.'],
  };
  const storms = (x: Addition) => /battered the wooden piers/.test(x.text);

  it("does not offer an outlet's sentence that a page sentence aligns with, when that page sentence covers the rest of its paragraph", () => {
    const page = ['Storms used to hit the wooden piers hardest; with the seas so high now, the chief engineer said, "Any pier built before 1950 is now at risk because of how low the sea walls have become."'];
    expect(bridgeAdditions({ ...outlets, page }).filter(storms)).toHaveLength(0);
  });

  it('still offers it when the page sentence covers nothing else there', () => {
    const page = ['Storms used to hit the wooden piers hardest, with the seas so high now, the chief engineer said.'];
    expect(bridgeAdditions({ ...outlets, page }).filter(storms)).toHaveLength(1);
  });
});

describe('additions reached through a story link', () => {
  it("offers an outlet's point the page lacks, though the page matches another outlet's sentence that carries it beside a point the page has", () => {
    // A's last sentence holds two points (who wrote the report, what the closure is for); B's holds only the second.
    // The page names the authors alone: B's sentence, linked to A's, is still news to it.
    const additions = bridgeAdditions({
      a: ['Engineers Dana Holt and Omar Reyes wrote that the closure would give inspectors time to test all 64 suspension cables.'],
      b: ['The closure would give inspectors time to test all 64 suspension cables, officials said.'],
      page: ['The inspection report came from engineers Dana Holt and Omar Reyes.'],
    });
    const purpose = additions.filter((x) => /test all 64 suspension cables/.test(x.text));
    expect(purpose).toHaveLength(1);
    expect(purpose[0]!.sources).toContainEqual({ doc: 'b_bridge', paragraph: 2 });
  });
});

describe('additions from a sentence that carries two points', () => {
  it('offers each point once, shown in words of its own, when another outlet makes the two in two sentences', () => {
    // A's sentence holds both points (who wrote the report, what the closure is for); B gives each a sentence.
    const additions = bridgeAdditions({
      a: ['In a report written by engineers Dana Holt and Omar Reyes, the city argued that the closure would give inspectors time to test all 64 suspension cables.'],
      b: ['The inspection report was written by engineers Dana Holt and Omar Reyes. They said the closure would give inspectors time to test all 64 suspension cables.'],
      page: [],
    });
    const authors = additions.filter((x) => x.sources.some((s) => s.doc === 'b_bridge' && s.paragraph === 2) && /Holt/.test(x.text));
    const purpose = additions.filter((x) => /64 suspension cables/.test(x.text));
    expect(authors).toHaveLength(1);
    expect(authors[0]!.text).not.toMatch(/64 suspension cables/);
    expect(purpose).toHaveLength(1);
    expect(purpose[0]!.text).not.toMatch(/Holt/);
    expect(new Set(additions.map((x) => x.text)).size).toBe(additions.length);
  });
});

describe('additions from an event told beside a point the page covers', () => {
  const page = ['The cables were made with cheap imported steel, lead engineer Dana Holt said.'];
  const notified = 'Lead engineer Dana Holt, who notified the state rail regulator before releasing the findings, said the cables were made with cheap imported steel.';
  const regulator = (x: Addition) => /notified the state rail regulator/.test(x.text);

  it('offers the event when two outlets report it, though the page covers the sentence it sits in', () => {
    const b = ['Holt notified the state rail regulator before releasing her report, which found the cables were made with cheap imported steel.'];
    expect(bridgeAdditions({ a: [notified], b, page }).filter(regulator)).toHaveLength(1);
  });

  it('does not offer it when the page tells the event otherwise: that is a divergence', () => {
    const b = ['Holt notified the state rail regulator before releasing her report, which found the cables were made with cheap imported steel.'];
    const otherwise = ['The cables were made with cheap imported steel, said lead engineer Dana Holt, who briefed federal inspectors once the findings had been made public.'];
    expect(bridgeAdditions({ a: [notified], b, page: otherwise }).filter(regulator)).toHaveLength(0);
  });

  it('does not offer it from one outlet alone, nor a standing fact told the same way ("who owns a steel mill")', () => {
    expect(bridgeAdditions({ a: [notified], b: ['The cables were made with cheap imported steel, her report found.'], page }).filter(regulator)).toHaveLength(0);
    const owns = bridgeAdditions({
      a: ['Lead engineer Dana Holt, who owns the Northgate steel mill across the bay, said the cables were made with cheap imported steel.'],
      b: ['Holt, who owns the Northgate steel mill across the bay, found the cables were made with cheap imported steel.'],
      page,
    });
    expect(owns.filter((x) => /owns the Northgate steel mill/.test(x.text))).toHaveLength(0);
  });
});

describe('additions covered through a story link', () => {
  it("does not offer an outlet's version of a point the page covers in another outlet's words, when the corpus links the two as one point", () => {
    // The page matches A's sentence closely enough to cover it, though not so closely that the pairs follow its links;
    // B's sentence, which the corpus links to A's as the same point, shares too little with the page to be covered alone.
    const additions = bridgeAdditions({
      a: ['The closure will add about 20 minutes to the morning commute for drivers heading downtown, the transport department estimated.'],
      b: ['Drivers heading downtown will face a morning commute about 20 minutes longer, the transport department estimated.'],
      page: ['Officials estimated that the closure would add to journey times downtown.'],
    });
    expect(additions.filter((x) => /20 minutes/.test(x.text))).toEqual([]);
  });
});

describe('additions from one page to the next', () => {
  it("carry nothing over: a page's additions are the same after other pages as on a fresh engine", () => {
    const { compiled, docs } = seedEngine();
    const article = (paragraphs: string[]): Article => ({ title: '', byline: null, siteName: null, url: null, paragraphs });
    const unseen = readFileSync(join(import.meta.dirname, '../fixtures/unseen/l-europe.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
    const pages = [...docs.map((d) => d.paragraphs), unseen];
    const used = loadEngine(compiled);
    const detection = { detected: true, topicScore: 1, reasons: [] };
    for (const p of pages) used.analyze(article(p), detection);
    for (const p of pages) {
      expect(used.analyze(article(p), detection).additions).toEqual(loadEngine(compiled).analyze(article(p), detection).additions);
    }
  });
});
