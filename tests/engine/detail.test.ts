import { describe, expect, it } from 'vitest';
import { analyze, seed, where } from './helpers';
import { passage } from '../../lib/compare/passage';
import { checkDetail } from '../../lib/compare/check-detail';

const check = (a: string, b: string) => checkDetail(passage(a), passage(b));


describe('detail: given on one side, withheld on the other', () => {
  const withheld = 'The council said it would widen the coastal road, though it stopped short of offering specific details.';

  it('reads "in (some) detail" against details withheld as a negation, either way round', () => {
    const given = 'The council said it would widen the coastal road, and it set out in some detail how the work would be phased.';
    expect(check(given, withheld)?.summary).toBe('"in some detail" vs "short of offering specific details"');
    expect(check(withheld, given)?.kind).toBe('negation');
    expect(check('The council explained in detail how the road would be widened.', 'The council did not provide specific details on the widening.')?.summary).toBe(
      '"in detail" vs "not provide specific details"',
    );
    expect(check('The council explained in detail how the road would be widened.', 'The council gave few details of the widening.')?.kind).toBe('negation');
  });

  it('does not report two sides that agree, or a detail denied on both', () => {
    expect(check('The council did not explain in detail how the road would be widened.', withheld)).toBeNull();
    expect(check('The council offered no details on the widening.', withheld)).toBeNull();
    expect(check('The council explained in detail how the road would be widened.', 'The council explained in great detail how the road would be widened.')).toBeNull();
  });

  it('reads neither "detailed" nor a detail of something else as detail given', () => {
    expect(check('The council detailed its plan to widen the coastal road.', withheld)).toBeNull();
    expect(check('Every detail of the widening was in the plan.', withheld)).toBeNull();
  });

  it('reads other ways of saying the detail was given: a detailed plan, specific about, in specific terms, step by step', () => {
    expect(check('The council has drawn up a detailed blueprint of the widening.', withheld)?.summary).toBe('"detailed blueprint" vs "short of offering specific details"');
    expect(check('The council is specific about how the widening would be phased.', withheld)?.kind).toBe('negation');
    expect(check('The council set out the phases in specific, concrete terms.', withheld)?.summary).toBe('"in specific, concrete terms" vs "short of offering specific details"');
    expect(check('The council described, step by step, how the road would be widened.', withheld)?.summary).toBe('"step by step" vs "short of offering specific details"');
    expect(check('The council described the phases in concrete detail.', withheld)?.kind).toBe('negation');
    // Denied, these agree with the detail withheld; a step taken by a step of something else is no detail given.
    expect(check('The council has not drawn up a detailed blueprint of the widening.', withheld)).toBeNull();
    expect(check('The council will widen the road step by careful step.', withheld)).toBeNull();
  });

  it('reads a verb that gives the details as detail given ("it sets out specific details", "goes into the specifics", "set out specific steps")', () => {
    expect(check('The council said it would widen the coastal road, and it sets out specific details of the phases.', withheld)?.summary).toBe('"sets out specific details" vs "short of offering specific details"');
    expect(check('The council actually goes into the specifics of how the road would be widened.', withheld)?.kind).toBe('negation');
    expect(check('The council set out specific steps toward the widening.', withheld)?.kind).toBe('negation');
    // Denied, or steps of no specific kind, they give nothing.
    expect(check('The council did not set out specific details of the phases.', withheld)).toBeNull();
    expect(check('The council set out steps toward the widening.', withheld)).toBeNull();
  });

  it('reads the sentence after the point too, where a page says so on its own ("The council described the phases in concrete detail.")', () => {
    const page = passage('The council said it would widen the coastal road. It described the phases in concrete detail.');
    const [first, second] = [passage('The council said it would widen the coastal road.'), passage('It described the phases in concrete detail.')];
    first.after = () => ({ passage: second, offset: page.text.indexOf('It described') });
    const f = checkDetail(first, passage(withheld));
    expect(f?.kind).toBe('negation');
    expect(page.text.slice(f!.a[0]!.start, f!.a[0]!.end)).toBe('in concrete detail');
  });

  it('on a merely related pair, asks the two sentences to share content words first', () => {
    const given = 'The council said it would widen the coastal road and set out, step by step, how the work would be phased.';
    expect(checkDetail(passage(given), passage(withheld), 4)?.kind).toBe('negation');
    expect(checkDetail(passage('The harbour board set out, step by step, how dredging would be phased.'), passage(withheld), 4)).toBeNull();
  });

  it('leaves a detail inside a quotation to the quote check', () => {
    expect(check('"We set it out in detail," the mayor said.', withheld)).toBeNull();
  });
});

describe('detail given against the seeds', () => {
  it('finds a page paragraph that tells the steps one by one against the seeds that say no specifics were given', () => {
    // The first paragraphs of a seed that does not carry the point make the page a story page; the last one is the page's own.
    const page = [...seed('001').paragraphs.slice(0, 8), 'Anthropic says its research institute will work on the problem with others and "take actions" to help build the machinery a credible slowdown would need, and the post goes on to describe, step by step, how that machinery would operate.'];
    const a = analyze(page);
    const against = a.divergences.filter((d) => d.kind === 'negation' && d.page.paragraph === 8).map((d) => `${d.other.doc}#${d.other.paragraph}`);
    expect(against).toEqual(expect.arrayContaining([where('004', 'did not provide specific details').join('#'), where('003', 'stopped short of offering specific details').join('#')]));
  });
});
