import { describe, expect, it } from 'vitest';
import { analyze, seed, where } from './helpers';
import { passage } from '../../lib/compare/passage';
import { titlesOf } from '../../lib/compare/titles';
import { checkTitles } from '../../lib/compare/check-names';

/** Seed 000 (which never gives Papernot a title) with one paragraph added. */
const page = (added: string) => [...seed('000').paragraphs, added];
const titleDivergences = (paras: string[], added: string) =>
  analyze(paras).divergences.filter((d) => d.kind === 'name' && d.page.text === added);

describe('titles across the story: a title is a fact about the person, not about the sentence', () => {
  it("checks a person's title against every outlet naming them, though the sentence pairs best with another", () => {
    // The sentence is about the worm, so in each outlet it pairs with the worm sentence, not with the one naming Papernot.
    const added = 'At the University of Toronto, professor Nicolas Papernot and his team built an AI worm that adapts its hacking strategy as it spreads between devices.';
    const found = titleDivergences(page(added), added);
    // 001, 002 and 003 call him "Lead researcher Nicolas Papernot"; 004 "the lead researcher".
    const others = new Set(found.map((d) => d.other.doc));
    expect(others.has(where('001', 'Lead researcher Nicolas Papernot')[0])).toBe(true);
    expect(others.has(where('003', 'Lead researcher Nicolas Papernot')[0])).toBe(true);
    expect(found.every((d) => /professor/.test(d.summary))).toBe(true);
  });

  it('finds nothing when the page gives the same role, or none', () => {
    const same = 'At the University of Toronto, lead researcher Nicolas Papernot and his team built an AI worm that adapts its hacking strategy as it spreads between devices.';
    expect(titleDivergences(page(same), same)).toEqual([]);
    const none = 'At the University of Toronto, Nicolas Papernot and his team built an AI worm that adapts its hacking strategy as it spreads between devices.';
    expect(titleDivergences(page(none), none)).toEqual([]);
  });

  it('finds nothing when the page also gives the outlets\' title, for a person may hold two roles', () => {
    const added = 'At the University of Toronto, professor Nicolas Papernot and his team built an AI worm that adapts its hacking strategy as it spreads between devices.';
    const paras = [...page(added), 'Papernot, who is also the lead researcher on the study, has warned about such attacks for years.'];
    expect(titleDivergences(paras, added)).toEqual([]);
  });

  it('reads a title told by "who is" after a name ("Tom Okafor, who is the trust\'s chief executive") as set off by its comma', () => {
    const named = (p: ReturnType<typeof passage>) => ({ text: 'Tom Okafor', start: p.text.indexOf('Tom'), end: p.text.indexOf('Tom') + 10 });
    const p = passage("The plan was written by Tom Okafor, who is the trust's chief executive, and two engineers.");
    expect(titlesOf(p, named(p)).map((t) => t.text)).toEqual(['chief executive']);
    const q = passage('The plan was written by Tom Okafor, who is tired of waiting, and two engineers.');
    expect(titlesOf(q, named(q))).toEqual([]);
    // "who serves as" tells it too.
    const r = passage("The plan was written by Tom Okafor, who serves as the trust's chief engineer, and two engineers.");
    expect(titlesOf(r, named(r)).map((t) => t.text)).toEqual(['chief engineer']);
  });

  it('compares a surname alone with the full name the other side gives it, by the title set off after it', () => {
    const other = passage('The plan was drafted by trustee Ruth Adeyemi and Tomas Lindqvist, head of the charity\'s finance office.');
    const page = passage('The plan was drafted by trustee Adeyemi and Lindqvist, head of the charity\'s volunteer team, over the winter.');
    const found = checkTitles(page, other);
    expect(found?.a.map((t) => t.text)).toEqual(["head of the charity's volunteer team"]);
    expect(found?.b.map((t) => t.text)).toEqual(["head of the charity's finance office"]);
    // The same role, and a title before the surname ("Professor Lindqvist" is how a story addresses him again), find nothing.
    expect(checkTitles(passage("The plan was drafted by Lindqvist, head of the charity's finance office, over the winter."), other)).toBeNull();
    expect(checkTitles(passage('Professor Lindqvist drafted the plan over the winter.'), other)).toBeNull();
  });

  it('reads a treasurer as a role, not a word beside a name', () => {
    const p = passage('The plan was written by Tom Okafor (the trust\'s treasurer) and two engineers.');
    expect(titlesOf(p, { text: 'Tom Okafor', start: p.text.indexOf('Tom'), end: p.text.indexOf('Tom') + 10 }).map((t) => t.text)).toEqual(['treasurer']);
  });

  it('reads a title set off by a dash after a name ("Tom Okafor — the trust\'s treasurer"), as fact sheets list people', () => {
    const p = passage("Tom Okafor — the trust's general counsel; the plan's other author.");
    expect(titlesOf(p, { text: 'Tom Okafor', start: 0, end: 10 }).map((t) => t.text)).toEqual(['general counsel']);
  });
});
