/** Places by their names and their people's adjectives ("the US" / "American"), for telling a place from a party. */

/** A people's adjective and its country's names ("American" / "US"): one place, however written. */
export const DEMONYMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  american: ['us', 'usa', 'united states', 'america'],
  canadian: ['canada'],
  british: ['uk', 'britain', 'united kingdom'],
  european: ['eu', 'europe', 'european union'],
  chinese: ['china'],
  japanese: ['japan'],
  french: ['france'],
  german: ['germany'],
  spanish: ['spain'],
  australian: ['australia'],
  indian: ['india'],
  korean: ['korea', 'south korea'],
  russian: ['russia'],
}));
/** Each place's adjective ("us" -> "american"). */
export const COUNTRY_OF = new Map([...DEMONYMS].flatMap(([adjective, places]) => places.map((place): [string, string] => [place, adjective])));

/** Whether a name (lower case) names a country or its people ("US", "U.S.", "Canadian"), not a party. */
export function isPlace(lower: string): boolean {
  const bare = lower.replace(/\./g, '');
  return COUNTRY_OF.has(bare) || DEMONYMS.has(bare);
}
