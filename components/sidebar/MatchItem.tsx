/** One corpus passage matched to the page paragraph the sidebar was opened at. */
import type { Match } from '../../lib/types';
import { ReportButton } from './ReportButton';

/** Props of {@link MatchItem}. */
export interface MatchItemProps {
  match: Match;
  itemKey: string;
  pageParagraph: number;
  outlet: string | null;
  /** The corpus passage's text, when the host can look it up. */
  text?: string;
  onSelect?: () => void;
  onReport?: () => void;
}

/** Renders a match: which outlet carries the same point, how close, and its text when known. */
export function MatchItem({ match, itemKey, pageParagraph, outlet, text, onSelect, onReport }: MatchItemProps) {
  return (
    <li
      class="cc-item cc-match"
      data-testid="cc-match"
      data-key={itemKey}
      data-paragraph={pageParagraph}
      data-doc={match.doc}
      data-source-paragraph={match.paragraph}
    >
      <div class="cc-item-head">
        <span class="cc-match-outlet">{outlet ?? match.doc}</span>
        <span class="cc-score" title="How closely the passages agree in wording and substance">
          {Math.round(Math.max(0, Math.min(1, match.score)) * 100)}% match
        </span>
      </div>
      {text && <p class="cc-passage">{text}</p>}
      <div class="cc-item-foot">
        {onSelect && (
          <button type="button" class="cc-button cc-button-quiet" data-testid="cc-show" onClick={onSelect}>
            Show on page
          </button>
        )}
        {onReport && <ReportButton what={`the match with ${outlet ?? match.doc}`} onReport={onReport} />}
      </div>
    </li>
  );
}
