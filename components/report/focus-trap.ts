/** Keeps Tab and Shift+Tab inside a dialog, reading focus from the dialog's own root (document or shadow root). */

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), a[href], summary, [tabindex]:not([tabindex="-1"])';

/** The element that has focus in the tree `el` lives in; inside a shadow root, document.activeElement is the host. */
export function activeElementOf(el: Element): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

/** Focusable descendants of `container` in tab order (unchecked radios of a checked group excluded, as browsers skip them). */
export function focusables(container: Element): HTMLElement[] {
  const all = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
  return all.filter((el) => {
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && el.name) {
      const group = all.filter((o) => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name);
      const anyChecked = group.some((o) => (o as HTMLInputElement).checked);
      return anyChecked ? false : group[0] === el;
    }
    return true;
  });
}

/** Handles a Tab keydown inside `container`: wraps focus at either end. Returns whether it moved focus. */
export function trapTab(container: Element, e: KeyboardEvent): boolean {
  if (e.key !== 'Tab') return false;
  const items = focusables(container);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return false;
  const active = activeElementOf(container);
  if (e.shiftKey && (active === first || !container.contains(active))) {
    e.preventDefault();
    last.focus();
    return true;
  }
  if (!e.shiftKey && (active === last || !container.contains(active))) {
    e.preventDefault();
    first.focus();
    return true;
  }
  return false;
}
