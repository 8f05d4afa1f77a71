import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { certaintyAlong, checkCertainty } from '../../lib/compare/check-certainty';
import { modals } from '../../lib/compare/modality';

const check = (a: string, b: string) => checkCertainty(passage(a), passage(b));

describe('certainty: the same claim hedged on one side and firm on the other', () => {
  it('reads a "would" under a condition its sentence states as the conditional, as unsure as "could", unless it makes the outcome sure', () => {
    const could = 'The engineers said that without a shared plan, a single port closing could simply let rival ports take its ferries.';
    expect(check('Without a shared plan, a single port closing would simply let rival ports take its ferries, the engineers said.', could)).toBeNull();
    expect(check('Without a shared plan, a single port closing would all but guarantee that rival ports take its ferries.', 'Without a shared plan, a single port closing could mean that rival ports take its ferries.')?.kind).toBe('certainty');
    // "Lacking" and "barring" set a condition as "without" does.
    expect(check('Lacking a shared plan, the engineers warn, a single port closing would only let rival ports take its ferries.', could)).toBeNull();
    // "all" alone says who, not how sure: the conditional stays as unsure as "could".
    expect(check('Without a shared plan, the ports would all lose their ferries to rival ports, the engineers said.', 'Without a shared plan, the ports could all lose their ferries to rival ports, the engineers said.')).toBeNull();
    // With no condition, "would" is as firm as ever.
    expect(check('A single port closing would simply let rival ports take its ferries, the engineers said.', could)?.kind).toBe('certainty');
  });

  it('reads a modal in an indirect question ("the question is who would…", "unclear whether … will") as asking, not claiming', () => {
    const could = 'The harbour board could take charge of the ferry timetables soon, officials said.';
    expect(check('The open question is who would take charge of the ferry timetables, officials said.', could)).toBeNull();
    expect(check('It is unclear whether the board will take charge of the ferry timetables, officials said.', could)).toBeNull();
    // A relative "who" makes a claim: "the board, who will take charge…".
    expect(check('Officials named the harbour board, who will take charge of the ferry timetables soon.', could)?.kind).toBe('certainty');
  });

  it('ties the two modals through words of one family ("soon" / "sooner")', () => {
    const f = check('Engineers said the repaired span will open sooner than planned.', 'Engineers said the repaired span could open soon.');
    expect(f?.summary).toBe('"will open sooner" vs "could open soon"');
  });

  it('reads past an aside set off by commas right after the modal ("could, in principle, be at risk")', () => {
    const quoted = '"Every unpatched pump in the valley is now at risk because of how cheap these attacks have become," the engineer said.';
    expect(check('Every unpatched pump in the valley could, in principle, be at risk as these attacks get cheaper.', quoted)?.kind).toBe('certainty');
    const machines = '"Every ferry ticket machine on the coast is now exposed to these attacks," the engineer said.';
    expect(check('Every ferry ticket machine on the coast might, sooner or later, be exposed to these attacks.', machines)?.summary).toBe('"might, sooner or" vs "coast is now exposed"');
  });

  it('reads "set to" before a verb as firm as "will" ("set to take effect" / "could take effect")', () => {
    const could = 'The harbour levy could take effect in March if the council does not reverse it.';
    const f = check(could, 'The council approved a harbour levy, set to take effect in March.');
    expect(f?.summary).toBe('"could take effect" vs "set to take"');
    expect(check('The harbour levy will take effect in March.', 'The council approved a harbour levy, set to take effect in March.')).toBeNull();
  });

  it('reads "there is no doubt that" ("without a doubt that", "beyond doubt that", "a certainty that", "it is certain that") as making what follows sure', () => {
    const could = 'The engineers said that without a shared plan, a single port closing could simply let rival ports take its ferries.';
    expect(check('Without a shared plan, the engineers say, there is no doubt that a single port closing would let rival ports take its ferries.', could)?.kind).toBe('certainty');
    expect(check('Without a shared plan, the engineers say, it is beyond doubt that a single port closing would let rival ports take its ferries.', could)?.kind).toBe('certainty');
    expect(check('Current trends make it a certainty that a single port closing will let rival ports take its ferries, the engineers say.', could)?.kind).toBe('certainty');
    expect(check('It is certain that, without a shared plan, a single port closing would let rival ports take its ferries.', could)?.kind).toBe('certainty');
    // A doubt that is there, or none about something else, makes nothing sure.
    expect(check('Without a shared plan, the engineers say, there is some doubt that a single port closing would let rival ports take its ferries.', could)).toBeNull();
  });

  it('reads "is bound to", "is certain to" and "a matter of time before" as firm as "will"', () => {
    const could = 'Engineers said the rising tides could flood the lower harbour road.';
    expect(check('Engineers said the rising tides are bound to flood the lower harbour road.', could)?.summary).toBe('"bound to flood" vs "could flood the"');
    expect(check('The rising tides are certain to flood the lower harbour road, engineers said.', could)?.kind).toBe('certainty');
    expect(check('It is only a matter of time before the rising tides flood the lower harbour road.', could)?.kind).toBe('certainty');
    expect(check('It is a matter of when, not if, the rising tides flood the lower harbour road.', could)?.kind).toBe('certainty');
    expect(check('It is a matter of when the rising tides flood the lower harbour road.', could)).toBeNull();
    expect(check('The rising tides are poised to flood the lower harbour road, engineers said.', could)?.kind).toBe('certainty');
    expect(check('The rising tides are on course to flood the lower harbour road, engineers said.', could)?.kind).toBe('certainty');
    expect(check('With the rising tides all but certain to flood the lower harbour road, engineers met.', could)?.kind).toBe('certainty');
    expect(check('The rising tides are expected to flood the lower harbour road, engineers said.', could)?.kind).toBe('certainty');
    // "with" and a short subject stand for the copula.
    expect(check('Engineers met on Monday, with the rising tides certain to flood the lower harbour road.', could)?.summary).toBe('"certain to flood" vs "could flood the"');
    // Without it (or a copula) "certain" is no forecast of what follows.
    expect(check('The rising tides left engineers certain to flood the lower harbour road in the drill.', could)).toBeNull();
    // "made sure to" is no forecast, and "bound to" a place or a contract governs no claim; nor "on course to" a place.
    expect(check('The ferry stayed on course to Dover and the lower harbour road was flooded.', could)).toBeNull();
    expect(check('Engineers made sure to flood the lower harbour road in the drill.', could)).toBeNull();
    expect(check('The rising tides, bound to the moon, flood the lower harbour road.', could)).toBeNull();
  });

  it('reads "end up" before a gerund as firm as "will" ("towns end up losing the road" / "towns risk losing the road")', () => {
    const risk = 'Engineers warned that harbour towns risk losing the lower harbour road to the rising tides.';
    expect(check('Engineers warned that harbour towns end up losing the lower harbour road to the rising tides.', risk)?.summary).toBe('"end up losing" vs "risk losing the"');
    // Not a state one ends up in ("ended up frustrated about losing…": the losing is no outcome it foretells).
    expect(check('Engineers said harbour towns ended up frustrated about losing the lower harbour road to the rising tides.', risk)).toBeNull();
  });

  it('does not read "will" opening a relative clause on a noun ("the model that will succeed it") as a claim that something will happen', () => {
    const could = 'The engineers warned that a flood model could eventually design and develop its own successor, a process known as recursive self-calibration.';
    expect(check('If funding holds, the engineers said, a flood model may in time become able to conceive and build the model that will succeed it, a stage that engineers refer to as recursive self-calibration.', could)).toBeNull();
    expect(check('The engineers warned that a flood model will design and develop its own successor, a process known as recursive self-calibration.', could)?.kind).toBe('certainty');
  });

  it('does not read the month "May" as a hedge ("approved on 14 May and will take effect" / "could take effect")', () => {
    const f = check('The harbour levy was approved on 14 May and will take effect in March.', 'The harbour levy could take effect in March.');
    expect(f?.summary).toBe('"will take effect" vs "could take effect"');
  });

  it('does not read "MAY 14" set in capitals as a hedge, but reads "MAY" in a headline in capitals as one', () => {
    expect(modals(passage('MAY 14 | The harbour levy will take effect in March.')).map((m) => m.word.text)).toEqual(['will']);
    expect(modals(passage('THE HARBOUR LEVY MAY TAKE EFFECT IN MARCH')).map((m) => m.word.text)).toEqual(['MAY']);
  });

  it('reads "going to" before a verb as firm as "will", and not "going to" a place', () => {
    const could = 'A sale could value the harbour company at nearly two billion pounds.';
    expect(check("When it is sold, the harbour company is going to be worth close to two billion pounds.", could)?.summary).toBe('"going to be" vs "could value the"');
    expect(check('The harbour company is going to Glasgow, worth close to two billion pounds.', could)).toBeNull();
  });

  it('ties them over the rest of the clause when a rewording moves the verb', () => {
    const f = check(
      'Officials warned that the plants will soon reach full automation, the ability to run and repair themselves.',
      'Officials warned that the plants could eventually run and repair themselves, a stage known as full automation.',
    );
    expect(f?.kind).toBe('certainty');
  });

  it('does not report a claim the other side hedges alike, beside another modal', () => {
    expect(
      check(
        'The accord would let inspectors confirm that "a rival could rebuild the plant in secret."',
        'The accord would make sure that "a rival could not rebuild the plant in secret."',
      ),
    ).toBeNull();
  });

  it('reads a subject that points back ("this stage will come") as the claim of the sentence before', () => {
    const [first, second] = [passage('Critics say the plant will soon run and repair itself without any staff.'), passage('At the current pace, this stage will come earlier than planned.')];
    second.before = () => first;
    const other = passage('At the current pace, the operator said, the plant could eventually run and repair itself without staff.');
    expect(checkCertainty(second, other)?.summary).toBe('"will come earlier" vs "could eventually run"');
    // Without the sentence before, nothing ties "will come earlier" to running and repairing.
    expect(checkCertainty(passage(second.text), other)).toBeNull();
  });

  it('does not read a pronoun "that" as pointing back', () => {
    const [first, second] = [passage('Critics say the plant will soon run and repair itself without any staff.'), passage('Officials said that will depend on the current budget.')];
    second.before = () => first;
    const other = passage('At the current pace, the operator said, the plant could eventually run and repair itself without staff.');
    expect(checkCertainty(second, other)).toBeNull();
  });

  it('reads the claim past a frame that says when, not what ("could reach a stage where they can…")', () => {
    const firm = 'Engineers say the new looms will weave and dye their own replacement parts.';
    expect(check(firm, 'Future looms could eventually reach a stage where they can weave and dye improved parts of their own.')?.summary).toBe('"will weave and" vs "could eventually reach"');
    expect(check(firm, 'The looms might get to the point at which they will be able to weave and dye their own parts.')?.kind).toBe('certainty');
    expect(check(firm, 'Future looms could eventually reach a stage of the factory floor where dyes are mixed and weaving is planned.')).toBeNull();
  });

  it('reads the claim past a frame whose clause has no modal of its own ("will reach the point where they weave…")', () => {
    const hedged = 'Future looms could eventually weave and mend their own replacement.';
    expect(check('On current trends the looms will reach the point where they weave and repair their own replacements.', hedged)?.kind).toBe('certainty');
    // Another claim after the frame is not this one.
    expect(check('The looms will reach the point where they stop for repairs every week.', hedged)).toBeNull();
  });

  it('ties two claims about the same subject, told in the same words, that share a word of the claim', () => {
    const hedged = 'Without a deal, the least careful builders could pull ahead of the others.';
    expect(check('The least careful builders will race ahead, engineers warned.', hedged)?.summary).toBe('"will race ahead" vs "could pull ahead"');
    // Another subject, or the same subject with nothing of the claim in common, is another claim.
    expect(check('The new flood barriers will race ahead of schedule, engineers said.', hedged)).toBeNull();
    expect(check('The least careful builders will lose their permits, engineers warned.', hedged)).toBeNull();
  });

  it('does not tie modals that govern different claims', () => {
    expect(check('The council will vote on the budget in March.', 'Residents could see higher water bills next year.')).toBeNull();
  });

  it("reads a hedge put on words the other side quotes plainly as a change of certainty", () => {
    const quoted = '"Every pump in the flooded district is now under water," the engineer said.';
    const f = check('Because the levee gave way, she says, almost every pump in the flooded district could now be under water.', quoted);
    expect(f?.summary).toBe('"could now be" vs "district is now under water"');
    // An adverb the hedge brings along ("might eventually be") is no word the quotation needs.
    expect(check('Because the levee gave way, she says, every pump in the flooded district might eventually be under water.', quoted)?.kind).toBe('certainty');
    // Not when the quotation hedges too, nor between two paraphrases.
    expect(check('Almost every pump in the flooded district could now be under water.', '"Every pump in the flooded district may now be under water," the engineer said.')).toBeNull();
    expect(check('Almost every pump in the flooded district could now be under water.', 'Every pump in the flooded district is now under water, the engineer said.')).toBeNull();
    // Nor when a hedge stands a few quoted words before the claim ("might raise the risk of pumps failing").
    expect(check('Engineers fear the harbour pumps could fail across the district.', '"The storm might raise the risk of harbour pumps failing across the district," the engineer said.')).toBeNull();
    expect(check('Engineers fear the harbour pumps could fail across the district.', '"The storm left harbour pumps failing across the district," the engineer said.')?.kind).toBe('certainty');
  });
});

describe('certainty: "I would ask you to…" is a courtesy, not a forecast', () => {
  it('does not read "I would ask you to remember" as firm against "could eventually flood"', () => {
    expect(check('I would ask you to remember one phrase: the river could flood the old town.', 'Engineers said the river could eventually flood the old town.')).toBeNull();
    expect(check('There is one worry I would ask you to carry: that the river floods the old town.', 'Engineers said the river could eventually flood the old town.')).toBeNull();
  });

  it('still reads "would" of a forecast as firm ("we would see the river flood")', () => {
    expect(check('Engineers said we would see the river flood the old town.', 'Engineers said the river could eventually flood the old town.')?.kind).toBe('certainty');
  });
});

describe('certainty between sentences found only because both hold the claim (strict)', () => {
  it('needs the claim words together after both modals, three of them allowed two other words between', () => {
    const hedged = passage('Future pumps could potentially reach a stage where they can design and build improved versions of themselves.');
    expect(checkCertainty(passage('The firm says pumps will become able to design and build the next, better version of themselves.'), hedged, true)?.kind).toBe('certainty');
    // Two claim words with two others between are too far apart.
    expect(checkCertainty(passage('The firm says pumps will become able to design new, better versions.'), passage('Future pumps could design their versions.'), true)).toBeNull();
  });
});

describe('certainty: "already" states as happening what the other side calls possible', () => {
  it('reports "are already using" against "could be used" for the same claim', () => {
    const a = 'Smugglers are already using cheap drones to move goods across the mountain border.';
    const b = 'Border officials showed how cheap drones could be used to move goods across the mountain border.';
    const f = checkCertainty(passage(a), passage(b));
    expect(f?.kind).toBe('certainty');
    expect(f!.summary).toBe('"already using cheap" vs "could be used"');
  });

  it('does not report "already" against a claim that is firm too', () => {
    const a = 'Smugglers are already using cheap drones to move goods across the mountain border.';
    const b = 'Smugglers will be using cheap drones to move goods across the mountain border.';
    expect(checkCertainty(passage(a), passage(b))).toBeNull();
  });
});

describe('certainty carried to another outlet\'s version of the point', () => {
  const page = passage('Engineers expect the repaired span will open sooner than planned.');
  const first = check(page.text, 'Engineers said the repaired span could open soon.')!;

  it('reports the page\'s firm claim against another version that hedges it, in words of its own', () => {
    const f = certaintyAlong(page, first, passage('The bridge might eventually take traffic again before the summer.'));
    expect(f?.summary).toBe('"will open sooner" vs "might eventually take"');
    expect(f?.a).toEqual(first.a);
  });

  it('reads a version with no modal through the next sentence when that one points back ("This reopening could come…")', () => {
    const other = passage('The bridge takes traffic again once the repairs end.');
    const next = passage('This reopening could come before the summer, engineers said.');
    other.after = () => ({ passage: next, offset: other.text.length + 1 });
    const f = certaintyAlong(page, first, other);
    expect(f?.summary).toBe('"will open sooner" vs "could come before"');
    // Offsets are into the version's sentence, running on into the next one.
    const joined = `${other.text} ${next.text}`;
    expect(joined.slice(f!.b[0]!.start, f!.b[0]!.end)).toBe('could come before');
    // Not through a next sentence about something else.
    const unrelated = passage('Ferries could run later in the summer.');
    other.after = () => ({ passage: unrelated, offset: other.text.length + 1 });
    expect(certaintyAlong(page, first, other)).toBeNull();
  });

  it('asks a sentence the page is only close to (no linked version) for a modal on the page\'s own claim', () => {
    const close = passage('Engineers said the old ferry service could be cancelled for several weeks this winter, and the repaired span opens sooner than planned.');
    // Linked, the first hedge stands for the point; close, only a modal governing "open sooner" does.
    expect(certaintyAlong(page, first, close)?.summary).toBe('"will open sooner" vs "could be cancelled"');
    expect(certaintyAlong(page, first, close, true)).toBeNull();
    expect(certaintyAlong(page, first, passage('Engineers said the ferry runs, and the repaired span might open sooner than planned.'), true)?.summary).toBe('"will open sooner" vs "might open sooner"');
  });

  it('does not report a version that states the claim as firmly as the page, or without a modal', () => {
    expect(certaintyAlong(page, first, passage('The bridge might reopen, and it will take traffic again before the summer.'))).toBeNull();
    expect(certaintyAlong(page, first, passage('The bridge takes traffic again before the summer.'))).toBeNull();
  });

  it('reads a version that hedges the claim in an appositive after it, not by a modal about something else later on', () => {
    const other = passage('If the span opens before the summer—an outcome the engineers consider plausible given dry weather—the ferry contract could end early.');
    expect(certaintyAlong(page, first, other)?.summary).toBe('"will open sooner" vs "an outcome the engineers consider plausible"');
    // A close partner only (not a linked version) must hedge the page's own claim with a modal, as before.
    expect(certaintyAlong(page, first, other, true)).toBeNull();
    // A page as unsure as the appositive is no change of certainty.
    const hedged = passage('Engineers expect the repaired span might open sooner than planned.');
    const firstHedged = check(hedged.text, 'Engineers said the repaired span will open soon.')!;
    expect(certaintyAlong(hedged, firstHedged, other)).toBeNull();
  });
});

