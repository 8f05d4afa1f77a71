/** The search box that narrows the sidebar's items; Esc clears it before it would close the sidebar. */
import { useId } from 'preact/hooks';

/** Props of {@link FilterBox}. */
export interface FilterBoxProps {
  value: string;
  onInput: (value: string) => void;
}

/** A labelled search input. */
export function FilterBox({ value, onInput }: FilterBoxProps) {
  const id = useId();
  return (
    <div class="cc-filter" role="search">
      <label class="cc-visually-hidden" for={id}>
        Filter items by text or outlet
      </label>
      <input
        id={id}
        type="search"
        class="cc-filter-input"
        data-testid="cc-filter"
        placeholder="Filter by words or outlet"
        autocomplete="off"
        spellcheck={false}
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value !== '') {
            e.preventDefault();
            e.stopPropagation();
            onInput('');
          }
        }}
      />
    </div>
  );
}
