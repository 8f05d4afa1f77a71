/** One "Other outlets add" entry: the passage the page lacks and the outlets that carry it. */
import type { Addition } from '../../lib/types';
import { ReportButton } from './ReportButton';

/** Props of {@link AdditionItem}. */
export interface AdditionItemProps {
  addition: Addition;
  itemKey: string;
  onReport?: () => void;
}

/** Renders an addition as a list row: passage text, outlet chips, a report control. */
export function AdditionItem({ addition, itemKey, onReport }: AdditionItemProps) {
  return (
    <li
      class="cc-item cc-addition"
      data-testid="cc-addition"
      data-key={itemKey}
      data-doc={addition.doc}
      data-source-paragraph={addition.paragraph}
    >
      <p class="cc-passage">{addition.text}</p>
      <div class="cc-item-foot">
        <ul class="cc-chips" role="list" aria-label="Outlets carrying this point">
          {addition.outlets.map((outlet) => (
            <li key={outlet} class="cc-chip" data-testid="cc-outlet">
              {outlet}
            </li>
          ))}
        </ul>
        {onReport && <ReportButton what="this addition" onReport={onReport} />}
      </div>
    </li>
  );
}
