/** A reported item, collapsed to one line with an Undo, so a mistaken report is one click from undone. */

/** Props of {@link HiddenItem}. */
export interface HiddenItemProps {
  itemKey: string;
  /** "addition", "divergence" or "match": what was hidden. */
  what: string;
  onUndo?: (key: string) => void;
}

/** One collapsed list row for an item the reader reported as wrong. */
export function HiddenItem({ itemKey, what, onUndo }: HiddenItemProps) {
  return (
    <li class="cc-item cc-hidden" data-testid="cc-hidden" data-key={itemKey}>
      <span class="cc-hidden-text">Hidden: you reported this {what} as wrong.</span>
      {onUndo && (
        <button
          type="button"
          class="cc-button cc-button-quiet"
          data-testid="cc-undo"
          aria-label={`Undo hiding this ${what}`}
          onClick={() => onUndo(itemKey)}
        >
          Undo
        </button>
      )}
    </li>
  );
}
