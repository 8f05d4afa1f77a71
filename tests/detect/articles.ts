/**
 * Short news texts written for these tests (not taken from the corpus): stories about the pause
 * debate told from other angles than the seeds, and near misses that share its words.
 */
import type { Article } from '../../lib/types';

const article = (title: string, paragraphs: string[]): Article => ({
  title,
  byline: null,
  siteName: null,
  url: null,
  paragraphs,
});

/** On topic: the 2023 letter, a government's answer, a lab's answer. */
export const ON_TOPIC = {
  letter: article('Tech leaders urge six-month moratorium on giant AI experiments', [
    'More than a thousand technology leaders and researchers have signed an open letter calling on artificial intelligence labs to stop training their most powerful systems for at least six months.',
    'The letter, published by the non-profit Future of Life Institute, says labs are locked in an out-of-control race to develop ever more powerful digital minds that no one can understand, predict or reliably control.',
    'Signatories include Elon Musk, Apple co-founder Steve Wozniak and the Turing award winner Yoshua Bengio.',
    'If such a pause cannot be enacted quickly, the authors write, governments should step in and institute a moratorium.',
    'Critics said the proposal would only hand an advantage to developers who ignored it.',
  ]),
  government: article('White House orders safety tests for powerful AI models instead of a pause', [
    'The administration on Monday issued an executive order requiring developers of the most capable artificial intelligence models to share the results of safety testing with the government before release.',
    'Officials said the order was a response to growing calls from researchers to halt frontier AI development until safeguards are in place.',
    '“We are not going to stop innovation,” a senior official told reporters, “but we will insist on oversight.”',
    'Lawmakers in Congress are weighing legislation that would create a licensing regime for advanced AI systems, while companies say voluntary commitments are enough.',
  ]),
  lab: article('OpenAI chief says the letter lacked nuance on where a slowdown is needed', [
    'Sam Altman, the chief executive of OpenAI, said on Thursday that the company was not training a successor to GPT-4, responding to an open letter that demanded labs slow down.',
    'He said the letter missed most of the technical nuance about where a pause is needed, but agreed that safety work had to keep up with what the models can do.',
    'Google DeepMind’s Demis Hassabis said he favoured international oversight of AI over a unilateral moratorium on research.',
    'Researchers who signed the letter said the response showed why coordination between labs and governments mattered.',
  ]),
  treaty: article('Bengio and Hinton back call for global treaty to stop the frontier AI race', [
    'Two of the best-known pioneers of artificial intelligence have backed a call for an international treaty that would stop the race to build ever larger AI systems.',
    'Yoshua Bengio and Geoffrey Hinton said governments should agree limits on training runs and create an agency to verify them, much as nuclear inspectors do.',
    'The campaigners said companies would not put the brakes on development on their own because each fears falling behind its rivals.',
    'OpenAI and Google DeepMind declined to comment.',
  ]),
  protest: article('PauseAI protesters rally outside OpenAI offices', [
    'Dozens of protesters from the group PauseAI gathered outside OpenAI’s San Francisco headquarters on Monday, demanding an international halt to the training of frontier models.',
    'Organisers said governments had ignored the 2023 open letter and that only a global moratorium would prevent an uncontrolled race.',
    'A company spokesperson said OpenAI supported regulation but believed a pause was not the answer.',
  ]),
};

/** Off topic, though each shares words with the debate. */
export const OFF_TOPIC = {
  aiProduct: article('OpenAI releases a faster model for programmers', [
    'OpenAI on Tuesday released a new version of its language model that it says writes and reviews code twice as fast as the previous one.',
    'The company said the model would be available to ChatGPT subscribers first, with a cheaper version for businesses later this year.',
    'Analysts expect competitors such as Google DeepMind to answer with releases of their own before the end of the quarter.',
  ]),
  aiVideoPause: article('This AI video editor lets you pause and talk to your footage', [
    'A new AI-powered video editor lets users pause playback and describe the change they want in plain words.',
    'Press the space bar to pause, type “remove the background noise”, and the app’s model does the rest in a few seconds.',
    'The editor costs $12 a month and runs on Windows and macOS.',
  ]),
  ratePause: article('Central bank pauses rate rises as inflation cools', [
    'The central bank paused its run of interest rate increases on Wednesday, saying inflation had cooled faster than expected.',
    'Officials said they could resume raising rates if prices picked up again, and that a halt in hiring at large employers was being watched closely.',
    'Markets rallied after the announcement, with bank shares leading the gains.',
  ]),
  aiAct: article('European lawmakers approve landmark AI Act', [
    'The European Parliament on Wednesday approved the AI Act, a law that sorts artificial intelligence uses by risk and bans some outright.',
    'Regulators will be able to fine companies that deploy high-risk systems without the required oversight and documentation.',
    'Industry groups said the regulation was workable, while consumer groups warned that enforcement would be slow to arrive.',
    'The rules take effect in stages over the next two years.',
  ]),
  chipSlowdown: article('Chip makers warn of AI slowdown in orders', [
    'Shares in chip makers fell after two suppliers warned that orders for AI servers would slow down in the second half of the year.',
    'Analysts said the slowdown reflected customers digesting earlier purchases rather than weaker demand for AI.',
    'Nvidia is due to report results next week.',
  ]),
  scalingWall: article('Is AI progress slowing down? Labs hit the limits of scaling', [
    'For years, each new generation of AI models was markedly better than the last. Now some researchers say progress is slowing down as labs run out of fresh training data.',
    'OpenAI and Google DeepMind have both seen smaller gains from their latest large language models than from earlier ones, according to people familiar with the work.',
    'Investors worry that a slowdown in AI capabilities could undercut the valuations of companies that have spent billions on data centres.',
    'Others argue the slowdown is temporary and that new techniques such as reasoning models will restart rapid progress.',
  ]),
  signupPause: article('OpenAI pauses ChatGPT Plus sign-ups as demand surges', [
    'OpenAI has paused new sign-ups for its ChatGPT Plus subscription after a surge in demand overwhelmed its servers, chief executive Sam Altman said.',
    'The company said it would reopen sign-ups once it had added capacity, and existing subscribers would not be affected.',
    'The AI chatbot has gained millions of users since the launch of its latest model.',
  ]),
  sport: article('Rain halts play as the final is paused for two hours', [
    'Play was halted for two hours on Sunday as heavy rain swept across the ground, and the final was paused with the home side leading.',
    'The league has also placed a moratorium on transfers while it reviews the club’s finances.',
  ]),
};
