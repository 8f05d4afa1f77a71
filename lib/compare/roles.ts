/** Role nouns news writing puts before a name, optionally led by a rank ("lead", "deputy") or a co- prefix. */
export const ROLE =
  '(?:co-)?(?:founder|author|chair(?:man|woman|person)?)s?|ceo|cfo|cto|chief [a-z]+ officer|chief executive|(?!(?:by|the|a|an|of|and|as|to|for|with|its|his|her|their|former|acting|interim|deputy|lead|senior) )[a-z]+ chiefs?(?! executive| [a-z]+ officer)|chief(?! executive| [a-z]+ officer)|' +
  '(?:executive|managing) director|directors?|head|(?:vice )?president|researchers?|scientists?|professors?|prof|engineers?|' +
  'economists?|analysts?|editors?|reporters?|spokes(?:person|man|woman)|ministers?|secretary|senators?|governors?|' +
  'mayors?|judges?|lawyers?|attorneys?|officials?|advis[eo]rs?|managers?|executives?|investors?|commissioners?|' +
  'ambassadors?|chancellors?|consultants?|strategists?|(?:general )?counsel|lecturers?|students?|fellows?|candidates?|postdocs?|treasurers?|trustees?|auditors?|coordinators?|ethicists?|historians?|physicists?|technologists?';
export const RANK = '(?:(?:first|second|third|fourth|fifth|final)-year )?(?:(?:lead|senior|chief|principal|former|acting|interim|deputy|assistant|associate|junior|doctoral|postdoctoral|graduate|phd|visiting) )?';
/** One word of a title, capitalised before a name in headlines and formal styles ("Professor", "Lead Researcher", "Dr"). */
export const ROLE_WORD = new RegExp(`^(?:${ROLE}|lead|senior|chief|principal|former|acting|interim|deputy|assistant|associate|graduate|doctoral|phd|dr|mr|mrs|ms|prof)$`);
