/** English function words that carry no point of their own; negations are kept out of matching but read by lib/compare. */

const LIST = `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each even few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
once only or other ought our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yourself yourselves s t don didn doesn isn wasn weren won wouldn shouldn
couldn ll re ve d m may might must shall upon via per among amid within without whether yet still however though although
said says say told according also rather instead another every many much several one ones like unlike well`;

/** The stop-word set (lower case). */
export const STOPWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
