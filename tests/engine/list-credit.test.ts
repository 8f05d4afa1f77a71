import { describe, expect, it } from 'vitest';
import { story, storyEngine, summaries } from './helpers';
import { passage } from '../../lib/compare/passage';
import { creditedClaims } from '../../lib/compare/credited-claims';
import { checkClaimCredit } from '../../lib/compare/check-credit';
import { leadInBefore } from '../../lib/compare/list-items';

const claimants = (text: string) => creditedClaims(passage(text)).map((c) => c.credit.name ?? c.credit.text);

describe('claims credited by a participle after a comma', () => {
  it('credits "…, arguing that" to the subject of its clause', () => {
    expect(claimants('The ministry pushed back on Monday, arguing that regional councils should set the quotas.')).toEqual(['The ministry']);
    expect(claimants('On Monday, Nordfisk Group answered the union, insisting that the quotas must stay national.')).toEqual(['Nordfisk Group']);
  });

  it('wants "that" after the participle, so a participle of some other act is no claim', () => {
    expect(claimants('The ministry pushed back on Monday, arguing the point for hours.')).toEqual([]);
    expect(claimants('The ministry closed the harbour, adding two patrol boats to the coast.')).toEqual([]);
  });
});

describe('a bulleted line hangs on the lead-in before its list', () => {
  const paragraphs = [
    'The ministry takes a different view, arguing that:',
    '- Regional councils should set the fishing quotas',
    '- Inspections should be paid for by the fleet',
    'The union disagrees.',
    '1. What happens next',
    'The union lists its demands:',
    '1. Councils should decide',
  ];
  // One sentence per paragraph here: sentence i is paragraph i.
  const lead = (i: number) => leadInBefore(i, (k) => paragraphs[k], (k) => paragraphs[k]!);

  it("finds the lead-in past the list's earlier lines", () => {
    expect(lead(1)).toBe(0);
    expect(lead(2)).toBe(0);
  });

  it('finds none for a line that is no bulleted item (numbered lines are as often headings), or one after a sentence without a colon', () => {
    expect(lead(3)).toBeUndefined();
    expect(lead(4)).toBeUndefined();
    expect(lead(6)).toBeUndefined();
    const noColon = ['The ministry takes a different view.', '- Regional councils should set the fishing quotas'];
    expect(leadInBefore(1, (k) => noColon[k], (k) => noColon[k]!)).toBeUndefined();
  });
});

describe("a bulleted line's claim is its lead-in's party's", () => {
  const line = () => {
    const p = passage('- Regional councils should set the fishing quotas for the coast');
    p.leadIn = () => passage('Nordfisk Group takes a different view, arguing that:');
    return p;
  };

  it('credits the line to the party the lead-in names, highlighting the line', () => {
    const [claim] = creditedClaims(line());
    expect(claim?.credit.name).toBe('Nordfisk Group');
    expect(claim?.credit.text).toBe('Regional councils should set the fishing quotas for the coast');
  });

  it('reports the line against the same claim put in another party\'s mouth, and nothing without its lead-in', () => {
    const union = passage('The Fishers Association said that regional councils should set the fishing quotas for the coast.');
    expect(checkClaimCredit(union, line())?.kind).toBe('attribution');
    expect(checkClaimCredit(union, passage('- Regional councils should set the fishing quotas for the coast'))).toBeNull();
  });

  it('gives no party when the lead-in names none', () => {
    const p = passage('- Regional councils should set the fishing quotas for the coast');
    p.leadIn = () => passage('There are three reasons:');
    expect(creditedClaims(p)).toEqual([]);
  });
});

describe('list lines in the engine, on both sides', () => {
  const A = story('a_brief', [
    'The fisheries ministry published its new quota plan for the northern coast on Monday.',
    'Nordfisk Group, the largest fleet owner, takes a different view, arguing that:',
    '- Regional councils should set the fishing quotas for the coast',
    '- Inspections should be paid for by the ministry',
    'The ministry will hear objections until June.',
  ]);
  const B = story('b_daily', [
    'A new quota plan for the northern coast was published by the fisheries ministry on Monday.',
    'The ministry will take objections until June, officials said.',
  ]);
  const run = storyEngine([A, B]);

  it("reports a page crediting the corpus list line's claim to another party", () => {
    const page = [
      'The fisheries ministry published a quota plan for the northern coast on Monday.',
      'The Fishers Association said that regional councils should set the fishing quotas for the coast.',
    ];
    expect(summaries(run(page), 'attribution', 'a_brief')).toEqual(['"The Fishers Association" vs "Regional councils should set the fishing quotas for the coast" (Nordfisk Group)']);
  });

  it("reads the page's own list lines by their lead-in", () => {
    const page = [
      'The fisheries ministry published a quota plan for the northern coast on Monday.',
      'The Fishers Association takes a different view, arguing that:',
      '- Regional councils should set the fishing quotas for the coast',
    ];
    expect(summaries(run(page), 'attribution', 'a_brief')).toEqual(['"Regional councils should set the fishing quotas for the coast" (Fishers Association) vs "Regional councils should set the fishing quotas for the coast" (Nordfisk Group)']);
  });
});
