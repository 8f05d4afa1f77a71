import { describe, expect, it } from 'vitest';
import { analyze, edit, seed, where } from './helpers';
import type { Analysis, Divergence } from '../../lib/types';

const marked = (side: { text: string; highlights: Array<{ start: number; end: number }> }) => side.highlights.map((h) => side.text.slice(h.start, h.end));

function between(a: Analysis, pageNeedle: string, other: [string, number]): Divergence[] {
  return a.divergences.filter((v) => v.page.text.includes(pageNeedle) && v.other.doc === other[0] && v.other.paragraph === other[1]);
}

describe('divergences', () => {
  it("reports 'could use' vs 'could not use' the auspices as quote wording, highlighting the negation", () => {
    const a = analyze(seed('003').paragraphs);
    const [v] = between(a, 'use the auspices', where('004', 'could not use the auspices'));
    expect(v?.kind).toBe('quote');
    expect(marked(v!.other).join(' ')).toMatch(/\bnot\b/);
    expect(v!.summary).toMatch(/could use.*vs.*could not use/);
  });

  it('checks a quotation against every outlet quoting the same words, though its sentence pairs best with another', () => {
    // One sentence carries two quotations; the outlets give each its own sentence, and the page's sentence
    // is most like their first. The second quotation has one word changed inside it.
    const paras = [
      'OpenAI answers Anthropic',
      'OpenAI took the other side in its report, arguing that "democratic governments - not private companies acting alone - must ultimately determine the rules," and that choices on speed "should not be left to any lone lab, company, or special interest group."',
    ];
    const v = analyze(paras).divergences.find((d) => d.kind === 'quote' && d.other.doc === where('003', 'should not be left to any one lab')[0]);
    expect(v, 'a quote divergence against 003').toBeDefined();
    expect(v!.other.paragraph).toBe(where('003', 'should not be left to any one lab')[1]);
    expect(marked(v!.page)).toEqual(['lone']);
    expect(marked(v!.other)).toEqual(['one']);
  });

  it('reports the executive order\'s "this week" vs "earlier in the week" as a date', () => {
    const a = analyze(seed('004').paragraphs);
    const [v] = between(a, 'executive order', where('003', 'executive order issued this week'));
    expect(v?.kind).toBe('date');
    expect(marked(v!.page)).toEqual(['earlier in the week']);
    expect(marked(v!.other)).toEqual(['this week']);
  });

  it('reports the title of Jack Clark ("founders" vs "co-founder") as a name divergence', () => {
    const a = analyze(seed('004').paragraphs);
    const [v] = between(a, "Anthropic's founders Jack Clark", where('003', 'co-founder Jack Clark'));
    expect(v?.kind).toBe('name');
  });

  it('reports a person put in another\'s place beside the same named person, in a sentence alike in little else', () => {
    const a = analyze([...seed('001').paragraphs, 'The post carries two bylines: co-founder Jack Clark and chief executive Dario Amodei.']);
    const found = a.divergences.filter((v) => v.kind === 'name' && v.summary === '"Dario Amodei" vs "Marina Favaro"');
    expect(found.map((v) => v.other.doc.slice(0, 3)).sort()).toEqual(['002', '003', '004']);
    // In a sentence found only through a shared name, a product against a country is no replaced person.
    const line = 'On Thursday Anthropic, the maker of the Claude chatbot, used a blog post to urge the leading labs to set up a coordinated mechanism that would let them slow or pause frontier development.';
    const b = analyze([...seed('001').paragraphs, line]);
    expect(b.divergences.filter((v) => v.kind === 'name' && v.page.text === line)).toEqual([]);
  });

  it('reports both of two changes in one paragraph (a date and a quote) against the outlet that states both', () => {
    let paras = [...seed('001').paragraphs];
    paras = edit(paras, 'report released Wednesday', 'report released Friday');
    paras = edit(paras, 'not private companies acting alone', 'and private companies acting together');
    const kinds = between(analyze(paras), 'report released Friday', where('003', 'published on Wednesday')).map((v) => v.kind);
    expect(kinds).toContain('date');
    expect(kinds).toContain('quote');
  });

  it('surfaces planted changes of weekday, university and year against the outlets that state the original', () => {
    let paras = [...seed('003').paragraphs];
    paras = edit(paras, 'in a blog post on Thursday', 'in a blog post on Tuesday');
    paras = edit(paras, 'researchers at the University of Toronto', 'researchers at the University of Waterloo');
    paras = edit(paras, 'In 2023, a coalition', 'In 2021, a coalition');
    const a = analyze(paras);
    expect(a.self).toBe(seed('003').id);
    const day = between(a, 'on Tuesday', where('001', 'blog post Thursday'));
    expect(day.map((v) => v.kind)).toEqual(['date']);
    expect(marked(day[0]!.page).join()).toMatch(/Tuesday/);
    const uni = a.divergences.filter((v) => v.page.text.includes('Waterloo') && v.kind === 'name');
    expect(uni.map((v) => v.other.doc)).toEqual(expect.arrayContaining([seed('002').id, seed('004').id]));
    const year = between(a, 'In 2021', where('004', 'In 2023, a coalition'));
    expect(year.map((v) => v.kind)).toEqual(['date']);
    expect(marked(year[0]!.other)).toEqual(['2023']);
  });

  it('does not report plain rewording or a typo in a name as a divergence', () => {
    let paras = [...seed('002').paragraphs];
    paras = edit(paras, 'The researcher called for greater collaboration', 'The researcher urged closer cooperation');
    paras = edit(paras, 'has moved from theoretical to urgent', 'is no longer theoretical but pressing');
    paras = edit(paras, "Anthropic's IPO potentially valuing", "Anthropoc's IPO potentially valuing");
    const a = analyze(paras);
    const touched = a.divergences.filter((v) => /urged closer cooperation|no longer theoretical|Anthropoc/.test(v.page.text));
    expect(touched).toEqual([]);
  });

  it('reports a different day, not a missing one, when the page dates the same thing in another paragraph', () => {
    const undated = (a: Analysis) => a.divergences.filter((d) => d.page.text.includes('In a post authored by') && /no day/.test(d.summary));
    expect(undated(analyze(seed('002').paragraphs)).length).toBeGreaterThan(0);
    const paras = edit(seed('002').paragraphs, 'Anthropic has proposed that', 'Anthropic has proposed in a blog post on Tuesday that');
    const a = analyze(paras);
    expect(undated(a)).toEqual([]);
    expect(a.divergences.some((d) => d.kind === 'date' && /Tuesday.*Thursday/.test(d.summary))).toBe(true);
  });

  it('reports a day the page leaves out once per outlet, however often the page names the thing', () => {
    // Seed 002 never dates Anthropic's post; a second paragraph naming the post leaves the day out again.
    const paras = [...seed('002').paragraphs];
    paras.splice(5, 0, 'The post, written by Jack Clark and Marina Favaro, was published by Anthropic as a proposal to the whole industry.');
    const undated = analyze(paras).divergences.filter((d) => d.kind === 'date' && /no day/.test(d.summary));
    expect(undated.length).toBeGreaterThan(0);
    const perOutlet = new Map<string, number>();
    for (const d of undated) perOutlet.set(d.other.doc, (perOutlet.get(d.other.doc) ?? 0) + 1);
    expect([...perOutlet.values()].every((n) => n === 1), JSON.stringify(undated.map((d) => [d.page.paragraph, d.other.doc.slice(0, 3), d.summary]))).toBe(true);
  });

  it('reports a day left out when the omitting outlet gives that day only for another thing', () => {
    // Seed 002 never dates Anthropic's post, and gives Wednesday only for OpenAI's report ("a report published Wednesday").
    const paras = edit(seed('001').paragraphs, 'in a blog post Thursday', 'in a blog post Wednesday');
    const undated = analyze(paras).divergences.filter((d) => d.kind === 'date' && d.other.doc === seed('002').id && /no day/.test(d.summary));
    expect(undated.map((d) => d.summary)).toContain('"Wednesday" vs no day ("a post")');
  });

  it('reads a day of the month as a day the outlet gives when it names a weekday for the thing elsewhere', () => {
    // 003 dates the post Thursday in its opening paragraph and names "the blog post" again later without a day.
    const paras = ['AI policy tracker', '14 May 2026 (Thu): Anthropic blog post by Clark and Favaro calls for a coordinated, verifiable slowdown or pause of frontier AI development.', ...seed('002').paragraphs.slice(3, 8)];
    const undated = analyze(paras).divergences.filter((d) => d.page.paragraph === 1 && /no day/.test(d.summary));
    expect(undated.map((d) => d.other.doc.slice(0, 3))).not.toContain('003');
    expect(undated.map((d) => d.other.doc.slice(0, 3))).toContain('004');
  });

  it("checks the sentence beside an outlet's best match, for a page sentence that joins two of its sentences", () => {
    // 003 gives the listings and the value in two sentences of one paragraph; this page joins them in one.
    const joined = 'Both Anthropic and OpenAI are getting ready for possible stock market listings, and an IPO could value Anthropic at more than $1 trillion.';
    const paras = [...seed('000').paragraphs.slice(0, 12), joined];
    const v = analyze(paras).divergences.find((d) => d.kind === 'number' && d.page.text === joined && d.other.doc === where('003', 'nearly a trillion')[0]);
    expect(v?.summary).toBe('"more than $1 trillion" vs "nearly a trillion"');
  });

  it("credits an outlet's quotation of several sentences where it closes, and marks that credit in its paragraph", () => {
    // 004 quotes Papernot over two sentences ('"That old laptop … targets. Anything connected … cyberattacks," Papernot explained').
    const paras = [
      'Toronto researchers warn of AI worms',
      'Researchers at the University of Toronto showed how AI tools can build a worm that adapts its hacking strategy as it spreads between devices.',
      'Lead researcher Nicolas Papernot said the worm was developed in a laboratory using an open-source AI tool that software developers can cheaply access and modify.',
      "The university's statement put it simply: an unused laptop \"doesn't seem like a very high-value target, but it can be used as a launch pad to attack these higher-value targets.\"",
    ];
    const [v] = between(analyze(paras), 'launch pad', where('004', 'That old laptop'));
    expect(v?.kind).toBe('attribution');
    expect(marked(v!.page)).toEqual(["The university's statement"]);
    expect(marked(v!.other)).toEqual(['Papernot']);
  });

  it('orders an event against an outlet whose sentence is only loosely like the page\'s, when both order the same action', () => {
    // 003 and 004: Papernot "notified Canadian cybersecurity authorities before releasing" the research.
    const late = 'The Toronto team alerted Canadian cybersecurity authorities only after making the worm research public, a spokesperson said.';
    const paras = [...seed('000').paragraphs.slice(0, 12), late];
    const found = analyze(paras).divergences.filter((d) => d.kind === 'sequence' && d.page.text === late).map((d) => d.other.doc);
    expect(found).toEqual(expect.arrayContaining([seed('003').id, seed('004').id]));
  });

  it('reports a firm claim against every outlet that hedges the point, also those worded far from the page', () => {
    // 000 ("could eventually reach self-improving capability") and 002 ("may soon achieve") word the point
    // unlike this sentence; the corpus links them to 003's and 004's "could eventually design and develop".
    const firm = 'Given enough computing power, Anthropic expects that an AI system will end up designing and building its own successor.';
    const paras = [...seed('001').paragraphs.slice(0, 3), firm];
    const docs = analyze(paras).divergences.filter((d) => d.kind === 'certainty' && d.page.text === firm).map((d) => d.other.doc);
    expect(docs).toEqual(expect.arrayContaining([seed('000').id, seed('002').id, seed('003').id, seed('004').id]));
  });

  it('finds nothing to diverge between an article and itself', () => {
    const a = analyze(seed('001').paragraphs);
    expect(a.divergences.every((v) => v.other.doc !== seed('001').id)).toBe(true);
    for (const v of a.divergences) {
      expect(v.page.highlights.length + v.other.highlights.length).toBeGreaterThan(0);
      for (const h of [...v.page.highlights]) expect(h.end).toBeLessThanOrEqual(v.page.text.length);
    }
  });

  it('checks a page sentence against the outlet sentence its neighbour shares the point with, when the page splits it in two', () => {
    // 004 says in one sentence that Papernot told the authorities before releasing his research, built with open tools;
    // the page says the tools in one sentence and, in the next (which pairs best with 004's byline), the order.
    const paras = [
      'Toronto worm',
      "The worm was put together with an open-source AI tool that any software developer can cheaply obtain and modify. Nicolas Papernot, the researcher at the University of Toronto who led the work, said he had told Canada's cybersecurity authorities once the findings had been made public.",
    ];
    const found = analyze(paras).divergences.filter((d) => d.kind === 'sequence').map((d) => [d.other.doc, d.other.paragraph].join('#'));
    expect(found).toContain(where('004', 'Papernot notified Canadian cybersecurity authorities').join('#'));
  });

  it("shows one difference once, though two checks read it (a date and a sequence on the outlet's same words)", () => {
    const paras = ['OpenAI answers Anthropic', "OpenAI took a different position in a report issued on Thursday, the day after Anthropic's post, arguing that governments, not private companies, must set the rules."];
    const at = where('004', 'published just before');
    const against = analyze(paras).divergences.filter((d) => d.other.doc === at[0] && d.other.paragraph === at[1]);
    expect(against.map((d) => d.kind)).toHaveLength(1);
    expect(marked(against[0]!.other).join(' ')).toMatch(/just before/);
  });
});

describe('order of events on merely related sentences', () => {
  it('reads the worm findings made public before the authorities were told against the outlets that tell it the other way', () => {
    const page = [
      'University of Toronto researchers show AI worm',
      'Researchers at the University of Toronto showed how AI tools could be used to build a worm that adapts its hacking strategy as it spreads across computer networks.',
      'The team makes its findings public first and only afterwards alerts Canadian cybersecurity authorities.',
      'Lead researcher Nicolas Papernot said it is not just the biggest models that pose the security concerns.',
    ];
    const order = analyze(page).divergences.filter((d) => d.kind === 'sequence' && d.page.paragraph === 2);
    expect(order.map((d) => `${d.other.doc.slice(0, 3)}#${d.other.paragraph}`).sort()).toEqual([`003#${where('003', 'notified Canadian')[1]}`, `004#${where('004', 'notified Canadian')[1]}`]);
  });
});

/** A page paragraph stating Anthropic's call in words of its own, so that a short page reads as on the story. */
const CALL = 'Anthropic, the maker of the Claude chatbot, urged the leading AI developers to agree on a coordinated, verifiable way to slow or pause work on their most advanced systems.';

describe('credit against an outlet whose "the company" names no organisation in its sentence', () => {
  it('reads the outlet\'s "the company" as the organisation its article is about', () => {
    const page = [
      'OpenAI answers Anthropic',
      CALL,
      'OpenAI argued in its report that without international coordination, a slowdown could allow the least cautious players to catch up, creating pressure on other companies and governments to abandon safety measures.',
    ];
    const credit = analyze(page).divergences.find((d) => d.kind === 'attribution' && d.page.paragraph === 2 && d.other.doc === where('004', 'least cautious')[0]);
    expect(credit?.summary).toBe('"OpenAI" vs "the company" (Anthropic)');
  });
});

describe('work done alone against work done with others', () => {
  it("reads the research institute working on its own against the outlets where it works in collaboration with others", () => {
    const page = [
      'Anthropic calls for a coordinated pause of frontier AI',
      CALL,
      'Anthropic said its internal research institute plans to explore the issue on its own, without outside partners, and to "take actions" to help build the systems necessary for a credible slowdown.',
    ];
    const alone = analyze(page).divergences.filter((d) => d.kind === 'negation' && d.page.paragraph === 2 && marked(d.page).join() === 'on its own');
    expect(alone.map((d) => d.other.doc.slice(0, 3)).sort()).toEqual(['003', '004']);
  });
});

describe('a finding carried to the other outlets', () => {
  it('carries a short phrase quoted another way to every outlet quoting the phrase, however its sentence is worded', () => {
    const page = [
      'Anthropic calls for a coordinated pause of frontier AI',
      'Anthropic, the maker of the Claude chatbot, on Thursday urged the leading AI developers to agree on a coordinated, verifiable way to slow or pause work on their most advanced systems, warning that humans risk losing control of the technology.',
      'The labs would verify that global rivals had actually slowed or stopped their work.',
      'Without an arrangement that reaches around the globe, the company warns, a slowdown could just let the "least responsible" players gain ground, piling more pressure on companies and governments.',
      'OpenAI said in a report on Wednesday that democratic governments, not private companies acting alone, must set the rules.',
    ];
    const quotes = analyze(page).divergences.filter((d) => d.kind === 'quote' && d.page.paragraph === 3);
    // 000, 002, 003 and 004 quote "least cautious" players; 001 gives the company's words without quotation marks
    // ("the least cautious players could pull ahead"), against which the quotation's changed word differs too.
    expect(quotes.map((d) => d.other.doc.slice(0, 3)).sort()).toEqual(['000', '001', '002', '003', '004']);
    expect(quotes.every((d) => marked(d.other).join() === (d.other.doc.startsWith('001') ? 'cautious' : 'least cautious'))).toBe(true);
  });


  it('carries a quotation credited to another named speaker to the outlets that report its point in their own words, crediting the speaker they quote', () => {
    const page = [
      'Researchers at the University of Toronto have shown how AI tools can build self-spreading worms that take over computer networks.',
      '"I think it\'s really important that people understand that it\'s not just the biggest, most powerful language models that pose the security concerns," Anthropic co-founder Jack Clark said of the Toronto findings.',
    ];
    const credits = analyze(page).divergences.filter((d) => d.kind === 'attribution' && d.page.paragraph === 1);
    // 001 gives Papernot's point unquoted ("Lead researcher Nicolas Papernot said the threat extends beyond the largest language models").
    expect(credits.map((d) => `${d.other.doc.slice(0, 3)}#${d.other.paragraph}`)).toContain('001#14');
  });

  it("carries a credit found against one outlet to another outlet's sentence the page's is close to, which credits the same party for the claim", () => {
    const page = [
      'Researchers at the University of Toronto have shown how AI tools can build self-spreading worms that take over computer networks.',
      'Nicolas Papernot, who led the study, said his team built the worm in a lab with an open-source model.',
      'The most striking line came from one of Papernot\'s co-authors: "That old laptop you have in your basement that you don\'t check on regularly doesn\'t seem like a very high-value target, but it can be used as a launch pad to attack these higher-value targets."',
    ];
    const credits = analyze(page).divergences.filter((d) => d.kind === 'attribution' && d.page.paragraph === 2);
    // The quotation's outlets credit Papernot; 001 words the point itself ("Papernot noted that older, overlooked devices…"),
    // and 004 in its paragraph before the quotation too ("Papernot explained that … Instead, even old, unmonitored devices…").
    expect(credits.map((d) => `${d.other.doc.slice(0, 3)}#${d.other.paragraph}`).sort()).toEqual(['001#15', '002#12', '003#8', '004#24', '004#25']);
  });
});
