import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkEvidence } from '../../lib/compare/check-evidence';
import { analyze } from './helpers';

const check = (a: string, b: string, need = 2) => checkEvidence(passage(a), passage(b), need);
const shown = 'Engineers at the Delta Institute demonstrated how cheap sensors can detect cracks in the flood barrier.';

describe('certainty of evidence: a finding shown on one side, conjectured on the other', () => {
  it('reports "suggested that" against "demonstrated how" for the same finding, either way round', () => {
    const guessed = 'Delta Institute engineers have suggested that cheap sensors could, in principle, detect cracks in the flood barrier.';
    expect(check(guessed, shown)?.summary).toBe('"suggested that cheap" vs "demonstrated how cheap"');
    expect(check(shown, guessed)?.summary).toBe('"demonstrated how cheap" vs "suggested that cheap"');
  });

  it('does not report two findings alike in their verbs, or a finding about something else', () => {
    expect(check('Engineers at the Delta Institute showed that cheap sensors detect cracks in the flood barrier.', shown)).toBeNull();
    expect(check('The mayor suggested that the harbour toll could pay for new ferries next spring.', shown)).toBeNull();
    // A side that both conjectures and shows it already says both.
    expect(check('A Delta Institute study suggested, and a second trial confirmed, that cheap sensors detect cracks in the flood barrier.', shown)).toBeNull();
  });

  it('does not read "suggested" before a verb in -ing as a conjecture, nor "a show" as a verb', () => {
    expect(check('The Delta Institute suggested fitting cheap sensors to detect cracks in the flood barrier.', shown)).toBeNull();
    expect(check('In a show of strength, engineers at the Delta Institute fitted cheap sensors to detect cracks in the flood barrier.', 'Delta Institute engineers suggested that cheap sensors could detect cracks in the flood barrier.')).toBeNull();
  });

  it('needs more words in common for sentences only loosely alike', () => {
    const loose = 'The mayor suggested the cheap sensors might someday be fitted along the coast.';
    expect(check(loose, shown, 2)?.kind).toBe('certainty');
    expect(check(loose, shown, 3)).toBeNull();
  });
});

describe('a conjecture set out by a noun or an adverb, and a showing denied', () => {
  it('reads "the possibility that", "the theory that" and "in theory" as a conjecture', () => {
    expect(check('The engineers have raised the possibility that cheap sensors might one day detect cracks in the flood barrier.', shown)?.summary).toBe('"possibility that cheap" vs "demonstrated how cheap"');
    expect(check('The engineers put forward the theory that cheap sensors can detect cracks in the flood barrier.', shown)?.summary).toBe('"theory that cheap" vs "demonstrated how cheap"');
    expect(check('The engineers say cheap sensors could in theory detect cracks in the flood barrier.', shown)?.summary).toBe('"theory detect cracks" vs "demonstrated how cheap"');
    expect(check('The engineers say cheap sensors could theoretically detect cracks in the flood barrier.', shown)?.kind).toBe('certainty');
    // A possibility with no "that" after it is no conjecture of the finding.
    expect(check('The engineers discussed the possibility of cheap sensors to detect cracks in the flood barrier.', shown)).toBeNull();
  });

  it('reads a warning that the thing might come one day as a conjecture, and a plain warning as none', () => {
    expect(check('The engineers have warned that cheap sensors might one day be used to detect cracks in the flood barrier.', shown)?.summary).toBe('"warned that cheap" vs "demonstrated how cheap"');
    expect(check('The engineers warned that cheap sensors could eventually detect cracks in the flood barrier.', shown)?.kind).toBe('certainty');
    expect(check('The engineers warned that cheap sensors detect cracks in the flood barrier too late.', shown)).toBeNull();
    expect(check('The engineers warned that cheap sensors could detect cracks in the flood barrier.', shown)).toBeNull();
  });

  it('reads the finding past an aside set off by commas after its "that"', () => {
    const proven = 'The city says its own testing has proven that, if the river rises fast and the old pumps all fail, the cheap sensors detect cracks in the barrier.';
    const warned = 'The engineers warned that cheap sensors could eventually detect cracks in the barrier.';
    expect(check(proven, warned)?.summary).toBe('"proven that, if" vs "warned that cheap"');
  });

  it('reads a verb of showing that is denied ("rather than one they have demonstrated") as no showing', () => {
    const guessed = 'Cheap sensors could in theory detect cracks in the flood barrier, a possibility the engineers raise rather than one they have demonstrated.';
    expect(check(guessed, shown)?.kind).toBe('certainty');
    expect(check('Cheap sensors could in theory detect cracks in the flood barrier, which the engineers have demonstrated since.', shown)).toBeNull();
  });
});

describe("a conjecture carried to the other outlets' versions of the finding", () => {
  it('finds the theory against every outlet that says the researchers demonstrated it, however it words the rest', () => {
    const page = ['Pause plan', 'Anthropic wants the leading AI labs to agree on a coordinated pause of frontier development.', 'Researchers at the University of Toronto have floated the theory that AI tools could one day be used to build a worm that changes its hacking tactics while it spreads.'];
    const found = analyze(page).divergences.filter((d) => d.kind === 'certainty').map((d) => `${d.other.doc.slice(0, 3)}#${d.other.paragraph}`);
    // 001 tells it in a sentence the page shares too little with to be checked directly.
    for (const at of ['002#11', '004#13', '003#6', '001#13']) expect(found).toContain(at);
  });
});
