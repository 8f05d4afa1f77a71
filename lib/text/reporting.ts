/** Reporting verbs: the words that frame what follows (or precedes) as somebody's statement. */

/** Past and present forms of the verbs that report speech ("said", "notes", "argued"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  ('said says noted notes claimed claims argued argues asserted asserts insisted insists maintained maintains contended contends ' +
    'stated told wrote writes acknowledged acknowledges admitted admits conceded concedes boasted boasts touted touts highlighted ' +
    'highlights stressed stresses emphasized emphasizes emphasised emphasises alleged alleges added adds explained explains pointed ' +
    'warned warns cautioned cautions underlined underlines underscored underscores reiterated reiterates declared declares ' +
    'affirmed affirms accepted accepts')
    .split(' '),
);

/** Adverbs and auxiliaries that stand between a speaker and the reporting verb ("also noted", "has argued"). */
export const SPEAKER_TO_VERB: ReadonlySet<string> = new Set(['also', 'further', 'previously', 'separately', 'later', 'earlier', 'publicly', 'repeatedly', 'recently', 'has', 'have', 'had', 'once', 'again', 'then', 'actually', 'even', 'since', 'now', 'already', 'likewise', 'similarly']);

/** Reflexives that also stand there, beside the speaker's words ("Anthropic has itself noted", "the order itself says"). */
export const REFLEXIVE = /^(?:itself|themselves|himself|herself)$/;

/** Of those, the adverbs alone ("OpenAI further stated"), without the auxiliaries. */
export const SPEAKER_ADVERBS: ReadonlySet<string> = new Set([...SPEAKER_TO_VERB].filter((w) => w !== 'has' && w !== 'have' && w !== 'had'));
