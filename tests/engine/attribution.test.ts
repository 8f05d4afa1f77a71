import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkCreditedVsFact } from '../../lib/compare/check-attribution';
import { checkAttribution } from '../../lib/compare/check-speakers';

const check = (a: string, b: string) => checkCreditedVsFact(passage(a), passage(b));
const marked = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

describe('attribution: a party\'s claim about itself on one side, the same claim as fact on the other', () => {
  const credited = 'The startup also noted that its new chip cut training costs by half for several large customers last year.';
  const plain = 'Last year the new chip cut training costs by half for several large customers.';

  it('reports "X noted that its ..." against the claim stated in the outlet\'s own voice', () => {
    const f = check(credited, plain);
    expect(f?.kind).toBe('attribution');
    expect(marked(credited, f!.a)).toEqual(['The startup also noted that']);
    expect(marked(plain, f!.b).join(' ')).toMatch(/chip cut training costs/);
    expect(f!.summary).toBe('"The startup also noted that …" vs stated as fact, with no source');
  });

  it('reads a relative clause a pronoun speaker opens ("its new chip, which it says cut …") as a claim about the noun phrase before it', () => {
    const relative = 'The startup also pointed to its new chip, which it says cut training costs by half for several large customers last year.';
    expect(check(relative, plain)?.summary).toBe('"which it says …" vs stated as fact, with no source');
    // Not a phrase of another party's ("the rival's chip, which it says …").
    expect(check('The startup also pointed to the rival chip, which it says cut training costs by half for several large customers last year.', plain)).toBeNull();
  });

  it('reads "their own" after the claim\'s own subject as that subject\'s, not the speaker\'s ("chips now run models on their own")', () => {
    const theirOwn = 'The startup says older chips now run large models on their own, without cloud servers, for several large customers.';
    const fact = 'Older chips now run large models without cloud servers for several large customers.';
    expect(check(theirOwn, fact)).toBeNull();
    expect(check('The startup says its older chips now run large models without cloud servers for several large customers.', fact)?.kind).toBe('attribution');
    expect(check('The startup says it runs large models on its own older chips, without cloud servers, for several large customers.', 'Large models run on older chips without cloud servers for several large customers.')?.kind).toBe('attribution');
  });

  it('reports it from the plain side too, with the summary turned round', () => {
    const f = check(plain, credited);
    expect(f?.kind).toBe('attribution');
    expect(marked(credited, f!.b)).toEqual(['The startup also noted that']);
    expect(f!.summary).toBe('stated as fact, with no source vs "The startup also noted that …"');
  });

  it('reads a plain sentence restating part of a long claim, most of its own words the claim\'s', () => {
    const long = 'The startup also noted that its new chip cut training costs by half for several large customers last year, thanks to a cooling design that lets its servers run hotter in older data centres.';
    expect(check(long, plain)?.kind).toBe('attribution');
    // Most of the plain sentence must be the claim's: four shared words in a long sentence of its own are not enough.
    expect(check(long, 'Last year the new chip cut training costs, which pleased investors, analysts, suppliers, regulators and rival manufacturers across three continents.')).toBeNull();
  });

  it('reads "points out that" as a frame, and a sentence with it as no plain statement', () => {
    const pointsOut = 'The startup also points out that its new chip cut training costs by half for several large customers last year.';
    expect(check(pointsOut, plain)?.summary).toBe('"The startup also points out that …" vs stated as fact, with no source');
    expect(check(pointsOut, credited)).toBeNull();
    // "points" as a noun is no frame, and leaves a sentence plain.
    expect(check(credited, 'Last year, on three points, the new chip cut training costs by half for several large customers.')?.kind).toBe('attribution');
  });

  it('reads "has itself noted that" as a frame: the reflexive stands between the speaker and the verb', () => {
    const itself = 'The startup has itself noted that its new chip cut training costs by half for several large customers last year.';
    expect(check(itself, plain)?.summary).toBe('"The startup has itself noted that …" vs stated as fact, with no source');
    expect(check('The startup itself pointed out that its new chip cut training costs by half for several large customers last year.', plain)?.kind).toBe('attribution');
  });

  it('reads a comment the outlet sets after the claim (", a point … should …") as no hedge of the claim', () => {
    const commented = 'The startup also noted that its new chip cut training costs by half for several large customers last year, a point every buyer should weigh.';
    expect(check(commented, plain)?.kind).toBe('attribution');
    // A modal in the claim itself still makes it no plain assertion.
    expect(check('The startup also noted that its new chip should cut training costs by half for several large customers last year.', plain)).toBeNull();
  });

  it('reads "said no to" as a refusal, not a frame', () => {
    const refused = 'Earlier this year the startup said no to the army using its new chip for drone targeting.';
    expect(check(refused, 'Earlier this year the startup refused to let the army use its new chip for drone targeting.')).toBeNull();
    expect(check('Earlier this year the startup said its new chip cut training costs by half for several large customers.', plain)?.kind).toBe('attribution');
    // So is "said no when …", but "said no …" before a noun is speech.
    expect(check('Earlier this year the startup said no when the army wanted its new chip for drone targeting.', 'Earlier this year the startup refused to let the army use its new chip for drone targeting.')).toBeNull();
    expect(check('The startup said no customer of its new chip paid more for training last year.', 'No customer of the new chip paid more for training last year.')?.kind).toBe('attribution');
  });

  it('reads a trailing "..., the bank said" and a leading "According to ..." as frames', () => {
    const trailing = check('Its engineers fixed the flaw within two days of the first report, the bank said.', "The bank's engineers fixed the flaw within two days of the first report.");
    expect(trailing?.kind).toBe('attribution');
    expect(trailing!.summary).toBe('"… the bank said" vs stated as fact, with no source');
    expect(check('Its engineers fixed the flaw within two days of the first report, the bank said in a statement on Monday.', "The bank's engineers fixed the flaw within two days of the first report.")?.kind).toBe('attribution');
    expect(check('According to the ministry, its inspectors closed forty illegal factories in the northern provinces.', 'Inspectors closed forty illegal factories in the northern provinces.')?.kind).toBe('attribution');
  });

  it('does not fire when "X said" is added to an ordinary point that is not the speaker\'s claim about itself', () => {
    expect(check('The agency said the new rules take effect in March across the whole region.', 'The new rules take effect in March across the whole region.')).toBeNull();
    expect(check('The new rules take effect in March across the whole region, officials said.', 'The new rules take effect in March across the whole region.')).toBeNull();
  });

  it('does not read "its" as the speaker\'s when the claim has a subject of its own ("according to the paper, the bank published its accounts")', () => {
    expect(check('According to the Harbour Gazette, the bank published its annual accounts in a memo on Monday.', 'The bank published its annual accounts in a memo on Monday.')).toBeNull();
    // The speaker's own subject still is.
    expect(check('According to the bank, the bank published its annual accounts in a memo on Monday.', 'The bank published its annual accounts in a memo on Monday.')?.kind).toBe('attribution');
  });

  it('reads "its own" after a time that opens the claim as the speaker\'s ("Acme points out that earlier this year its own barrier…")', () => {
    const plain = 'Earlier this year, Acme\'s own flood barrier held back the spring tide at the harbour within minutes of the first warning.';
    expect(check('Acme also points out that earlier this year its own flood barrier held back the spring tide at the harbour within minutes of the first warning.', plain)?.kind).toBe('attribution');
    // Another subject after the time still owns its "its own" ("earlier this year a rival built its own barrier").
    expect(check('Acme also points out that earlier this year a rival built its own flood barrier to hold back the spring tide at the harbour.', 'Earlier this year, a rival built its own flood barrier to hold back the spring tide at the harbour.')).toBeNull();
  });

  it('does not read "its" as the speaker\'s when the claim opens on another party\'s name ("GA added that Acme has its own troubles")', () => {
    const plainAcme = 'Acme has its own troubles with the regulator, which fined it twice last year for late filings.';
    expect(check('GA added that Acme has its own troubles with the regulator, which fined it twice last year for late filings.', plainAcme)).toBeNull();
    expect(check('Others noted that Acme has its own troubles with the regulator, which fined it twice last year for late filings.', plainAcme)).toBeNull();
    // The speaker's own name opening the claim is still the speaker's claim about itself.
    expect(check('Acme noted that Acme has its own troubles with the regulator, which fined it twice last year for late filings.', plainAcme)?.kind).toBe('attribution');
  });

  it('does not fire on rewording when both sides attribute the claim, or neither does', () => {
    expect(check('The firm noted that its app gained two million users in a single month.', 'The firm said its app added two million users in one month.')).toBeNull();
    expect(check('Its app gained two million users in a single month.', 'The app added two million users in one month.')).toBeNull();
  });

  it('does not fire when the plain side hedges, quotes or sources the claim some other way', () => {
    expect(check(credited, 'Last year the new chip reportedly cut training costs by half for several large customers.')).toBeNull();
    expect(check(credited, 'Last year the new chip "cut training costs by half" for several large customers.')).toBeNull();
    expect(check(credited, 'A later audit found the new chip cut training costs by half for several large customers last year.')).toBeNull();
  });

  it('does not treat forecasts or conditions as claims of fact', () => {
    expect(check('The company said its rivals could copy the new battery design within a couple of years.', 'Rivals could copy the new battery design within a couple of years.')).toBeNull();
  });

  it('reads "how readily it could …" and a comment set after the statement (", a reminder that … can …") as no hedge of a plain side', () => {
    const noted = 'The startup also noted that its new chip cut training costs by half for several large customers last year because of how well it packs memory.';
    const how = 'Last year its new chip cut training costs by half for several large customers by showing how readily it could pack memory.';
    expect(check(noted, how)?.kind).toBe('attribution');
    const comment = 'Last year its new chip cut training costs by half for several large customers, a reminder that one design can reprice a market.';
    expect(check(credited, comment)?.kind).toBe('attribution');
    // A modal of its own in the statement still hedges it.
    expect(check(credited, 'Last year its new chip could have cut training costs by half for several large customers.')).toBeNull();
  });

  it('does not fire when the plain side states a different point', () => {
    expect(check(credited, 'Several large customers switched to a rival chip last year after a pricing dispute.')).toBeNull();
  });

  it('reads a plain side that restates half of a long claim worded its own way, the rest of its words its own comment', () => {
    const long = 'The agency also noted that its own flood model alarmed insurers and farmers across the delta last spring due to its uncanny knack for predicting breaches in ageing levees and culverts.';
    const plainer = "The agency's own flood model rattled the delta's insurers and farmers last spring when it spotted breaches in ageing levees, a sign of how quickly such tools now reach the field.";
    expect(check(plainer, long)?.kind).toBe('attribution');
  });

  it('does not read a sentence that credits the claim some other way ("per", "recalled", "by its own account") as stated in the outlet\'s voice', () => {
    expect(check(credited, 'Per the startup, the new chip cut training costs by half for several large customers last year.')).toBeNull();
    expect(check(credited, 'The startup recalled that last year the new chip cut training costs by half for several large customers.')).toBeNull();
    expect(check(credited, 'By the startup\'s own account, the new chip cut training costs by half for several large customers last year.')).toBeNull();
  });

  it('reports a plain side that restates the claim and then says more of its own', () => {
    const longer = 'Last year the new chip cut training costs by half for several large customers, a sign of how fast the whole market for such hardware and its software has been changing.';
    expect(check(credited, longer)?.kind).toBe('attribution');
    // Not when the claim's words are strewn over a sentence about something else.
    const strewn = 'The new mayor cut the ribbon last year, training her eyes on costs that, by half a dozen counts, several large customers of the port had already raised with the chip plant.';
    expect(check(credited, strewn)).toBeNull();
  });

  it('reports a plain side whose lead-in of its own uses one of the claim\'s words before restating it', () => {
    const leadIn = 'Cheaper training, long promised to hospitals, banks, retailers and universities alike, is a familiar tale by now: last year the new chip cut training costs by half for several large customers.';
    const f = check(credited, leadIn);
    expect(f?.kind).toBe('attribution');
    expect(marked(leadIn, f!.b).join(' ')).toMatch(/^last year the new chip/);
  });
});

describe('attribution: the same statement credited to different speakers', () => {
  it('reports the same words put in another named speaker\'s mouth', () => {
    const f = checkAttribution(passage('The merger will collapse within a year, Okafor said.'), passage('The merger will collapse within a year, Lindqvist said.'));
    expect(f?.kind).toBe('attribution');
    expect(f!.summary).toBe('"Okafor" vs "Lindqvist"');
  });

  it('reads no day as a speaker ("Its study, out on Tuesday, the day before the vote, says that …")', () => {
    const study = 'Its study, which came out on Tuesday, the day before the vote, says that the merger will collapse within a year.';
    expect(checkAttribution(passage(study), passage('Lindqvist said that the merger will collapse within a year.'))).toBeNull();
    // A named party after the same aside still speaks.
    expect(checkAttribution(passage('Okafor, speaking the day before the vote, says that the merger will collapse within a year.'), passage('Lindqvist said that the merger will collapse within a year.'))?.summary).toBe('"Okafor" vs "Lindqvist"');
  });

  it('does not fire when both credit the same speaker with different reporting verbs', () => {
    expect(checkAttribution(passage('The merger will collapse within a year, Okafor said.'), passage('Okafor warned the merger will collapse within a year.'))).toBeNull();
  });
});

describe('attribution: the same statement put in another speaker\'s mouth', () => {
  const ruiz = 'Ana Ruiz, who led the survey, said the drought is not limited to the southern valleys and now threatens most dairy farms.';
  const berg = 'Lead author Tomas Berg warned that the drought now threatens most dairy farms, not just the southern valleys.';

  it('on pairs not known to report the same point, needs the two statements to share enough words', () => {
    expect(checkAttribution(passage(ruiz), passage(berg), 4)?.kind).toBe('attribution');
    expect(checkAttribution(passage(ruiz), passage('Tomas Berg said the survey will be repeated in the spring.'), 4)).toBeNull();
    // Long statements share a few words by chance: a third of the shorter one's words are needed.
    const long = 'Asked about prices, Ana Ruiz said dairy farms in most valleys now pay more for feed, water and transport than the survey expected, and that a drought insurance scheme would help the smaller farms most.';
    expect(checkAttribution(passage(long), passage('Tomas Berg said the drought now threatens most dairy farms across the region, their water supplies, grazing land, cattle herds and milk output this summer.'), 4)).toBeNull();
  });

  it('reads two quotations in words of their own as two statements, however many words they share', () => {
    const a = '"Our drought plan covers insurance and feed prices, but almost nothing about the southern valleys," said Ana Ruiz, who led the regional dairy survey.';
    const b = '"The drought now threatens most dairy farms, not just the southern valleys," said Tomas Berg, who led the regional dairy survey.';
    expect(checkAttribution(passage(a), passage(b), 4)).toBeNull();
    // The same quotation given to another speaker is one statement, put in another mouth.
    expect(checkAttribution(passage(b.replace('said Tomas Berg', 'said Ana Ruiz')), passage(b), 4)?.kind).toBe('attribution');
  });

  it('does not report one speaker named two ways', () => {
    expect(checkAttribution(passage(ruiz), passage(berg.replace('Tomas Berg', 'Ana Ruiz')), 4)).toBeNull();
  });
});
