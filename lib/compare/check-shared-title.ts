/**
 * A title one side gives a list of people and the other gives only one of them: "Anthropic's founders Jack Clark
 * and Marina Favaro" makes Favaro a founder; "co-founder Jack Clark and Marina Favaro, head of its research
 * institute" does not. Each side may name the same people; only who holds the role differs.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import type { Passage } from './passage';
import { isPerson, namePhrases, sameNames, type Name } from './names';
import { sameRole, sharedTitles, titleKey, titlesOf } from './titles';

/** One side's plural title over several people, the other's same role for one of them only; either way round. */
export function checkSharedTitle(a: Passage, b: Passage): Finding | null {
  const ab = withheld(a, b);
  if (ab) return { kind: 'name', a: [ab.title], b: [ab.own], summary: summarise([ab.title], [ab.own]), confidence: 0.75, title: true, person: ab.person };
  const ba = withheld(b, a);
  if (ba) return { kind: 'name', a: [ba.own], b: [ba.title], summary: summarise([ba.own], [ba.title]), confidence: 0.75, title: true, person: ba.person };
  return null;
}

/** A person `plural` lists under a shared title whom `single` names without that role while giving it to another listed with them. */
function withheld(plural: Passage, single: Passage) {
  const names = namePhrases(single);
  if (names.length < 2) return null;
  for (const { title, people } of sharedTitles(plural)) {
    const key = titleKey(title.text);
    const holds = (n: Name) => titlesOf(single, n).find((t) => sameRole(titleKey(t.text), key));
    const named = people.map((x) => names.find((n) => isPerson(n) && sameNames(x, n)));
    const own = named.map((n) => n && holds(n));
    const y = named.findIndex((n, k) => n && !own[k]);
    const given = own.find((t) => t);
    if (y >= 0 && given) return { title, own: given, person: people[y]!.lower.split(/\s+/).at(-1) };
  }
  return null;
}
