/**
 * The concept groups the topic detector weighs. Each term is general vocabulary of the AI-pause
 * debate (what a reporter covering it would write), not wording lifted from any one article:
 * stopping or slowing AI work, the labs and people in the debate, the 2023 Future of Life
 * Institute letter, what governments did instead, and the risk framing around it.
 */

/** One concept: a label a reader understands and the pattern that finds it. */
export interface Term {
  label: string;
  re: RegExp;
  /** Counts as the debate's pause only beside a call for it (a slowdown may simply be observed). */
  needsCall?: boolean;
}

const t = (label: string, source: string, flags = 'gi'): Term => ({ label, re: new RegExp(source, flags) });
/** Names are matched case-sensitively: "Musk" the person, not "musk" the scent. */
const name = (label: string, source: string): Term => t(label, source, 'g');

/** Stopping or slowing work: only meaningful when AI is in the same stretch of text. */
export const PAUSE: Term[] = [
  t('pause', String.raw`\bpaus(?:e|es|ed|ing)\b`),
  t('halt', String.raw`\bhalt(?:s|ed|ing)?\b`),
  t('moratorium', String.raw`\bmoratori(?:um|ums|a)\b`),
  { ...t('slowdown', String.raw`\bslow(?:-?down|ing down|s down|ed down| down)\b|\bslow(?:ing|s|ed)? (?:the |its |their )?(?:development|progress|pace|race|training)\b|\bdecelerat(?:e|es|ed|ing|ion)\b`), needsCall: true },
  t('brakes', String.raw`\b(?:put|putting|puts|hit|hitting|pump|pumping|slam|slamming)(?:s)? the brakes\b`),
  t('freeze', String.raw`\bfreez(?:e|es|ing)\b(?= (?:on |of )?(?:AI|development|training|research))`),
  t('stop', String.raw`\bstop(?:s|ped|ping)?\b(?= (?:[\w-]+ ){0,2}(?:AI|development|training|research|work|experiments|progress|race)\b)`),
  t('PauseAI', String.raw`\bPause ?AI\b`),
];

/** Words that make a slowdown something asked for, proposed or agreed rather than observed. */
export const CALL: Term[] = [
  t('call', String.raw`\bcall(?:s|ed|ing)? (?:for|on)\b|\burg(?:e|es|ed|ing)\b|\bpropos(?:e|es|ed|ing|al|als)\b|\bdemand\w*|\bshould\b|\bmust\b|\bcoordinat\w+|\bagree\w*|\bvoluntar\w+|\bmechanism\b|\bletter\b|\bpetition\w*|\badvocat\w+|\bpush(?:es|ed|ing)? for\b|\bask(?:s|ed|ing)?\b|\bverif\w+|\bwould\b|\bneed(?:s|ed)? to\b|\bto (?:pause|halt|slow)\b`),
];

/**
 * What a pause in the debate is a pause *of*: the work of building AI. A pause next to one of
 * these is the debate's pause; a pause next to AI alone may be a video player's.
 */
export const WORK: Term[] = [
  t('work', String.raw`\b(?:develop(?:ment|ing|s|ed)?|training|progress|research|experiments?|labs?|race|capabilit(?:y|ies)|innovation|advances?|systems|models|powerful|frontier|scaling|deployment)\b`),
];

/** AI itself: systems, models, the field. "AI" is matched case-sensitively ("ai" is a word in other languages). */
export const AI: Term[] = [
  t('AI', String.raw`\bA\.?I\b|\bAGI\b|\bA\.I\.`, 'g'),
  t('artificial intelligence', String.raw`\bartificial[- ]intelligence\b`),
  t('superintelligence', String.raw`\bsuper-?intelligen(?:ce|t)\b`),
  t('frontier models', String.raw`\bfrontier (?:AI|models?|systems?|labs?|developers?)\b`),
  t('language models', String.raw`\b(?:large )?language models?\b|\bLLMs?\b|\bGPT-?\d\w*\b|\bchatbots?\b|\bfoundation models?\b`),
  t('machine learning', String.raw`\bmachine learning\b|\bneural networks?\b|\bdeep learning\b`),
];

/** Organisations and people whose names alone place a text in the AI-governance debate. */
export const ACTORS: Term[] = [
  name('Anthropic', String.raw`\bAnthrop(?:ic|oc)\b`),
  name('OpenAI', String.raw`\bOpen ?AI\b`),
  name('DeepMind', String.raw`\bDeep ?Mind\b`),
  name('xAI', String.raw`\bxAI\b`),
  name('Meta AI', String.raw`\bMeta(?:'s)? AI\b`),
  name('Mistral', String.raw`\bMistral AI\b`),
  name('PauseAI', String.raw`\bPauseAI\b`),
  name('ChatGPT', String.raw`\bChatGPT\b`),
  name('Claude', String.raw`\bClaude\b(?= (?:chatbot|model|AI|assistant))|\bClaude (?:\d|Opus|Sonnet|Haiku)`),
  name('Sam Altman', String.raw`\b(?:Sam )?Altman\b`),
  name('Dario Amodei', String.raw`\b(?:Dario )?Amodei\b`),
  name('Jack Clark', String.raw`\bJack Clark\b`),
  name('Demis Hassabis', String.raw`\bHassabis\b`),
  name('Elon Musk', String.raw`\b(?:Elon )?Musk\b`),
  name('Yoshua Bengio', String.raw`\bBengio\b`),
  name('Geoffrey Hinton', String.raw`\bHinton\b`),
  name('Stuart Russell', String.raw`\bStuart Russell\b`),
  name('Max Tegmark', String.raw`\bTegmark\b`),
  name('Yann LeCun', String.raw`\bLeCun\b`),
  name('Eliezer Yudkowsky', String.raw`\bYudkowsky\b`),
  name('Gary Marcus', String.raw`\bGary Marcus\b`),
];

/** The 2023 open letter of the Future of Life Institute ("Pause Giant AI Experiments"). */
export const LETTER: Term[] = [
  name('Future of Life Institute', String.raw`\bFuture of Life(?: Institute)?\b`),
  name('FLI', String.raw`\bFLI\b`),
  t('"Pause Giant AI Experiments"', String.raw`\bPause Giant AI Experiments\b`),
  t('more powerful than GPT-4', String.raw`\bmore powerful than GPT-?4\b`),
];

/** Letter vocabulary too common to count alone: it counts only in a sentence about pausing AI. */
export const LETTER_HINTS: Term[] = [
  t('open letter', String.raw`\bopen letter\b|\bsignator(?:y|ies)\b`),
  t('six-month', String.raw`\bsix[- ]months?\b|\b6[- ]months?\b`),
  t('2023', String.raw`\b2023\b`),
];

/** What governments and institutions do about AI: orders, laws, testing, summits. */
export const GOVERNANCE: Term[] = [
  t('executive order', String.raw`\bexecutive orders?\b`),
  t('White House', String.raw`\bWhite House\b`),
  t('regulation', String.raw`\bregulat(?:e|es|ed|ing|ion|ions|ors?|ory)\b`),
  t('legislation', String.raw`\blegislat(?:ion|ive|ors?|ures?)\b|\blawmakers?\b|\bCongress\b|\bSenate\b|\bParliament\b`),
  t('governments', String.raw`\bgovernments?\b|\bpolicymakers?\b|\badministration\b`),
  t('safety testing', String.raw`\b(?:safety|security|cybersecurity|government|pre-?deployment) (?:testing|tests|evaluations?)\b`),
  t('AI Act', String.raw`\bAI Act\b|\bAI Safety Institute\b|\bAI (?:Safety )?Summit\b|\bBletchley\b`),
  t('governance', String.raw`\bgovernance\b|\boversight\b|\baccountability\b|\bvoluntary commitments?\b|\bsafeguards?\b`),
];

/** How the debate frames the danger. */
export const RISK: Term[] = [
  t('losing control', String.raw`\blos(?:e|es|ing|t) (?:human )?control\b|\bloss of (?:human )?control\b|\bout of control\b`),
  t('self-improvement', String.raw`\bself-improv\w*|\brecursive (?:self|improvement)\w*`),
  t('existential risk', String.raw`\bexistential (?:risks?|threats?)\b|\bextinction\b|\bcatastroph\w+`),
  t('AI safety', String.raw`\b(?:AI|model) safety\b|\bsafety (?:research|measures|guardrails|risks?|concerns?|institute)\b|\bguardrails?\b`),
  t('alignment', String.raw`\b(?:AI )?alignment (?:research|problem|work)\b|\bmisalign\w*`),
  t('human oversight', String.raw`\bhuman oversight\b|\bhuman control\b`),
  t('race', String.raw`\b(?:arms|AI) race\b|\brac(?:e|ing) to (?:build|develop|deploy)\b|\bcompetitive (?:pressure|acceleration)\b`),
];
