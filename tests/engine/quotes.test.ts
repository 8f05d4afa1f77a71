import { describe, expect, it } from 'vitest';
import { checkQuotes } from '../../lib/compare/check-quotes';
import { passage, quotedSpans } from '../../lib/compare/passage';
import { normalizeChars } from '../../lib/text/normalize';
import { quoteWordsAlong } from '../../lib/compare/quote-along';
import { analyze } from './helpers';
import { creditOf } from '../../lib/compare/credit';

const check = (a: string, b: string) => checkQuotes(passage(a), passage(b));
const full = '"I think it\'s fair to say that it\'s not only the big ports that face the flooding risk," the engineer said.';

describe('quotes: a blank left for the reader to fill', () => {
  it('does not read a quiz\'s gap ("That old ______ you have…") as another word quoted', () => {
    const full = 'The engineer said: "That old pump you have in your cellar can flood the whole street."';
    expect(checkQuotes(passage('Fill the gap: "That old ______ you have in your cellar can flood the whole street."'), passage(full))).toBeNull();
    expect(checkQuotes(passage('The engineer said: "That old boiler you have in your cellar can flood the whole street."'), passage(full))?.kind).toBe('quote');
  });
});

describe('quote wording', () => {
  it('reads two quotations sharing one word of substance ("…in your cellar") as two remarks, not one changed at its start', () => {
    const engineer = 'The engineer said: "That old pump you have in your cellar can flood the whole street."';
    expect(check('"Maybe even in your cellar," the reporter closed.', engineer)).toBeNull();
    expect(check('The engineer said: "That old boiler you have in your cellar."', engineer)?.kind).toBe('quote');
  });

  it('reads a block quotation ("> …", as newsletters set one off) as quoted throughout', () => {
    const other = 'The engineer argued that "cities, not private firms acting alone, must rebuild their flood defences before the storm season."';
    const f = check('> Cities, not private firms acting together, must rebuild their flood defences before the storm season.', other);
    expect(f?.kind).toBe('quote');
    expect(f?.summary).toMatch(/together.*alone/);
    // A later sentence of the block quotation is quoted too, when its paragraph is known to be one.
    expect(passage('They must do it now.', undefined, undefined, undefined, true).quotes).toHaveLength(1);
  });

  it('reads a quotation read aloud ("quote, … end quote", "… unquote") as quoted, and "the quote" as a noun as nothing', () => {
    expect(passage('The mayor said, quote, the ferry will run all winter, end quote.').quotes.map((q) => q.text)).toEqual(['the ferry will run all winter']);
    expect(passage('Quote, the ferry will run all winter, unquote, she added.').quotes.map((q) => q.text)).toEqual(['the ferry will run all winter']);
    expect(passage('The quote was cut, she said, and end quote marks were lost.').quotes).toEqual([]);
    const f = check('In her words, quote, the ferry will run all winter without a break, end quote.', 'The mayor said "the ferry will run all summer without a break."');
    expect(f?.summary).toBe('"all winter without" vs "all summer without"');
  });

  it('summarises a word changed at a quotation\'s start with the word after it ("National governments" vs "democratic governments")', () => {
    const f = check('"National councils must decide the harbour rules," the mayor said.', 'The mayor said "regional councils must decide the harbour rules."');
    expect(f?.summary).toBe('"National councils" vs "regional councils"');
  });

  it('reads a quotation cut to start at a repeated word as an excerpt, not as words removed', () => {
    expect(check('"It\'s not only the big ports that face the flooding risk," said the engineer.', full)).toBeNull();
  });

  it('still reports a word changed inside such an excerpt', () => {
    const f = check('"It\'s not only the large ports that face the flooding risk," said the engineer.', full);
    expect(f?.kind).toBe('quote');
    expect(f!.summary).toMatch(/large.*vs.*big/);
  });

  it('reports a last word changed where both quotations end, but not one quotation cut shorter than the other', () => {
    const board = 'The board said that "the decision should not rest with any one port, city, or shipping line."';
    const f = check('The board said that "the decision should not rest with any one port, city, or country."', board);
    expect(f?.summary).toBe('"country" vs "shipping line"');
    expect(check('The board said that "the decision should not rest with any one port, city."', board)).toBeNull();
    // A first word changed where both begin, likewise.
    expect(check('"Towns must rebuild the flood defences before the storm season," the mayor said.', '"Cities must rebuild the flood defences before the storm season," the mayor said.')?.kind).toBe('quote');
  });

  it('counts a hyphenated word once in a changed end ("these higher-value targets" is three words, as "your employer\'s network" is)', () => {
    const engineer = 'The engineer said "the old pump can be used as a way in to flood these lower-lying streets."';
    const f = check('The engineer said "the old pump can be used as a way in to flood your neighbour\'s garage."', engineer);
    expect(f?.summary).toBe('"your neighbour\'s garage" vs "these lower-lying streets"');
    // Up to five words past the shared stretch are a changed end; more are an excerpt's cut.
    expect(check('The engineer said "the old pump can be used as a way in to flood the whole of the town."', engineer)?.kind).toBe('quote');
    expect(check('The engineer said "the old pump can be used as a way in to flood the whole of the old harbour town."', engineer)).toBeNull();
  });

  it('reads a quotation reworded around more than half its words as the same quotation, and one sharing less as another', () => {
    const outlet = '"Every pump in the district is now at risk because of how old the flood barrier has become," the engineer said.';
    // 11 of the 19 words kept, in order.
    expect(check('"Every pump in the district could one day be at risk if the flood barrier keeps ageing," the engineer said.', outlet)?.kind).toBe('quote');
    expect(check('"Some pumps near the river may need new parts before the winter storms arrive," the engineer said.', outlet)).toBeNull();
  });

  it('reads the sentences of a quotation that runs over several sentences as quoted', () => {
    // The outlet's quotation goes on past this sentence, so the sentence holds its opening mark only.
    const outlet = '"The old pump house by the river that nobody inspects looks harmless, but it floods the whole district.';
    const f = check('"The old pump house by the river that nobody ever checks looks harmless," the engineer said.', outlet);
    expect(f?.kind).toBe('quote');
    expect(check('The old pump house by the river that nobody ever checks looks harmless, the engineer said.', outlet)).toBeNull();
    expect(quotedSpans(normalizeChars('costs almost nothing now," she said, "and anyone can do it."')).map((q) => q.text)).toEqual(['costs almost nothing now,', 'and anyone can do it.']);
  });
});

describe("a quotation's changed words, against an outlet that gives the original words unquoted", () => {
  const quoted = 'The engineer said: "That old pump you keep in your cellar that nobody checks can flood the whole street."';
  const page = 'The engineer said: "That old boiler you keep in your attic that nobody checks can flood the whole street."';
  const found = checkQuotes(passage(page), passage(quoted))!;

  it('finds them where two of them stand together, or one beside a word that is beside it in the quotation', () => {
    expect(found.summary).toBe('"old boiler you keep in your attic that" vs "old pump you keep in your cellar that"');
    const along = (other: string) => quoteWordsAlong(found, passage(other), passage(quoted))?.summary ?? null;
    expect(along('The engineer warned that an unused pump in a cellar can flood a street.')).toBe('"boiler, attic" vs "pump, cellar"');
    expect(along('Old pumps that nobody checks can flood a street, the engineer said.')).toBe('"boiler, attic" vs "pumps"');
    // One of them in another setting ("the street's pump station") is no version of the quotation's words.
    expect(along("The street's pump station can flood the houses, the engineer said.")).toBeNull();
    // Nor where the page's own words stand there too.
    expect(along('An unused pump or boiler in a cellar can flood a street.')).toBeNull();
  });

  it('reads nothing into a quotation worded afresh, whose words could stand anywhere in a paraphrase', () => {
    const piece = (text: string, within: string) => ({ text, start: within.indexOf(text), end: within.indexOf(text) + text.length });
    const afresh = 'The engineer said: "Every home on the low road needs a new drain before the winter rains arrive."';
    const wide = { kind: 'quote' as const, a: [piece('Every home on the low road needs a new drain', afresh)], b: [piece('That old pump you keep in your cellar that nobody checks', quoted)], summary: '', confidence: 0.8 };
    const other = 'Old pumps in a cellar that nobody checks can flood a street, the engineer said.';
    expect(quoteWordsAlong(wide, passage(other), passage(quoted))).toBeNull();
    // The same words, a few of them changed, are read there.
    const narrow = { ...wide, a: [piece('old boiler you keep in your attic', page)], b: [piece('old pump you keep in your cellar', quoted)] };
    expect(quoteWordsAlong(narrow, passage(other), passage(quoted))?.kind).toBe('quote');
  });

  it("finds a scare-quoted phrase's changed word against the outlet that words the point alike, unquoted", () => {
    const page = ['Pause plan', 'Anthropic wants the leading AI labs to agree on a coordinated pause of frontier development.', 'Without that coordination, the company warned, the "least prudent" players could pull ahead and push the others to drop their safety measures.'];
    const found = analyze(page).divergences.filter((d) => d.kind === 'quote').map((d) => `${d.other.doc.slice(0, 3)}#${d.other.paragraph} ${d.summary}`);
    expect(found).toContain('000#21 "least prudent" vs "least cautious"');
    // 001 gives the company's words without quotation marks: "the least cautious players could pull ahead".
    expect(found).toContain('001#10 "least prudent" vs "cautious"');
  });
});

describe("quotes: an editor's bracketed letter", () => {
  it('reads "[a]nything" as "anything", as court filings and papers change a capital, and still sees a changed word after it', () => {
    const plain = '"Anything connected to the harbour network is now at risk because of how cheap the pumps have become," the engineer said.';
    expect(check('She added that "[a]nything connected to the harbour network is now at risk because of how cheap the pumps have become."', plain)).toBeNull();
    expect(check('She added that "[a]nything connected to the harbour network is now safe because of how cheap the pumps have become."', plain)?.kind).toBe('quote');
  });
});

describe('quotes in single marks, as British style sets them', () => {
  it('reads single-marked quotations in a text with no double marks, and no apostrophe as one', () => {
    const p = passage("Her wider point: 'Every pump on the estuary is now at risk because of how cheap the parts have become,' she said, and the engineers' union agreed.");
    expect(p.quotes.map((q) => q.text)).toEqual(['Every pump on the estuary is now at risk because of how cheap the parts have become,']);
    // Where double marks quote, a single mark is an apostrophe or a quotation within one.
    expect(passage(`She called it "the engineers' best chance to fix the pumps" on Monday.`).quotes.map((q) => q.text)).toEqual(["the engineers' best chance to fix the pumps"]);
  });

  it('finds a single-marked quotation changed against the same words in double marks, and credits it to the speaker after it', () => {
    const a = passage("'Every pump on the estuary is now at risk because of how old the parts have become,' Dana Okafor said.");
    const b = passage('"Every pump on the estuary is now at risk because of how cheap the parts have become," Dana Okafor said.');
    expect(checkQuotes(a, b)?.kind).toBe('quote');
    expect(creditOf(a, a.quotes[0]!)).toMatchObject({ name: 'Dana Okafor' });
  });
});

describe("quotes: a changed end of up to five words", () => {
  it('reads a quotation ending in five words of its own where the other has three as changed, not cut', () => {
    const other = '"That old pump in the basement that nobody checks can be used as a way in to flood these higher-value districts."';
    const changed = '"That old pump in the basement that nobody checks can be used as a way in to flood everything else on your street."';
    expect(check(changed, other)?.kind).toBe('quote');
    // An excerpt that stops early is a cut, not a change.
    expect(check('"That old pump in the basement that nobody checks can be used as a way in."', other)).toBeNull();
  });
});
