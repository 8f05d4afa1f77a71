/**
 * A hedge set after its claim, in an appositive: "If AI systems gain the ability to recursively improve themselves—a
 * capability Anthropic suggests current trends make plausible—the window … could close". The noun phrase renames the
 * claim before it and says how likely that is, so the claim is hedged though no modal stands before it, and a modal
 * later in the sentence ("could close") is about something else.
 */

import type { Piece } from '../text/segment';
import { memo, slot, type Passage } from './passage';
import { span } from './modality';

const APPOSITIVE_SLOT = slot();

/** Nouns that rename a claim as a thing that may come about. */
const RENAMING = /^(?:capability|possibility|prospect|scenario|outcome|development|milestone|ability|step|shift|future|eventuality)$/;
/** Adjectives that say how likely it is, short of certain. */
const LIKELY = /^(?:plausible|possible|likely|conceivable|feasible|realistic|probable)$/;
/** Words from the renaming noun to its adjective ("capability Anthropic suggests current trends make plausible"). */
const REACH = 8;

/** The appositive hedge of a passage ("a capability … plausible"), or null. */
export function appositiveHedge(p: Passage): Piece | null {
  return memo(p, APPOSITIVE_SLOT, () => {
    const ws = p.words;
    for (let i = 2; i < ws.length; i++) {
      if (!RENAMING.test(ws[i]!.lower) || !/^(?:a|an)$/.test(ws[i - 1]!.lower)) continue;
      // Set off from the claim it renames: a dash, comma or bracket right before its article.
      if (!/[—–,(]|\s-\s/.test(p.text.slice(ws[i - 2]!.end, ws[i - 1]!.start))) continue;
      for (let k = i + 1; k < Math.min(ws.length, i + REACH + 1); k++) {
        // The appositive ends at the next dash, comma or bracket.
        if (/[—–,()]|\s-\s/.test(p.text.slice(ws[k - 1]!.end, ws[k]!.start))) break;
        if (LIKELY.test(ws[k]!.lower) && !/^(?:not|no|never)$/.test(ws[k - 1]!.lower)) return span(p, i - 1, k);
      }
    }
    return null;
  });
}
