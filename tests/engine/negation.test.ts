import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkNegation } from '../../lib/compare/check-negation';
import { analyze, edit, seed } from './helpers';

const check = (a: string, b: string) => checkNegation(passage(a), passage(b));

describe('negation: a claim denied on one side and stated on the other', () => {
  it('reads "had little effect" as the same claim as "didn\'t have much effect", and "a little" as none', () => {
    expect(check("The ferry levy didn't have much practical effect on fares.", 'That levy had little practical effect on fares.')).toBeNull();
    expect(check("The ferry levy didn't have much practical effect on fares.", 'That levy had a little practical effect on fares.')?.kind).toBe('negation');
  });

  it('reads a "no" that ends its sentence ("The short answer is no.") without failing, as denying nothing', () => {
    expect(check('The short answer is no.', 'The short answer is that harbour councils must set the rules.')).toBeNull();
    expect(check('Should the towns worry? No.', 'The towns should worry about the harbour rules.')).toBeNull();
  });

  it('reads "does not say whether" as a question left open, not a denial of what follows', () => {
    const said = 'The trust argued that harbour councils must ultimately set the rules for ferry safety.';
    expect(check('The report does not say whether harbour councils must ultimately set the rules for ferry safety.', said)).toBeNull();
    expect(check('The report does not say harbour councils must ultimately set the rules for ferry safety.', said)?.kind).toBe('negation');
  });

  it('reads "not" after a contracted "is" or "are" ("it\'s not", "they\'re not") as denying what follows', () => {
    const plain = 'The older ferries carry most of the island freight, the harbour master said.';
    expect(check("It's not the older ferries that carry most of the island freight, the harbour master said.", plain)?.kind).toBe('negation');
    expect(check("They're not the older ferries that carry most of the island freight.", plain)?.kind).toBe('negation');
    // "not" after a noun is a contrast, not a denial of the predicate.
    expect(check('The harbour master, not the older ferries, carry most of the island freight.', plain)).toBeNull();
  });

  it('reads a denial written without "not" ("failed to notify", "hardly ever", "stopped short of", "without first alerting", "no longer")', () => {
    const plain = 'The lab notified the regional water regulator before publishing the results.';
    expect(check('The lab failed to notify the regional water regulator before publishing the results.', plain)?.kind).toBe('negation');
    expect(check('The lab published the results without first alerting the regional water regulator.', plain)?.kind).toBe('negation');
    expect(check('Old pumping stations hardly ever serve as entry points for attackers.', 'Old pumping stations can serve as entry points for attackers.')?.kind).toBe('negation');
    expect(check('The trust stopped short of offering specific details of the timetable.', 'The trust offered specific details of the timetable.')?.kind).toBe('negation');
    expect(check('Ferry operators no longer need to book berths weeks ahead.', 'Ferry operators need to book berths weeks ahead, the port said.')?.kind).toBe('negation');
    expect(check('The engineer saw no need for closer cooperation between ferry operators and the port.', 'The engineer called for closer cooperation between ferry operators and the port.')?.summary).toBe('"no need for" vs "closer cooperation"');
    // "no means of", "no way to", "no mechanism for": what they are for is denied.
    const verify = 'The plan would allow harbour boards to verify that rival ports have really closed their berths.';
    expect(check('The plan gives harbour boards no means of checking that rival ports have really closed their berths.', verify)?.kind).toBe('negation');
    expect(check('The plan gives harbour boards a means of checking that rival ports have really closed their berths.', verify)).toBeNull();
    // "unable to", "powerless to": what follows cannot be done.
    expect(check('The plan would leave harbour boards unable to verify that rival ports have really closed their berths.', verify)?.kind).toBe('negation');
    expect(check('The plan would leave harbour boards able to verify that rival ports have really closed their berths.', verify)).toBeNull();
    // Or by a clause: "no means by which a board could confirm…", "no provision under which boards could check…".
    const confirm = 'The proposal would allow harbour boards to confirm that competing docks have genuinely shut or scaled back their services.';
    expect(check('The proposal sets out no means by which a board could verify that a rival had really stopped or slowed its work.', confirm)?.kind).toBe('negation');
    expect(check('It contains no provision under which boards could check that others elsewhere really had stopped or slowed down.', confirm)?.kind).toBe('negation');
    expect(check('The proposal sets out a means by which a board could verify that a rival had really stopped or slowed its work.', confirm)).toBeNull();
    // Making a thing out of something, however worded: "did not build it from" / "developed using".
    const tool = 'The engineer said the pump was developed in a workshop using an open-source control kit that anyone can buy cheaply.';
    expect(check('The team did not build the pump from an open-source control kit of the cheap kind anyone can buy.', tool)?.kind).toBe('negation');
    expect(check('The team did not paint the pump with an open-source control kit of the cheap kind anyone can buy.', tool)).toBeNull();
    // "a role for" is no denial.
    expect(check('The engineer saw a role for closer cooperation between ferry operators and the port.', 'The engineer called for closer cooperation between ferry operators and the port.')).toBeNull();
    // "little real risk", "no serious danger": an adjective may stand in the denied likelihood.
    const warned = 'Engineers warned that residents risk losing power across the delta.';
    expect(check("Engineers said there's little real risk of residents losing power across the delta.", warned)?.kind).toBe('negation');
    expect(check("Engineers said there's a real risk of residents losing power across the delta.", warned)).toBeNull();
    // "too weak to become": what follows "to" cannot be.
    expect(check('Old pumping stations are too weak to become entry points for attackers.', 'Old pumping stations can become entry points for attackers.')?.summary).toBe('"too weak to" vs "become entry"');
    expect(check('Old pumping stations are too often entry points for attackers.', 'Old pumping stations can become entry points for attackers.')).toBeNull();
    // "not … until" says when, not whether ("will not take effect until March").
    expect(check('The new ferry fares will not take effect until the spring.', 'The new ferry fares will take effect in the spring.')).toBeNull();
  });

  it('reads "denies that" as denying the claim it reports, as "says that" states it', () => {
    const says = 'The harbour trust says the ferry fares are rising faster every spring.';
    expect(check('The harbour trust denies that the ferry fares are rising faster every spring.', says)?.kind).toBe('negation');
    expect(check('The harbour trust disputed that the ferry fares are rising faster every spring.', says)?.kind).toBe('negation');
    // A denial of something else ("denied any wrongdoing") reports no claim.
    expect(check('The harbour trust denied any wrongdoing as the ferry fares kept rising every spring.', says)).toBeNull();
  });

  it('reads a denial past where it was made ("denied in a statement on Tuesday that …"), not past a comma', () => {
    const says = 'The harbour trust says the ferry fares are rising faster every spring.';
    expect(check('The harbour trust denied in a statement on Tuesday that the ferry fares are rising faster every spring.', says)?.kind).toBe('negation');
    expect(check('The harbour trust denied it, and said in a statement that the ferry fares are rising faster every spring.', says)).toBeNull();
  });

  it('reads "No longer:" before a quotation as answering what came before, not denying the quotation', () => {
    const plain = '"Anything near the harbour is now at risk because the repairs cost so little," the engineer said.';
    expect(check('No longer: "Anything near the harbour is now at risk because the repairs cost so little," he said.', plain)).toBeNull();
    expect(check('The engineer said the pumping stations no longer need repairs this winter.', 'The engineer said the pumping stations need repairs this winter.')?.kind).toBe('negation');
  });

  it('reads a denial carried by a verb and its particle ("ruled out", "warned against", "shelved plans to", "keep out of")', () => {
    expect(check('Officials ruled out placing the ferry operator on the harbour watch list.', 'Officials placed the ferry operator on the harbour watch list.')?.kind).toBe('negation');
    expect(check('The engineer warned against closer cooperation between ferry operators and the port.', 'The engineer called for closer cooperation between ferry operators and the port.')?.kind).toBe('negation');
    expect(check('Both ferry firms have shelved plans to sell shares in the harbour trust.', 'Both ferry firms plan to sell shares in the harbour trust.')?.kind).toBe('negation');
    expect(check('The council argued the port should keep out of setting the ferry fares.', 'The council argued the port should set the ferry fares.')?.kind).toBe('negation');
    // The same "against" after arguing, voting or speaking out.
    expect(check('The engineer has argued against closer cooperation between ferry operators and the port.', 'The engineer called for closer cooperation between ferry operators and the port.')?.kind).toBe('negation');
    expect(check('The mayor spoke out against closer cooperation between ferry operators and the port.', 'The mayor called for closer cooperation between ferry operators and the port.')?.kind).toBe('negation');
    expect(check('The engineer argued for closer cooperation between ferry operators and the port.', 'The engineer called for closer cooperation between ferry operators and the port.')).toBeNull();
    // A particle that denies nothing: "ruled on", "warned of", "kept out the water".
    expect(check('Officials ruled on placing the ferry operator on the harbour watch list.', 'Officials placed the ferry operator on the harbour watch list.')).toBeNull();
    expect(check('The engineer warned of closer cooperation between ferry operators and the port.', 'The engineer called for closer cooperation between ferry operators and the port.')).toBeNull();
  });

  it('reads a denial that ends its relative clause as denying the clause\'s noun ("a levy that the mayor declined to back")', () => {
    const backed = 'The mayor, who owns a ferry firm, backed a harbour levy in 2019.';
    expect(check('The 2019 harbour levy was a measure that the mayor, now the owner of a ferry firm, pointedly declined to back.', backed)).toBeNull();
    expect(check('In 2019 came a harbour levy that the mayor, now the owner of a ferry firm, pointedly declined to back.', backed)?.summary).toBe('"declined to back" vs "backed a harbour"');
    // A complement's "that" hangs on no noun: what the mayor declined is not said.
    expect(check('The harbour levy passed, and the board said that the mayor declined to back.', backed)).toBeNull();
  });

  it('reads "held back from", "refrained from" and "shied away from" as denials, on either side', () => {
    const denied = 'The trust did not provide specific details of the ferry timetable.';
    expect(check('The trust held back from offering specific details of the ferry timetable.', denied)).toBeNull();
    expect(check('The trust refrained from offering specific details of the ferry timetable.', denied)).toBeNull();
    expect(check('The trust shied away from offering specific details of the ferry timetable.', 'The trust offered specific details of the ferry timetable.')?.kind).toBe('negation');
  });

  it('reads no assertion on the plain side where it keeps the claim from happening ("preventing any single town from…")', () => {
    const denied = 'The engineer said the harbour timetable is not for any single town or ferry firm to decide.';
    expect(check(denied, 'The plan would stop the lower harbour flooding, preventing any single town from setting the ferry timetable alone.')).toBeNull();
    expect(check(denied, 'Under the plan any single town decides the harbour timetable for the ferry firm.')?.kind).toBe('negation');
  });

  it('reads no assertion on the plain side after "struggle to" or "whether"', () => {
    const denied = 'Flood defences cannot keep pace with how fast the river is rising.';
    expect(check(denied, 'Flood defences keep pace with the rising river, engineers say.')?.kind).toBe('negation');
    expect(check(denied, 'Town councils struggle to keep pace with the rising river.')).toBeNull();
    expect(check(denied, 'The question is whether flood defences keep pace with the rising river.')).toBeNull();
  });

  it('reads a fronted "at no point did X" as denying the verb after its subject', () => {
    const plain = 'The harbour master, who notified the coastguard before the ferry sailed, said the crossing was calm.';
    expect(check('At no point did the harbour master notify the coastguard about the crossing.', plain)?.kind).toBe('negation');
    expect(check('At no time had Harbourco notified the coastguard about the crossing.', plain)?.kind).toBe('negation');
    expect(check('Under no circumstances would Pearson notify the coastguard, the port said.', plain)?.kind).toBe('negation');
    // A point with no inversion after it is no denial: "at no point in the crossing" is a place.
    expect(check('The harbour master notified the coastguard at no point in the crossing where it was calm.', plain)).toBeNull();
  });

  it('reads "neither … nor" after an auxiliary as a denial, but not "neither" before a noun', () => {
    const plain = 'The sensors are cheap and easy for farmers to install and repair.';
    expect(check('The sensors are so dear that farmers can neither install them nor repair them.', plain)?.kind).toBe('negation');
    expect(check('Neither farmer said the sensors were easy to install and repair.', plain)).toBeNull();
  });

  it('reads "neither X nor Y" before their verb as denying both what the verb says ("neither the port nor the council plans to sell")', () => {
    const plain = 'The port and the council both plan to sell shares in the ferry company next year.';
    expect(check('Neither the port nor the council plans to sell shares in the ferry company next year.', plain)?.kind).toBe('negation');
    expect(check('Neither Harbourco nor the council will run the island ferries after May.', 'Harbourco will run the island ferries after May, the council said.')?.kind).toBe('negation');
    // Agreeing: both sides deny it.
    expect(check('Neither the port nor the council plans to sell shares in the ferry company next year.', 'The port does not plan to sell shares in the ferry company next year.')).toBeNull();
  });

  it('does not read "without" before a noun, "failed" without "to", or "no longer whether" as a denial', () => {
    expect(check('The lab published the results without warning anyone at the regulator.', 'The lab published the results after warning the regulator.')?.kind).toBe('negation');
    expect(check('Without a shared timetable, the smaller ferry firms could sail first.', 'A shared timetable would let the smaller ferry firms sail first.')).toBeNull();
    expect(check('The failed pumps serve as entry points for attackers.', 'Old pumps serve as entry points for attackers.')).toBeNull();
    expect(check('The question is no longer whether ferries will run but when they will run.', 'Ferries will run all winter, the port said.')).toBeNull();
  });

  it('reads a claim whose subject is "nobody" or "no one" as denied too, not as stated', () => {
    const denied = 'The deal would ensure that a rogue operator could not use the shared slowdown to race ahead in secret.';
    expect(check(denied, 'Nobody could use the shared slowdown to race ahead in secret.')).toBeNull();
    expect(check(denied, 'No one could use the shared slowdown to race ahead in secret.')).toBeNull();
    expect(check(denied, 'A rogue operator could use the shared slowdown to race ahead in secret.')?.kind).toBe('negation');
  });

  it('meets a passive claim denied with its recipient ("not be left to any one town") only where the other side gives to it', () => {
    const denied = 'The council said that decisions about the flood barrier should not be left to any one town or port.';
    expect(check('The minister has so far left the towns to plan their own flood barriers.', denied)).toBeNull();
    expect(check('For now decisions about the flood barrier are left to each town and port.', denied)?.kind).toBe('negation');
    // The recipient may stand in a list after "to" ("left to a single harbour board or town").
    expect(check('Decisions about the flood barrier could be left to a single harbour board or town.', denied)?.kind).toBe('negation');
  });

  it('meets one verb of letting someone know with another ("did not alert the regulator" / "notified the regulator")', () => {
    const denied = 'The lab did not alert the regional water regulator before publishing the results.';
    expect(check(denied, 'The lab notified the regional water regulator before publishing its results.')?.summary).toBe('"not alert the" vs "notified the regional"');
    expect(check(denied, 'The lab told the regional water regulator about the results first.')?.kind).toBe('negation');
    expect(check(denied, 'The lab thanked the regional water regulator before publishing the results.')).toBeNull();
    expect(check('The lab did not fund the regional water regulator.', 'The lab notified the regional water regulator.')).toBeNull();
  });

  it('meets one verb of giving out details with another ("did not provide details" / "spelled out the details")', () => {
    const denied = 'The trust stopped short of offering specific details of the ferry timetable.';
    expect(check(denied, 'The trust spelled out specific details of the ferry timetable.')?.summary).toBe('"stopped short of" vs "spelled out specific"');
    expect(check('The trust did not provide details of the ferry timetable.', 'The trust laid out in some detail how the ferry timetable would work.')?.kind).toBe('negation');
    expect(check('The trust did not provide details of the ferry timetable.', 'The trust disclosed the details of the ferry timetable.')?.kind).toBe('negation');
    // Both sides withholding is agreement; another verb of the family is no tie without the claim's words.
    expect(check(denied, 'The trust did not spell out specific details of the ferry timetable.')).toBeNull();
    expect(check(denied, 'The trust shared its views on the harbour wall.')).toBeNull();
  });

  it('ties the denied claim through synonyms, with a word more than the claim itself needs ("competitors" / "rivals")', () => {
    const synonyms = new Set(['competitor rival', 'actual realli', 'posit stanc']);
    const withSynonyms = (x: string, y: string) => {
      const a = passage(x);
      a.related = (s, t) => synonyms.has([s, t].sort().join(' '));
      return checkNegation(a, passage(y));
    };
    const denied = 'The ferry firms would not verify that their competitors had really cut fares.';
    expect(withSynonyms(denied, 'The ferry firms would verify that rivals have actually cut fares.')?.kind).toBe('negation');
    // The verb and one synonym alone are too little: "not taking a position" is no denial of another's "takes a stance".
    expect(withSynonyms('The harbour board is not taking a position on the ferry plan.', 'The port authority takes a different stance.')).toBeNull();
    expect(check(denied, 'The ferry firms would verify that rivals have actually cut fares.')).toBeNull();
  });

  it('reads a denied means as the denied claim ("does not include any way to check" / "would verify")', () => {
    const plain = 'The ferry firms would need to verify that the tugs have cut fares on the river route.';
    expect(check('The plan does not include any way for ferry firms to check that the tugs have cut fares.', plain)?.kind).toBe('negation');
    expect(check('The ferry firms have no means of checking that the tugs have cut fares.', plain)?.kind).toBe('negation');
    // A light verb whose object does the denied act ("would not involve firms checking…").
    expect(check('The plan would not involve ferry firms checking that the tugs have cut fares.', plain)?.summary).toBe('"not involve ferry" vs "verify that the tugs"');
    expect(check('The plan would not involve ferry firms selling tickets online.', plain)).toBeNull();
    // A means to something else, and a family word twice with nothing of the claim, tie nothing.
    expect(check('The plan does not include any way for ferry firms to sell tickets online.', plain)).toBeNull();
    expect(check('That old laptop you don\'t check on regularly is a target.', 'The plan includes verification mechanisms to ensure rivals have slowed.')).toBeNull();
  });

  it('ties "no" before a noun that is the whole claim by that one word ("offers no inspection at all" / "the firms would inspect")', () => {
    const plain = 'The council proposed that the ferry firms inspect each other\'s fares on the river route.';
    expect(check('The council offers no inspection at all; the firms would simply trust each other.', plain)?.summary).toBe('"no inspection at" vs "inspect"');
    // Where the claim is said to be missing from does not make it two words ("no inspection in the plan").
    expect(check('There is no inspection in the plan: the firms would simply trust each other.', plain)?.kind).toBe('negation');
    // Not "no such" (a thing named before), nor "no" in a relative clause on something else.
    expect(check('The council says there is no such inspection.', plain)).toBeNull();
    expect(check('The fares follow the tides, over which the firms have no inspection.', plain)).toBeNull();
    // A noun with more words to its claim still needs two of them on the other side.
    expect(check('The council offers no inspection of timetables.', plain)).toBeNull();
  });

  it('reads who a denied means is for as the claim\'s agent, which the other side may name before its verb ("no mechanism for one firm to check" / "firms check")', () => {
    const plain = 'The regulator proposed that firms check each other\'s fares on the river route.';
    expect(check('There is no mechanism for one firm to check what another charges.', plain)?.summary).toBe('"no mechanism for" vs "firms check"');
    // Without the agent the claim has a word in common only.
    expect(check('There is no mechanism to check what another charges.', plain)).toBeNull();
  });

  it('reads the means\' verb as the claim, so a side that names no agent still ties ("no mechanism for one firm to verify" / "includes verification mechanisms")', () => {
    const plain = 'The proposal includes verification mechanisms to ensure rival firms have really cut their fares.';
    expect(check('There is no mechanism for one firm to verify what another charges.', plain)?.kind).toBe('negation');
    expect(check('The plan sets up no means for firms to confirm that rivals have really cut their fares.', plain)?.kind).toBe('negation');
    // A means the page grants is no denial.
    expect(check('There is a mechanism for one firm to verify what another charges.', plain)).toBeNull();
  });

  it('ties the denied claim through words of one family ("sooner" / "soon")', () => {
    expect(check('The repaired span could not open sooner than planned, engineers said.', 'Engineers said the repaired span could open soon.')?.kind).toBe('negation');
    expect(check('The repaired span could not open sooner than planned.', 'The repaired span could open for cyclists.')).toBeNull();
  });

  it('reads a likelihood denied by its quantifier ("little risk of") as a negation of the risk stated plainly', () => {
    const f = check('Inspectors said there is little risk of flooding the lower valley this spring.', 'Inspectors warned that towns risk flooding the lower valley this spring.');
    expect(f?.kind).toBe('negation');
    expect(f?.summary).toContain('little risk');
    // Either side may be the one that denies it.
    const flipped = check('Inspectors warned that towns face a risk of flooding the lower valley.', 'Inspectors see negligible risk of flooding the lower valley.');
    expect(flipped?.kind).toBe('negation');
    expect(flipped?.summary).toContain('negligible risk');
  });

  it('wants the denied claim\'s words led by its verb on the other side, or ending with it for a passive with its agent', () => {
    // "rests on" opening the sentence, its company the subject, is no assertion that decisions "rest with any single company".
    expect(check('The council said decisions about the budget should not rest with any single company or board.', "The company's case rests on the budget.")).toBeNull();
    expect(check('The council said decisions about the budget should not rest with any single company or board.', 'The council said decisions about the budget rest with a single company.')?.kind).toBe('negation');
    // Passive denied, active stated: the agent comes first ("not be set by the council" / "the council should set").
    expect(check('The rules should not be set by the city council alone, the mayor said.', 'The mayor said the city council should set the rules alone.')?.kind).toBe('negation');
  });

  it('does not read "a little risk" as denying it, nor a risk denied alike on both sides', () => {
    expect(check('Inspectors said there is a little risk of flooding the lower valley this spring.', 'Inspectors warned that towns risk flooding the lower valley this spring.')).toBeNull();
    expect(check('Inspectors said there is little risk of flooding the lower valley.', 'Inspectors said there is no risk of flooding the lower valley.')).toBeNull();
  });

  it('reads a denying verb that is the very claim denied as stated ("hasn\'t actually rejected" / "rejected"), past an adverb', () => {
    const f = check('To be clear, the council hasn\'t actually rejected the harbour plan in its report.', 'The council rejected the harbour plan in a report released Friday.');
    expect(f?.kind).toBe('negation');
    expect(f?.summary).toContain("hasn't actually rejected");
    // A denying verb that is not the claim still makes the other side no assertion.
    expect(check('The council did not approve the harbour plan in its report.', 'The council refused to approve the harbour plan in its report.')).toBeNull();
  });
});

describe('negation: the pronoun "us" is no claim word', () => {
  it('does not tie "let us" to "refused to let the US army use" (the stemmer cuts "use" and "US" to "us")', () => {
    const refused = 'Last spring the port refused to let the US army use its docks for weapons shipments.';
    expect(check('Those records are what let us claim the invention cleanly.', refused)).toBeNull();
    expect(check('Last spring the port let the US army use its docks for weapons shipments.', refused)?.kind).toBe('negation');
  });
});

describe('negation: "too important to be left to…" denies as "should not be left to…" does', () => {
  it('does not read "too important to be left to a single board" as the opposite of "should not be left to any one board"', () => {
    const denied = 'The council said decisions about the harbour should not be left to any one board or company.';
    expect(check('The council argues the harbour is too important to be left to a single board or company.', denied)).toBeNull();
    expect(check('The council argues the harbour is far too precious to be left to a single board or company.', denied)).toBeNull();
    // Without "too … to" the claim is the other side's denial turned round.
    expect(check('The council argues the harbour should be left to a single board or company.', denied)?.kind).toBe('negation');
  });
});

describe('negation: a modal denied on one side and asserted with the same modal on the other, its verb reworded', () => {
  const asserted = 'Survey teams showed how cheap drones could be flown to map a flooded valley in hours.';

  it('reports the same subject and claim around both modals', () => {
    const f = check('Survey teams showed how cheap drones could not be used to map a flooded valley.', asserted);
    expect(f?.kind).toBe('negation');
    expect(f?.summary).toBe('"not be used" vs "could be flown to map a flooded"');
    expect(check('Cheap drones cannot map a flooded valley in hours, survey teams said.', 'Survey teams said cheap drones can now chart a flooded valley in hours.')?.kind).toBe('negation');
  });

  it('does not tie another subject, another modal, or a claim sharing one word', () => {
    expect(check('Officials said the pumps could not be driven to map a flooded valley.', asserted)).toBeNull();
    expect(check('Survey teams showed how cheap drones would not be used to map a flooded valley.', asserted)).toBeNull();
    expect(check('Survey teams showed how cheap drones could not be stored in the damp sheds.', asserted)).toBeNull();
  });
});

describe('a negation inside a condition that opens the sentence', () => {
  const without = 'Without such a plan, the board warned, the smallest ferry firms could race ahead of the rest.';

  it('is no denial: "If there is no plan like this, …" states what happens without one, as "Without such a plan, …" does', () => {
    // The outlet's list line under "Without such a plan:" states the claim plainly.
    const line = '- The "least careful" ferry firms could race ahead';
    expect(check('If there is no plan like this, the "least careful" ferry firms will move ahead of the others.', line)).toBeNull();
    expect(check('Unless there is no plan like this, the "least careful" ferry firms will move ahead of the others.', line)).toBeNull();
    // The condition may follow a few words of its own sentence, and end at a colon ("The board's fear if there is no plan: …").
    expect(check('- The board\'s fear if there is no plan like this: the "least careful" ferry firms will move ahead of the others.', line)).toBeNull();
    expect(check('If there is no plan like this, the smallest ferry firms will race ahead of the rest.', without)).toBeNull();
  });

  it('still denies in the main clause, and in an aside set off inside the condition by brackets or dashes', () => {
    expect(check('If there is a plan, the smallest ferry firms will not race ahead of the rest.', without)?.kind).toBe('negation');
    expect(check('Ferry firms have no plans to race ahead of the rest, the board said.', 'The board said the ferry firms plan to race ahead of the rest.')?.kind).toBe('negation');
    const aside = 'If fares rise again (a step the board no longer considers plausible on current costs), ferry firms could lose riders.';
    expect(check(aside, 'The board considers a further rise plausible on current costs, warning that ferry firms could lose riders.')?.kind).toBe('negation');
  });
});

describe("a denial carried to the outlets' other versions of the point", () => {
  const denied = 'Under the deal, ferry operators would have no way of inspecting whether rival ports had cut their fees.';

  it('ties on the denied head word alone when asked for one word (a linked version), and on two otherwise', () => {
    const terse = "The ports agreed that operators inspect each other's harbour dues every quarter.";
    expect(checkNegation(passage(denied), passage(terse), false, 1)?.summary).toBe('"no way of" vs "inspect"');
    expect(checkNegation(passage(denied), passage(terse))).toBeNull();
    // The head alone is no tie where it names a party: parties are in every version of every point.
    const party = "Still, it isn't the companies' decision to make, the ministry said.";
    expect(checkNegation(passage(party), passage('The companies will set the fees themselves, officials said.'), false, 1)).toBeNull();
    expect(checkNegation(passage(denied), passage('The ports say the fees are not their decision.'), false, 1)).toBeNull();
  });

  it("finds a denied verification against every outlet that states it, however tersely ('- Verify compliance across competitors')", () => {
    const page = ['Pause plan', 'Anthropic wants the leading AI labs to agree on a coordinated pause of frontier development.', 'Under the plan, though, the labs would have no way of verifying whether competitors abroad had really slowed their work.'];
    const found = analyze(page).divergences.filter((d) => d.kind === 'negation').map((d) => `${d.other.doc.slice(0, 3)}#${d.other.paragraph}`);
    // 004, 003 and 002 word the check as the page does; 000's list line and 001's clause share only "verify" with it.
    for (const at of ['004#9', '003#5', '002#4', '000#16', '001#10']) expect(found).toContain(at);
  });
});

describe('"not new": what has happened before', () => {
  it('is no denial against an outlet that says it was called for before', () => {
    // Seed 004 with its "Calls for AI development pauses are not new" reworded, as an editor might: nothing changed.
    const page = edit(seed('004').paragraphs, 'Calls for AI development pauses are not new.', 'Pauses in AI development have been called for before.');
    const flips = analyze(page).divergences.filter((d) => d.kind === 'negation' && d.page.text.startsWith('Pauses in AI development'));
    expect(flips.map((d) => `${d.other.doc.slice(0, 3)}#${d.other.paragraph} ${d.summary}`)).toEqual([]);
    expect(check('The call for a ferry strike is not popular: in 2019 the union stopped every crossing for a week.', 'The call for a ferry strike is popular: in 2019 the union stopped every crossing for a week.')?.kind).toBe('negation');
  });
});

describe('"not limited to": more than, as "not just" is', () => {
  it('is no denial of the claim it widens', () => {
    // Seed 001 with its "the threat extends beyond the largest language models" reworded: nothing changed.
    const page = edit(seed('001').paragraphs, 'said the threat extends beyond the largest language models.', 'said the threat is not limited to the largest language models.');
    const flips = analyze(page).divergences.filter((d) => d.kind === 'negation' && d.page.text.includes('not limited to'));
    expect(flips.map((d) => `${d.other.doc.slice(0, 3)}#${d.other.paragraph} ${d.summary}`)).toEqual([]);
  });
});

describe('a claim set as a purpose', () => {
  it('asserts nothing a denial could contradict ("used to allow … to keep pace", "so that")', () => {
    const denied = 'The board warned that flood defences cannot keep pace with how fast the sea is rising.';
    expect(check(denied, 'Any delay would be used to allow flood defences and drainage works to keep pace with the rising sea.')).toBeNull();
    expect(check(denied, 'The board wants a delay so that the flood defences keep pace with the rising sea.')).toBeNull();
    // What a plan would allow is still what it claims: "no way of inspecting" against "would allow … to inspect".
    expect(check('Under the deal, operators would have no way of inspecting the fees that rival ports charge.', 'The deal would also allow operators to inspect the fees that rival ports charge.')?.kind).toBe('negation');
    expect(check(denied, 'The board says flood defences keep pace with how fast the sea is rising.')?.kind).toBe('negation');
  });
});

describe('a denied intention', () => {
  it('denies what it was meant to do ("does not plan to sell any shares" / "racing to sell shares")', () => {
    const selling = 'Brightwell and HarborNet are both racing to sell shares on the stock market this autumn.';
    expect(check('HarborNet, by contrast, does not plan to sell any shares.', selling)?.summary).toBe('"not plan to" vs "sell shares"');
    expect(check("HarborNet doesn't intend to sell its shares on the stock market.", selling)?.kind).toBe('negation');
    // An intention to do something else is no denial of the selling.
    expect(check('HarborNet does not plan to buy any ferries this autumn.', selling)).toBeNull();
  });
});

describe('negation: a claim the other side sets aside with "rather than" or "instead of"', () => {
  it('reads "rather than requiring" as no assertion to deny ("does not require" says the same)', () => {
    const denied = 'The emergency order does not require a shutdown of the harbour pumps.';
    expect(checkNegation(passage(denied), passage('The emergency order asks operators to test the harbour pumps, rather than requiring a shutdown of the harbour pumps.'))).toBeNull();
    expect(checkNegation(passage(denied), passage('The emergency order asks operators to test the harbour pumps instead of requiring a shutdown of the harbour pumps.'))).toBeNull();
    // Stated plainly, the requirement is denied on one side only.
    expect(checkNegation(passage(denied), passage('The emergency order requires a shutdown of the harbour pumps.'))?.kind).toBe('negation');
  });
});

describe('negation: a question opened by a denied auxiliary', () => {
  it('reads "Isn\'t the flood plan just good PR?" as asking, not denying, and a statement with the same words as denying', () => {
    const plan = 'The council published its flood plan for the harbour towns on Tuesday.';
    expect(check("Isn't the flood plan for the harbour towns just good PR before the vote?", plan)).toBeNull();
    expect(check("The council hasn't published its flood plan for the harbour towns.", plan)?.kind).toBe('negation');
  });
});

describe('negation: checking denied with "no" before its noun', () => {
  it('reads "with no checks that …" and "no verification that …" as denying the checking the other side states', () => {
    const stated = 'Harbour towns would verify that neighbouring towns have really repaired their flood barriers.';
    expect(check('The plan rests on trust, with no checks that neighbouring towns have really repaired their flood barriers.', stated)?.kind).toBe('negation');
    expect(check('The plan has no verification that neighbouring towns have repaired their flood barriers.', stated)?.kind).toBe('negation');
    // "a check" and other nouns after "no" deny nothing of the kind.
    expect(check('There is no doubt that neighbouring towns have really repaired their flood barriers.', stated)).toBeNull();
  });
});

describe('negation: "without any" after the verb it qualifies', () => {
  const stated = 'The engineers said the barrier was built in a workshop using open-source pump software that any council can cheaply obtain.';

  it('reads "built … without any open-source pump software" as denying its use, and "Without any …," opening a clause as a condition', () => {
    expect(check('The engineers built the barrier in their workshop without any open-source pump software, the report says.', stated)?.kind).toBe('negation');
    expect(check('Without any open-source pump software, the barrier would cost twice as much.', stated)).toBeNull();
  });
});

describe('negation: giving someone a warning is letting them know', () => {
  const told = 'The lead engineer, who notified the regional flood authority before publishing the survey, said the barrier was weak.';

  it('reads "didn\'t give the authority a heads-up" and "without giving the authority any warning" as denying the notice', () => {
    expect(check("The team didn't give the regional flood authority a heads-up before publishing the survey.", told)?.kind).toBe('negation');
    expect(check('The team published the survey without giving the regional flood authority any warning at all.', told)?.kind).toBe('negation');
    // Giving something else is no notice.
    expect(check("The team didn't give the regional flood authority any money before publishing the survey.", told)).toBeNull();
  });
});

describe('negation: a denied verb of asking denies what it asks for', () => {
  const stated = 'Harbour towns would need to verify that neighbouring towns have really repaired their flood barriers.';

  it('reads "does not require towns to verify …" as denying the verifying, not the requiring', () => {
    expect(check('The plan does not require towns to verify that neighbouring towns have repaired their flood barriers.', stated)?.summary).toBe('"not require towns" vs "verify that neighbouring"');
    // "expect" is no asking: "does not expect towns to …" says what the speaker foresees.
    expect(check('The council does not expect towns to verify that neighbouring towns have repaired their flood barriers.', stated)).toBeNull();
  });
});

describe('negation: "need not" denies as an auxiliary does', () => {
  it('finds "need not inspect" against "inspect", and reads "need" with a verb after "to" as no denial', () => {
    const outlet = passage('The council proposed that ferry operators inspect each other\'s boats before the storm season.');
    expect(checkNegation(passage('The council proposed that ferry operators need not inspect each other\'s boats before the storm season.'), outlet)?.kind).toBe('negation');
    expect(checkNegation(passage('The council proposed that ferry operators need to inspect each other\'s boats before the storm season.'), outlet)).toBeNull();
  });
});

describe('negation: a speaker saying what they are not', () => {
  const story = 'Thieves have long raided warehouses, depots and farms along the river, the harbour police said.';

  it('does not read "I\'m not a warehouse" as denying a story that names warehouses', () => {
    expect(checkNegation(passage("CALLER: I'm not a warehouse or a depot, so why would they bother with my shed?"), passage(story))).toBeNull();
    expect(checkNegation(passage('We are not a warehouse or a depot, the farmer said.'), passage(story))).toBeNull();
  });

  it('still reports it against a side that says the thing is one', () => {
    const f = checkNegation(passage("I'm not a warehouse owner, the farmer told the harbour police."), passage('The farmer is a warehouse owner, the harbour police said.'));
    expect(f?.kind).toBe('negation');
  });

  it('still reports a thing denied to be of a kind that the other side says it is', () => {
    const f = checkNegation(passage('The tool they used was not an open-source one that developers could modify.'), passage('They used an open-source tool that developers could modify.'));
    expect(f?.kind).toBe('negation');
  });
});

describe('negation: "does little to" a thing', () => {
  it('reads "does little to lower the cost" as denying that it lowers it', () => {
    const f = checkNegation(passage('The new pump does little to lower the cost of flood repairs, the engineers said.'), passage('The new pump lowers the cost of flood repairs sharply, the engineers said.'));
    expect(f?.kind).toBe('negation');
  });

  it('reads no denial into "did a little to"', () => {
    expect(checkNegation(passage('The new pump did a little to lower the cost of flood repairs, the engineers said.'), passage('The new pump lowers the cost of flood repairs, the engineers said.'))).toBeNull();
  });
});

describe('negation: a call or an idea turned down, and "no case for"', () => {
  it('reads "dismissed calls for", "rejected the idea of" and "saw no case for" as denying what was called for', () => {
    expect(check('The engineer dismissed calls for closer cooperation between ferry operators and the port.', 'The engineer called for closer cooperation between ferry operators and the port.')?.kind).toBe('negation');
    expect(check('The engineer rejected the idea of closer cooperation between ferry operators and the port.', 'The engineer called for closer cooperation between ferry operators and the port.')?.kind).toBe('negation');
    expect(check('The engineer saw no case for closer cooperation between ferry operators and the port.', 'The engineer called for closer cooperation between ferry operators and the port.')?.kind).toBe('negation');
  });

  it('reads "dismissed the need for more cooperation" as denying the cooperation, past its word of quantity', () => {
    expect(check('The engineer dismissed the need for more cooperation between ferry operators and the port.', 'The engineer called for more cooperation between ferry operators and the port.')?.kind).toBe('negation');
  });

  it('does not take the subject of a rejected "idea that" clause for what was turned down', () => {
    expect(check('The council dismissed the notion that a harbour watch list would cut ferry fares.', 'A harbour watch list is what the council wants for the ferry operators.')).toBeNull();
  });

  it('leaves a rejected call that the other side rejects too, and a rejection of something else', () => {
    expect(check('The engineer dismissed calls for closer cooperation between ferry operators and the port.', 'The engineer rejected calls for closer cooperation between ferry operators and the port.')).toBeNull();
    expect(check('The engineer dismissed the report as late, and called for closer cooperation between ferry operators and the port.', 'The engineer called for closer cooperation between ferry operators and the port.')).toBeNull();
  });
});

describe('"authority" is no form of "authored"', () => {
  it('does not tie "no authority over any company" to a post "authored by company co-founder…"', () => {
    const council = 'I would remind everyone that this council has no authority over any shipping company, wherever it is.';
    expect(check(council, 'The letter was authored by company co-founder Ada Lind and her deputy.')).toBeNull();
    // The same denial still ties to a side that grants the authority.
    expect(check(council, 'The council has authority over every shipping company in the harbour, the mayor said.')?.kind).toBe('negation');
  });
});

describe('negation: "would do nothing to stop" and "saw little need for"', () => {
  it('reads doing nothing to stop a thing as denying that it is prevented ("preventing any rival from…")', () => {
    const page = 'The ports agreed to share their schedules, though that would do nothing to stop any rival from secretly cutting fees.';
    expect(check(page, 'The ports agreed to share their schedules, preventing any rival from secretly cutting fees.')?.summary).toBe('"nothing to stop" vs "preventing any rival"');
    // Another outlet that says nothing stops it agrees.
    expect(check(page, 'Nothing in the deal prevents any rival from secretly cutting fees.')).toBeNull();
  });

  it('reads "saw little need for" as "saw no need for"', () => {
    expect(check('The mayor saw little need for closer collaboration between ports and insurers.', 'The mayor called for closer collaboration between ports and insurers.')?.summary).toBe('"little need for" vs "closer collaboration"');
    expect(check('The mayor saw a little need for closer collaboration between ports and insurers.', 'The mayor called for closer collaboration between ports and insurers.')).toBeNull();
  });
});

describe('negation: kept from a party without "not" ("kept out of the hands of", "kept away from", "shielded from")', () => {
  const stated = 'The ministry said elected port councils should set the rules for harbour dredging.';
  it('reads what is kept from the councils as denying that they set it', () => {
    expect(check('Harbour dredging rules should be kept out of the hands of elected port councils.', stated)?.kind).toBe('negation');
    expect(check('Harbour dredging rules should be shielded from elected port councils.', stated)?.summary).toBe('"shielded from elected" vs "elected port"');
    expect(check('Harbour dredging rules should be kept away from elected port councils.', stated)?.kind).toBe('negation');
  });

  it('is no denial where the thing is kept out of something else ("kept out of the water")', () => {
    expect(check('The dredgers were kept out of the water until the elected port councils set the rules.', stated)).toBeNull();
  });
});

describe('negation: "under no obligation to" denies the duty', () => {
  it('reads "would be under no obligation to verify" against "would need to verify"', () => {
    expect(check('Ports would be under no obligation to verify that rival ports have cut their fees.', 'Ports would need to verify that rival ports have cut their fees.')?.kind).toBe('negation');
  });
});

describe('negation: a decision left to someone in the active, against "should not be left to" in the passive', () => {
  const passive = 'The council said that "decisions about the level of ferry fares should not be left to any one operator, town or lobby group."';

  it('reads "leaving decisions about … to a single operator" as the claim the passive denies, its subject as the object between', () => {
    expect(check('The board said it was content leaving decisions about ferry fares to a single operator, town or lobby group.', passive)?.kind).toBe('negation');
  });

  it('reads a fault denied ("nothing wrong with", "no problem in") as approving what follows, not denying it', () => {
    expect(check('The board said it saw nothing wrong with leaving decisions about ferry fares to a single operator, town or lobby group.', passive)?.kind).toBe('negation');
    expect(check('The board said it saw no problem in leaving decisions about ferry fares to a single operator, town or lobby group.', passive)?.kind).toBe('negation');
    // A fault found in it objects, as the negation does.
    expect(check('The board said it saw a problem in leaving decisions about ferry fares to a single operator, town or lobby group.', passive)).toBeNull();
  });

  it('does not tie another thing left to the same party ("leaves much of the job to the operators")', () => {
    expect(check('The new rule leaves much of the inspection job to a single operator, town or lobby group.', passive)).toBeNull();
  });
});

describe('negation: "no X, but …" concedes a difference, it denies nothing', () => {
  const quote = '"That old boat you keep in your boathouse that you never check on looks like no target at all, but it can carry an attack to the harbour office," he said.';

  it('reads "has no boathouse, but it does have…" as no denial of the other side\'s boathouse', () => {
    expect(check('The club has no boathouse, but it does have an old dinghy behind the shed that nobody has checked since spring.', quote)).toBeNull();
  });

  it('still reads a bare "no boathouse" that stands alone as a denial', () => {
    expect(check('The club has no boathouse at all.', quote)?.kind).toBe('negation');
  });
});
