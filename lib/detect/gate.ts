/**
 * The first, cheap test a page goes through before anything expensive (Readability, messaging).
 * It runs on every page the content script sees, so it is a handful of precompiled regex tests on
 * strings the caller already has: no splitting, no lowercasing copies, no joins.
 * It is deliberately permissive (AI plus a pause or policy word anywhere in the sample): the
 * topic detector makes the real decision; the gate only has to let unrelated pages go early.
 */

/** What the gate looks at: the page title, its meta description and a text sample (a few KB). */
export interface GateSample {
  title: string;
  description: string;
  text: string;
}

// "AI" is case-sensitive (it is a word in Portuguese, Italian, French…); the rest is not (a transcript writes "anthropic").
const AI_CASED = /\bA\.?I\b|\bAGI\b|\bGPT-?\d|\bLLMs?\b|Future of Life/;
const AI_ANYCASE = /openai|anthropic|deepmind|chatgpt|artificial[- ]intelligence|superintelligen|frontier (?:ai|model)|language model|chatbot/i;
const PAUSE_OR_POLICY =
  /\bpaus(?:e|es|ed|ing)\b|\bhalt|\bmoratori|\bslow(?:-?down| down|ing)\b|\bfreez|executive order|regulat|governments?\b|lawmakers|\bsafety\b|open letter/i;

function hasAi(s: string): boolean {
  return AI_CASED.test(s) || AI_ANYCASE.test(s);
}

/** True when the page might be about the AI-pause debate and deserves a closer look. */
export function quickGate(sample: GateSample): boolean {
  const ai = hasAi(sample.title) || hasAi(sample.description) || hasAi(sample.text);
  if (!ai) return false;
  return (
    PAUSE_OR_POLICY.test(sample.title) ||
    PAUSE_OR_POLICY.test(sample.description) ||
    PAUSE_OR_POLICY.test(sample.text)
  );
}
