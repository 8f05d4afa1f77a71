import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { diffEdit, onEdit, selfSentences } from '../../lib/compare/edited-sentences';
import type { Pair } from '../../lib/match/pairs';
import { checkReplacedName } from '../../lib/compare/check-replaced-name';
import { checkEditedNegation } from '../../lib/compare/check-edited-negation';
import { checkEditedCertainty } from '../../lib/compare/check-edited-certainty';
import { checkEditedSequence } from '../../lib/compare/check-edited-sequence';
import { checkEditedSpeaker } from '../../lib/compare/check-edited-speaker';
import { checkEditedOpposite } from '../../lib/compare/check-edited-opposite';
import { checkEditedQuote } from '../../lib/compare/check-edited-quote';
import { checkEditedList } from '../../lib/compare/check-edited-list';
import { checkNames } from '../../lib/compare/check-names';

/** The page sentence, its edit against the original, and a check's finding against another outlet's sentence. */
function edited(original: string, page: string) {
  const a = passage(page);
  const e = diffEdit(passage(original), a);
  if (!e) throw new Error('no edit');
  return { a, e };
}

describe('edited sentences of a recognised article: what the edit changed', () => {
  it('finds no edit in the same words, and a swap with its place where words changed', () => {
    expect(diffEdit(passage('The ferry sails at noon.'), passage('The ferry sails at noon.'))).toBeNull();
    const { e } = edited('The ferry sails at noon from Oban.', 'The ferry sails at dusk from Oban.');
    expect(e.swaps.map((s) => [s.removed.map((w) => w.text), s.added.map((w) => w.text)])).toEqual([[['noon'], ['dusk']]]);
    expect(e.changed.map((w) => w.text)).toEqual(['dusk']);
  });

  it('marks the words either side of a dropped word, where a check highlights the page', () => {
    const { e } = edited('The harbour will not close in winter.', 'The harbour will close in winter.');
    expect(e.changed.map((w) => w.text)).toEqual(['will', 'close']);
  });

  it('keeps a check to what the edit brings: on the changed words, and not shown by the original sentence', () => {
    const other = passage('The Harbour Trust is urging the island councils to share one ferry timetable.');
    const names = onEdit((a, b) => checkNames(a, b, 0), () => e);
    // The original names the same trust: the edit brings the other name.
    const { a, e } = edited('The Harbour Trust is urging the island councils to share one ferry timetable.', 'The Ferry Board is urging the island councils to share one ferry timetable.');
    expect(names(a, other, 0)?.kind).toBe('name');
    // A name the original already differed on is not the edit's.
    const { a: a2, e: e2 } = edited('The Ferry Board is urging the island councils to share one timetable.', 'The Ferry Board is urging the island councils to share a single timetable.');
    expect(onEdit((x, y) => checkNames(x, y, 0), () => e2)(a2, other, 0)).toBeNull();
    // On the changed words, but the original differed from the outlet in the same way already.
    const { a: a3, e: e3 } = edited('The Ferry Board is urging the island councils to share one timetable.', 'The Port Board is urging the island councils to share one timetable.');
    expect(checkNames(a3, other, 0)?.kind).toBe('name');
    expect(onEdit((x, y) => checkNames(x, y, 0), () => e3)(a3, other, 0)).toBeNull();
  });
});

describe('a name the edit put in place of another', () => {
  const other = passage('Scientists at the University of Leeds showed how the sensors fail in the cold.');
  it('diverges from an outlet naming the replaced one, whatever the shape of the new name', () => {
    const { a, e } = edited('Separate work from the University of Leeds raised a new worry:', 'Separate work from Durham University raised a new worry:');
    expect(checkReplacedName(a, other, e)?.summary).toBe('"Durham University" vs "University of Leeds"');
    const { a: a2, e: e2 } = edited("Leeds's study found the sensors fail.", "Durham's study found the sensors fail.");
    expect(checkReplacedName(a2, passage('The sensors fail, a Leeds study found.'), e2)?.summary).toBe('"Durham" vs "Leeds"');
  });

  it('is no divergence where the outlet names both, neither, where the new name is a typo of the old, or where it became a description', () => {
    const { a, e } = edited('Separate work from the University of Leeds raised a new worry:', 'Separate work from Durham University raised a new worry:');
    expect(checkReplacedName(a, passage('Teams at Durham University and the University of Leeds studied the sensors.'), e)).toBeNull();
    expect(checkReplacedName(a, passage('Scientists showed how the sensors fail in the cold.'), e)).toBeNull();
    const { a: a4, e: e4 } = edited('Separate work from the University of Leeds raised a new worry:', 'Separate work from the University of Lededs raised a new worry:');
    expect(checkReplacedName(a4, other, e4)).toBeNull();
    const { a: a3, e: e3 } = edited('Brightwell is urging councils to act.', 'The Brightwell chairman is urging councils to act.');
    expect(checkReplacedName(a3, passage('Brightwell wants councils to act.'), e3)).toBeNull();
  });

  it('reads a name changed with its title ("co-founder Dana Whitfield" / "chief executive Tom Okafor") as a replaced name', () => {
    const { a, e } = edited('In a memo by co-founder Dana Whitfield, the trust argued for a shared timetable.', 'In a memo by chief executive Tom Okafor, the trust argued for a shared timetable.');
    expect(checkReplacedName(a, passage('The memo was written by Dana Whitfield, the trust said.'), e)?.summary).toBe('"Tom Okafor" vs "Dana Whitfield"');
  });

  it('reads a speaker put in another\'s place, with the words of saying changed around it, as a change of attribution', () => {
    const other = passage('The Harbour Trust said decisions about the ferry timetable should not rest with any one town.');
    const { a, e } = edited('The Harbour Trust said decisions about the ferry timetable should not rest with any one town.', 'Brightwell Council likewise argued that decisions about the ferry timetable should not rest with any one town.');
    expect(checkReplacedName(a, other, e)?.kind).toBe('attribution');
    expect(checkReplacedName(a, other, e)?.summary).toBe('"Brightwell Council" vs "Harbour Trust"');
    const { a: a2, e: e2 } = edited('The Harbour Trust says its engineers will study the barrier.', 'Brightwell Council, for its part, says its engineers will study the barrier.');
    expect(checkReplacedName(a2, passage('The Harbour Trust said its own engineers plan to study the barrier.'), e2)?.kind).toBe('attribution');
    const { a: a4, e: e4 } = edited('The Harbour Trust says its engineers will study the barrier.', 'According to Brightwell Council, its engineers will study the barrier.');
    expect(checkReplacedName(a4, passage('The Harbour Trust said its own engineers plan to study the barrier.'), e4)?.kind).toBe('attribution');
    // Other words changed beside the name are no frame of saying: the name is in a new phrase, not replaced.
    const { a: a3, e: e3 } = edited('The Harbour Trust said the barrier would hold.', 'Engineers hired by Brightwell Council said the barrier would hold.');
    expect(checkReplacedName(a3, passage('The Harbour Trust expects the barrier to hold.'), e3)).toBeNull();
  });

  it('reads a name the edit moved within the sentence as no name replaced ("Brightwell argued that without" / "Absent …, Brightwell argued,")', () => {
    const { a, e } = edited('Brightwell argued that without a deal, the smallest ferry firms could pull ahead.', 'Absent a deal, Brightwell argued, the smallest ferry firms could pull ahead.');
    expect(checkReplacedName(a, passage('Brightwell warned that without a deal the smallest ferry firms could pull ahead.'), e)).toBeNull();
  });

  it('asks an outlet only loosely like the sentence for a shared word around the names', () => {
    const { a, e } = edited('Separate work from the University of Leeds raised a new worry:', 'Separate work from Durham University raised a new worry:');
    expect(checkReplacedName(a, other, e, 1)).toBeNull();
    expect(checkReplacedName(a, passage('That work from the University of Leeds was published on Monday.'), e, 1)?.kind).toBe('name');
  });
});

describe('a negation the edit added or dropped', () => {
  it('diverges from an outlet stating the claim as the original did', () => {
    const { a, e } = edited('Without a deal, the smallest ferry firms could pull ahead of the rest.', 'Without a deal, the smallest ferry firms could not pull ahead of the rest.');
    expect(checkEditedNegation(a, passage('A failed deal could let the smallest ferry firms pull ahead, the trust said.'), e)?.kind).toBe('negation');
    // An outlet that denies it too agrees with the page.
    expect(checkEditedNegation(a, passage('Even without a deal the smallest ferry firms would never pull ahead.'), e)).toBeNull();
  });

  it('diverges, where the edit dropped the negation, only from an outlet that keeps it', () => {
    const { a, e } = edited('The board said fares should not rise with fuel costs this winter.', 'The board said fares should rise with fuel costs this winter.');
    expect(checkEditedNegation(a, passage('Fares will not rise with fuel costs, according to the board.'), e)?.kind).toBe('negation');
    expect(checkEditedNegation(a, passage('Fares may rise with fuel costs, the board warned.'), e)).toBeNull();
  });

  it('reads a quantity denied before a kept noun ("Rapid improvements" / "Little improvement") against an outlet stating it, but not "a little"', () => {
    const { a, e } = edited('- Rapid improvements in flood defences and tidal warning systems', '- Little improvement in flood defences and tidal warning systems');
    const outlet = passage('Engineers praised the fast progress in flood defences and tidal warning systems this year.');
    expect(checkEditedNegation(a, outlet, e)?.kind).toBe('negation');
    const some = edited('- Rapid improvements in flood defences and tidal warning systems', '- A little improvement in flood defences and tidal warning systems');
    expect(checkEditedNegation(some.a, outlet, some.e)).toBeNull();
  });

  it('finds nothing where the edit moved the negation onto the subject ("should not rest with any single board" / "no single board should")', () => {
    const original = 'The mayor said decisions about fares should not rest with any single board, port or ferry firm.';
    const outlet = passage('The city stated that decisions about fare levels should not rest with any single board, port, or ferry firm.');
    const moved = edited(original, 'According to the mayor, no single board, port or ferry firm should be the one to decide fares.');
    expect(checkEditedNegation(moved.a, outlet, moved.e)).toBeNull();
    // Dropped with nothing denying in its place, it still diverges.
    const dropped = edited(original, 'The mayor said decisions about fares should rest with a single board, port or ferry firm.');
    expect(checkEditedNegation(dropped.a, outlet, dropped.e)?.kind).toBe('negation');
  });
});

describe('a modal the edit changed', () => {
  it('diverges from an outlet not as sure as the page now is', () => {
    const { a, e } = edited('Old harbour cranes can become weak points in the network.', 'Old harbour cranes might become weak points in the network.');
    expect(checkEditedCertainty(a, passage('Even old harbour cranes can serve as weak points, engineers said.'), e)?.kind).toBe('certainty');
    expect(checkEditedCertainty(a, passage('Old harbour cranes may become weak points, engineers said.'), e)).toBeNull();
  });

  it('is no divergence where the modal took the place of a word that is no auxiliary (the sentence was rebuilt around it)', () => {
    const { a, e } = edited('The plan stops any town from secretly raising its fares while others wait.', 'The plan means no town could secretly raise its fares while others wait.');
    expect(checkEditedCertainty(a, passage('The plan stops any single town from secretly raising fares while others wait.'), e)).toBeNull();
  });

  it('reads a hedging adverb put into a kept sentence ("probably extends") as the claim hedged, against an outlet that states it', () => {
    const { a, e } = edited('The engineer said the flooding extends beyond the largest harbour towns.', 'The engineer said the flooding probably extends beyond the largest harbour towns.');
    expect(checkEditedCertainty(a, passage('The flooding extends beyond the largest harbour towns, the engineer warned.'), e)?.kind).toBe('certainty');
    expect(checkEditedCertainty(a, passage('The flooding possibly extends beyond the largest harbour towns, the engineer warned.'), e)).toBeNull();
    // Another word put in ("also") says nothing of how sure the claim is.
    const other = edited('The engineer said the flooding extends beyond the largest harbour towns.', 'The engineer said the flooding also extends beyond the largest harbour towns.');
    expect(checkEditedCertainty(other.a, passage('The flooding extends beyond the largest harbour towns, the engineer warned.'), other.e)).toBeNull();
  });

  it('reads a hedging modal and adverb put before the kept verb ("extends" / "could perhaps extend") as the claim hedged', () => {
    const { a, e } = edited('The engineer said the flooding extends beyond the largest harbour towns.', 'The engineer said the flooding could perhaps extend beyond the largest harbour towns.');
    expect(checkEditedCertainty(a, passage('The flooding extends beyond the largest harbour towns, the engineer warned.'), e)?.kind).toBe('certainty');
    expect(checkEditedCertainty(a, passage('The flooding might extend beyond the largest harbour towns, the engineer warned.'), e)).toBeNull();
  });

  it('reads a hedging modal with an aside set off by commas before the kept verb ("extends" / "could, in time, extend") as the claim hedged', () => {
    const { a, e } = edited('The engineer said the flooding extends beyond the largest harbour towns.', 'The engineer said the flooding could, in time, extend beyond the largest harbour towns.');
    expect(checkEditedCertainty(a, passage('The flooding extends beyond the largest harbour towns, the engineer warned.'), e)?.kind).toBe('certainty');
    // Words put in without the commas are a sentence rebuilt, not an aside.
    const rebuilt = edited('The engineer said the flooding extends beyond the largest harbour towns.', 'The engineer said the flooding could in some years extend beyond the largest harbour towns.');
    expect(checkEditedCertainty(rebuilt.a, passage('The flooding extends beyond the largest harbour towns, the engineer warned.'), rebuilt.e)).toBeNull();
  });

  it('is no divergence for a swap that leaves the claim as sure as it was', () => {
    const { a, e } = edited('Old harbour cranes might become weak points.', 'Old harbour cranes could become weak points.');
    expect(checkEditedCertainty(a, passage('Old harbour cranes can become weak points.'), e)).toBeNull();
  });
});

describe('a claim the edit hedged or made firm in words of its own', () => {
  const outlet = passage('Even old harbour cranes can serve as weak points, engineers said.');
  it('reads a modal put before the kept claim word ("can become" / "will inevitably become", "proposes" / "may propose") as a change of certainty', () => {
    const { a, e } = edited('Old harbour cranes can become weak points in the network.', 'Old harbour cranes will inevitably become weak points in the network.');
    expect(checkEditedCertainty(a, outlet, e)?.summary).toContain('will inevitably');
    const p = edited('The ferry trust proposes a shared timetable for the islands.', 'The ferry trust may propose a shared timetable for the islands.');
    expect(checkEditedCertainty(p.a, passage('The ferry trust has proposed a shared timetable for the islands.'), p.e)?.kind).toBe('certainty');
    // An outlet as hedged as the page now is agrees with it.
    expect(checkEditedCertainty(p.a, passage('The ferry trust might propose a shared timetable for the islands.'), p.e)).toBeNull();
  });

  it('reads a hedging word traded for a firm one ("plausible" / "all but inevitable") as a change of certainty', () => {
    const { a, e } = edited('A flood engineers suggest current trends make plausible could close the harbour.', 'A flood engineers suggest current trends make all but inevitable could close the harbour.');
    expect(checkEditedCertainty(a, passage('Engineers suggest current trends make a flood plausible.'), e)?.kind).toBe('certainty');
  });

  it('reads a stated plan traded for a modal ("plans to study" / "may study") and "always" for "can" as changes of certainty', () => {
    const plan = edited('The harbour trust plans to study the flood barrier with the island councils.', 'The harbour trust may study the flood barrier with the island councils.');
    expect(checkEditedCertainty(plan.a, passage('The harbour trust plans to study the flood barrier together with the island councils.'), plan.e)?.kind).toBe('certainty');
    const always = edited('Old harbour cranes can become weak points in the network.', 'Old harbour cranes always become weak points in the network.');
    expect(checkEditedCertainty(always.a, outlet, always.e)?.kind).toBe('certainty');
  });

  it('reads "will in all likelihood reach" as a firm claim on its verb, tied to an outlet by the words after it', () => {
    const { a, e } = edited(
      'Engineers say the storms are growing so fast that the river could potentially reach a level where it can flood the lower harbour and close the ferry berths.',
      'Engineers say the storms are growing so fast that the river will in all likelihood reach a level where it can flood the lower harbour and close the ferry berths.',
    );
    expect(checkEditedCertainty(a, passage('The river might eventually flood the lower harbour and close the ferry berths, engineers warned.'), e)?.summary).toContain('will in all likelihood');
    // An outlet as sure as the page now is agrees with it.
    expect(checkEditedCertainty(a, passage('The river will flood the lower harbour and close the ferry berths, engineers warned.'), e)).toBeNull();
  });

  it('reads a modal traded for an adjective of certainty opening the claim ("could eventually flood" / "is virtually certain to eventually flood")', () => {
    const { a, e } = edited('Engineers warned that the river could eventually flood the lower harbour.', 'Engineers warned that the river is virtually certain to eventually flood the lower harbour.');
    expect(checkEditedCertainty(a, passage('The river might eventually flood the lower harbour, engineers said.'), e)?.kind).toBe('certainty');
    expect(checkEditedCertainty(a, passage('The river will certainly flood the lower harbour, engineers said.'), e)).toBeNull();
  });

  it('reads a firm verb of saying traded for a tentative one ("asserting that" / "tentatively floating the view that") as the speaker made less sure', () => {
    const { a, e } = edited('The trust replied in a letter on Monday, asserting that "the ferries must run all winter."', 'The trust replied in a letter on Monday, tentatively floating the view that "the ferries must run all winter."');
    expect(checkEditedCertainty(a, passage('In its letter on Monday the trust argued that "the ferries must run all winter."'), e)?.summary).toBe('"tentatively floating the view" vs "argued"');
    // An outlet that has the trust musing too agrees with the page.
    expect(checkEditedCertainty(a, passage('In its letter on Monday the trust mused that "the ferries must run all winter."'), e)).toBeNull();
  });

  it('reads "appears to have" or "seems to have" put before a claim as a hedge ("had little effect" / "appears to have had little effect")', () => {
    const { a, e } = edited('That campaign had little practical effect on the ferry timetable.', 'That campaign appears to have had little practical effect on the ferry timetable.');
    expect(checkEditedCertainty(a, passage('The campaign had little practical effect on the ferry timetable, the trust said.'), e)?.kind).toBe('certainty');
    // An outlet that hedges it too agrees.
    expect(checkEditedCertainty(a, passage('The campaign seems to have had little practical effect on the ferry timetable.'), e)).toBeNull();
  });

  it('reads a verb of saying traded for a guess ("said" / "suspected", "says" / "hazards a guess that") as the speaker made less sure', () => {
    const outletSays = passage('Engineers at the trust said the flooding reaches beyond the largest harbour towns.');
    const suspected = edited('Lead engineer Ana Ruiz said the flooding reaches beyond the largest harbour towns.', 'Lead engineer Ana Ruiz suspected the flooding reaches beyond the largest harbour towns.');
    expect(checkEditedCertainty(suspected.a, outletSays, suspected.e)?.summary).toBe('"suspected" vs "said"');
    const guess = edited('The trust says the ferries are running later every winter.', 'The trust hazards a guess that the ferries are running later every winter.');
    expect(checkEditedCertainty(guess.a, passage('The ferries are running later every winter, the trust said on Monday.'), guess.e)?.kind).toBe('certainty');
  });

  it('is no divergence where the words frame the claim anew ("would"), only move a word of certainty, or turn a purpose', () => {
    const framed = edited('The trust proposed that towns share one ferry timetable.', 'Under the trust\'s proposal, towns would share one ferry timetable.');
    expect(checkEditedCertainty(framed.a, passage('Towns should share one ferry timetable, the trust said.'), framed.e)).toBeNull();
    const moved = edited('A flood the engineers say current trends make plausible could close the harbour.', 'A flood the engineers say is plausible on current trends could close the harbour.');
    expect(checkEditedCertainty(moved.a, passage('Engineers say current trends make a flood plausible.'), moved.e)).toBeNull();
    const purpose = edited('The trust urged a pause to allow time for sea walls to be built.', 'The trust urged a pause so that sea walls could be built.');
    expect(checkEditedCertainty(purpose.a, passage('The trust called for a pause so sea walls can be built.'), purpose.e)).toBeNull();
  });

  it('leaves a sentence rewritten throughout to the checks of its own words', () => {
    const { a, e } = edited('Old harbour cranes can become weak points in the network.', 'Old harbour cranes will inevitably become weak points in the network.');
    expect(checkEditedCertainty(a, outlet, { ...e, rewritten: true })).toBeNull();
  });
});

describe('a negation in a sentence rewritten throughout', () => {
  it('counts only on a claim word the original has ("will reach" / "will never reach"), not a denial in other words ("extends beyond" / "is not confined to")', () => {
    const other = passage('The flooding extends beyond the largest harbour towns, engineers said.');
    const reworded = edited('The flooding extends beyond the largest harbour towns.', 'The flooding is not confined to the largest harbour towns.');
    expect(checkEditedNegation(reworded.a, other, { ...reworded.e, rewritten: true })).toBeNull();
    const denied = edited('Engineers say the flooding will reach the largest harbour towns.', 'According to engineers, the flooding will never reach the largest harbour towns.');
    expect(checkEditedNegation(denied.a, passage('The flooding will reach the largest harbour towns, engineers said.'), { ...denied.e, rewritten: true })?.kind).toBe('negation');
  });
});

describe('the sentences of a recognised article a page copies', () => {
  const pair = (page: number, gid: number, score: number): Pair => ({ page, gid, doc: 0, score, linked: false });
  it('reads a sentence rewritten too much to pass as a copy as the original standing in its place, between two copies', () => {
    const out = selfSentences([pair(0, 10, 0.95), pair(1, 11, 0.35), pair(2, 12, 0.9)], 0);
    expect([...out]).toEqual([[0, { gid: 10, rewritten: false }], [2, { gid: 12, rewritten: false }], [1, { gid: 11, rewritten: true }]]);
  });

  it('reads no sentence so where it shares too little with the one in its place, or where the gap holds another number of sentences', () => {
    expect(selfSentences([pair(0, 10, 0.95), pair(1, 11, 0.2), pair(2, 12, 0.9)], 0).has(1)).toBe(false);
    // A sentence put in beside a rewritten one: two page sentences where the article has one.
    expect(selfSentences([pair(0, 10, 0.95), pair(1, 11, 0.4), pair(2, 12, 0.35), pair(3, 12, 0.9)], 0).has(1)).toBe(false);
  });
});

describe('an order the edit put in or turned around', () => {
  const outlet = passage('The trust made its proposal as engineers at Leeds showed how the harbour sensors fail in the cold.');
  it('diverges from an outlet that does not place the events as the page now does', () => {
    const { a, e } = edited('The proposal arrives as engineers at Leeds showed how the harbour sensors fail in the cold.', 'The proposal arrives weeks after engineers at Leeds showed how the harbour sensors fail in the cold.');
    expect(checkEditedSequence(a, outlet, e)?.kind).toBe('sequence');
    const turned = edited('The ferry report follows a study from Leeds on how the harbour sensors fail.', 'The ferry report predates a study from Leeds on how the harbour sensors fail.');
    expect(checkEditedSequence(turned.a, passage('The ferry report came after a Leeds study on how harbour sensors fail.'), turned.e)?.kind).toBe('sequence');
    // An outlet placing the events as the page now does agrees with it.
    expect(checkEditedSequence(a, passage('Weeks after engineers at Leeds showed how the harbour sensors fail in the cold, the trust made its proposal.'), e)).toBeNull();
  });

  it('reads "and then" and "has since" put in as placing one event after another', () => {
    const then = edited('The engineer, who told the harbour council before releasing the study, spoke on Monday.', 'The engineer, who released the study and then told the harbour council, spoke on Monday.');
    expect(checkEditedSequence(then.a, passage('The engineer told the harbour council before releasing the study.'), then.e)?.kind).toBe('sequence');
    const since = edited('The trust is making its proposal even as the council argues that towns should set the fares.', 'The trust made its proposal, and the council has since argued that towns should set the fares.');
    expect(checkEditedSequence(since.a, passage('The council argued that towns should set the fares, a day before the trust made its proposal.'), since.e)?.kind).toBe('sequence');
    // "then" without "and", and "since" without "has", are no order the edit put in.
    const plain = edited('If the barrier fails, the harbour floods.', 'If the barrier fails, then the harbour floods.');
    expect(checkEditedSequence(plain.a, passage('The harbour floods if the barrier fails.'), plain.e)).toBeNull();
  });

  it('is no divergence for an order the original gave already, an "after" that is a verb\'s ("gone after"), an order word moved, or a sentence rewritten throughout', () => {
    const same = edited('The ferry report follows a study from Leeds on how the harbour sensors fail.', 'The ferry report comes after a study from Leeds on how the harbour sensors fail.');
    expect(checkEditedSequence(same.a, passage('The ferry report came alongside a Leeds study on how harbour sensors fail.'), same.e)).toBeNull();
    const gone = edited('Thieves have historically targeted the largest harbour depots on the coast.', 'Thieves have historically gone after the largest harbour depots on the coast.');
    expect(checkEditedSequence(gone.a, passage('The largest harbour depots on the coast have historically drawn thieves.'), gone.e)).toBeNull();
    const moved = edited('The engineer told the harbour council before releasing the study.', 'Before releasing the study, the engineer told the harbour council.');
    expect(checkEditedSequence(moved.a, passage('The engineer told the harbour council about the study.'), moved.e)).toBeNull();
    const { a, e } = edited('The proposal arrives as engineers at Leeds showed how the harbour sensors fail in the cold.', 'The proposal arrives weeks after engineers at Leeds showed how the harbour sensors fail in the cold.');
    expect(checkEditedSequence(a, outlet, { ...e, rewritten: true })).toBeNull();
  });
});

describe('a party the edit took out, with another put in', () => {
  const outlet = passage('Dana Whitfield warned that the harbour barrier would fail in a bad storm.');
  const original = 'Dana Whitfield said the harbour barrier would fail in a bad storm.';
  it('credits the point to someone else, against an outlet naming the one taken out, whether a name or a role at another body', () => {
    const named = edited(original, "Brightwell's harbour commissioner said the harbour barrier would fail in a bad storm.");
    expect(checkEditedSpeaker(named.a, outlet, named.e)?.kind).toBe('attribution');
    const role = edited(original, 'A port spokesperson said the harbour barrier would fail in a bad storm.');
    expect(checkEditedSpeaker(role.a, outlet, role.e)?.summary).toBe('"spokesperson" vs "Dana Whitfield"');
    // Not a speaker: a name of a place of work put in another's.
    const place = edited('Engineers at Leeds University showed the harbour barrier would fail.', 'Engineers at Durham University showed the harbour barrier would fail.');
    expect(checkEditedSpeaker(place.a, passage('Leeds University engineers found the harbour barrier would fail.'), place.e)?.kind).toBe('name');
  });

  it('reads a party named by its trade ("Engineers") swapped for officials of a body as the point credited elsewhere, loosely alike sentences only where they carry the claim', () => {
    const trade = edited('- Engineers also warn that the harbour barrier could fail in a bad storm', '- Danish port officials also warn that the harbour barrier could fail in a bad storm');
    const found = checkEditedSpeaker(trade.a, passage('An engineer at the harbour board showed how the barrier could fail when a storm surge hits.'), trade.e);
    expect(found?.kind).toBe('attribution');
    expect(found?.summary).toBe('"Danish port officials" vs "engineer"');
    // A sentence only loosely like it must carry the claim's words, not just name engineers.
    const elsewhere = passage('The engineers who built the ferry berths said they were proud of the work.');
    expect(checkEditedSpeaker(trade.a, elsewhere, trade.e)?.kind).toBe('attribution');
    expect(checkEditedSpeaker(trade.a, elsewhere, trade.e, true)).toBeNull();
  });

  it('reads "The company says" edited to another trade ("Independent engineers say") as the point credited away from the article\'s company', () => {
    const swap = edited('The company says the harbour barrier would fail in a bad storm.', 'Independent engineers say the harbour barrier would fail in a bad storm.');
    swap.e.original.mainOrganisation = () => 'Brightwell';
    const outlet = passage('Brightwell warned that the harbour barrier would fail in a bad storm.');
    expect(checkEditedSpeaker(swap.a, outlet, swap.e)?.summary).toBe('"Independent engineers" vs "Brightwell"');
    // Only against a sentence close to it.
    expect(checkEditedSpeaker(swap.a, outlet, swap.e, true)).toBeNull();
    // "the company behind the ferries" describes the company; it does not speak.
    const described = edited('Brightwell, the company behind the ferries, wants one timetable.', 'Brightwell, maker of the Tidewatch engines, wants one timetable.');
    described.e.original.mainOrganisation = () => 'Brightwell';
    expect(checkEditedSpeaker(described.a, passage('Brightwell wants the island councils to share one timetable.'), described.e)).toBeNull();
    // One trade for another is a synonym.
    const synonym = edited('In a report, engineers say the harbour barrier would fail in a bad storm.', 'In a report, scientists say the harbour barrier would fail in a bad storm.');
    expect(checkEditedSpeaker(synonym.a, passage('An engineer at the trust said the barrier would fail in a bad storm.'), synonym.e)).toBeNull();
  });

  it('reads the outlet\'s "the company warned" as naming the party taken out, where the company is that party', () => {
    const swap = edited('Brightwell suggests the harbour barrier would fail in a bad storm.', 'The Tidewatch engineers suggest the harbour barrier would fail in a bad storm.');
    const outlet = passage('In its study, the company warned that the harbour barrier would fail in a bad storm.');
    outlet.companyFallback = () => 'Brightwell';
    const found = checkEditedSpeaker(swap.a, outlet, swap.e);
    expect(found?.summary).toBe('"Tidewatch engineers" vs "the company"');
    // Another company, or a pair only loosely alike, is not read so.
    outlet.companyFallback = () => 'Harbour Trust';
    expect(checkEditedSpeaker(swap.a, outlet, swap.e)).toBeNull();
    outlet.companyFallback = () => 'Brightwell';
    expect(checkEditedSpeaker(swap.a, outlet, swap.e, true)).toBeNull();
  });

  it('reads a sentence rewritten throughout only for a name put in as the speaker ("Rival Brightwell says X" / "X, says rival Tidewatch"), and not "the ferry company" named', () => {
    const { a, e } = edited('- Rival Brightwell says towns, not ferry firms, should set the fares', '- Towns, not ferry firms, should set the fares, says rival Tidewatch');
    const outlet = passage('The trust warns that fares could rise soon, while Brightwell argues towns should set the fares instead.');
    expect(checkEditedSpeaker(a, outlet, { ...e, rewritten: true })?.summary).toBe('"Tidewatch" vs "Brightwell"');
    // "The UK company" stands for the party itself.
    const epithet = edited('The UK company warns that fares could rise soon.', 'Brightwell warns that fares could rise soon.');
    expect(checkEditedSpeaker(epithet.a, passage('Fares could rise soon, says the UK ferry trust.'), epithet.e)).toBeNull();
  });

  it('is no divergence where the outlet names the new party too, the page still names the old one, the new words are the story\'s own party told another way, or the sentence was rewritten', () => {
    const named = edited(original, "Brightwell's harbour commissioner said the harbour barrier would fail in a bad storm.");
    expect(checkEditedSpeaker(named.a, passage("Dana Whitfield and Brightwell's commissioner said the barrier would fail."), named.e)).toBeNull();
    const kept = edited(original, "Whitfield's deputy, a port spokesperson, said the harbour barrier would fail in a bad storm.");
    expect(checkEditedSpeaker(kept.a, outlet, kept.e)).toBeNull();
    const same = edited(original, 'The engineer said the harbour barrier would fail in a bad storm.');
    expect(checkEditedSpeaker(same.a, outlet, same.e)).toBeNull();
    expect(checkEditedSpeaker(named.a, outlet, { ...named.e, rewritten: true })).toBeNull();
  });

  it('is no divergence for a typo in the name or an epithet for the party ("the Tidewatch maker")', () => {
    const trust = passage('The Harbour Trust is urging the island councils to share one ferry timetable.');
    const typo = edited('Whitfield said the harbour barrier would fail in a bad storm.', 'Whitfeld said the harbour barrier would fail in a bad storm.');
    expect(checkEditedSpeaker(typo.a, passage('Whitfield warned that the harbour barrier would fail.'), typo.e)).toBeNull();
    // "The UK company" stands for the party itself.
    const epithet = edited('The Harbour Trust is urging the island councils to share one ferry timetable.', 'The Tidewatch maker is urging the island councils to share one ferry timetable.');
    expect(checkEditedSpeaker(epithet.a, trust, epithet.e)).toBeNull();
  });
});

describe('a quoted word the edit replaced', () => {
  const { a, e } = edited('- Warns that storms could reach a self-feeding “tidal” surge', '- Warns that storms could reach a self-feeding “runaway” surge');
  it('misquotes the speaker against an outlet quoting the word taken out, however short the quotation', () => {
    expect(checkEditedQuote(a, passage('The engineers fear a "tidal surge," where one storm feeds the next.'), e)?.summary).toBe('"runaway" vs "tidal"');
  });

  it('is no divergence where the outlet has the word unquoted, has the new word too, or the word was outside the marks', () => {
    expect(checkEditedQuote(a, passage('The engineers fear a tidal surge, where one storm feeds the next.'), e)).toBeNull();
    expect(checkEditedQuote(a, passage('The engineers fear a "tidal surge," a runaway storm.'), e)).toBeNull();
    const plain = edited('- Warns that storms could reach a self-feeding tidal surge', '- Warns that storms could reach a self-feeding runaway surge');
    expect(checkEditedQuote(plain.a, passage('The engineers fear a "tidal surge," where one storm feeds the next.'), plain.e)).toBeNull();
  });
});

describe('a list member the edit replaced', () => {
  const original = 'The engineer called for closer work between ferry firms, port authorities, and island councils on flood defences.';
  const outlet = passage('She urged ferry firms, port authorities and island councils to plan the flood defences together.');
  it('lists another party than an outlet that names the member taken out beside the ones kept', () => {
    const { a, e } = edited(original, 'The engineer called for closer work between ferry firms, insurers, and island councils on flood defences.');
    expect(checkEditedList(a, outlet, e)?.summary).toBe('"insurers" vs "port authorities"');
  });

  it('is no divergence for another word for a business, a member the outlet has too, or words outside a list', () => {
    const firm = edited('Nothing should rest with any one lab, company, or harbour board.', 'Nothing should rest with any one lab, firm, or harbour board.');
    expect(checkEditedList(firm.a, passage('It should not rest with any one lab, company, or harbour board.'), firm.e)).toBeNull();
    const both = edited(original, 'The engineer called for closer work between ferry firms, insurers, and island councils on flood defences.');
    expect(checkEditedList(both.a, passage('Ferry firms, port authorities, insurers and island councils should plan together.'), both.e)).toBeNull();
    const plain = edited('The engineer called for closer work on flood defences this winter.', 'The engineer called for closer work on flood defences this spring.');
    expect(checkEditedList(plain.a, passage('The engineer wants closer work on flood defences this winter.'), plain.e)).toBeNull();
  });
});

describe('a word the edit turned into its opposite', () => {
  // The engine gives passages the corpus's opposites (WordNet); here a small table stands in for it.
  const table: Record<string, string[]> = { more: ['less', 'fewer'], less: ['more'], least: ['most'], most: ['least'] };
  const withOpposites = (p: ReturnType<typeof passage>) => Object.assign(p, { opposites: (stem: string) => table[stem] ?? [] });
  const turned = (original: string, page: string) => {
    const { a, e } = edited(original, page);
    return { a: withOpposites(a), e };
  };

  it('denies what the outlet states: the word itself, or the claim it opens ("incapable of adapting" / "a worm that adapts")', () => {
    const { a, e } = turned('The trust argued there should be more collaboration between ports and councils on flood defences.', 'The trust argued there should be less collaboration between ports and councils on flood defences.');
    expect(checkEditedOpposite(a, passage('The trust called for more collaboration between ports and councils on flood defences.'), e)?.kind).toBe('negation');
    const opens = turned('Engineers built a drone capable of adapting its flight path as the wind changes over the harbour.', 'Engineers built a drone incapable of adapting its flight path as the wind changes over the harbour.');
    expect(checkEditedOpposite(opens.a, passage('The drone adapts its flight path as the wind changes over the harbour, engineers said.'), opens.e)?.kind).toBe('negation');
  });

  it('is no divergence where two words turned at once, where the outlet does not state the word or its claim, or where it says what the page now says', () => {
    const both = turned('Without a deal, the least cautious ferry firms could pull ahead.', 'Without a deal, the most reckless ferry firms could pull ahead.');
    expect(checkEditedOpposite(both.a, passage('Without a deal the least cautious ferry firms could pull ahead, the trust said.'), both.e)).toBeNull();
    const { a, e } = turned('The trust argued there should be more collaboration between ports and councils on flood defences.', 'The trust argued there should be less collaboration between ports and councils on flood defences.');
    expect(checkEditedOpposite(a, passage('The trust spoke about collaboration between ports and councils on flood defences.'), e)).toBeNull();
    expect(checkEditedOpposite(a, passage('The trust wants less collaboration, not more, between ports and councils on flood defences.'), e)).toBeNull();
    expect(checkEditedOpposite(a, passage('The trust called for more collaboration between ports and councils on flood defences.'), { ...e, rewritten: true })).toBeNull();
  });
});
