/** Mounting Preact views into jsdom for the component tests, with act() so effects have run. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** A mounted view: its container, a query helper, and cleanup. */
export interface Mounted {
  container: HTMLElement;
  rerender: (vnode: ComponentChild) => Promise<void>;
  unmount: () => Promise<void>;
  byTestId: <T extends Element = HTMLElement>(id: string) => T | null;
  allByTestId: <T extends Element = HTMLElement>(id: string) => T[];
}

/** Renders `vnode` into a fresh container attached to the document. */
export async function mount(vnode: ComponentChild): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  await act(() => render(vnode, container));
  return {
    container,
    rerender: (next) => act(() => render(next, container)),
    unmount: async () => {
      await act(() => render(null, container));
      container.remove();
    },
    byTestId: <T extends Element>(id: string) => container.querySelector<T>(`[data-testid="${id}"]`) as T | null,
    allByTestId: <T extends Element>(id: string) => Array.from(container.querySelectorAll<T>(`[data-testid="${id}"]`)),
  };
}

/** Dispatches a bubbling, cancelable keyboard event of `type` on `el` and returns it. */
export async function key(
  el: Element,
  keyName: string,
  opts: { type?: 'keydown' | 'keyup' | 'keypress'; shiftKey?: boolean; ctrlKey?: boolean } = {},
): Promise<KeyboardEvent> {
  const ev = new KeyboardEvent(opts.type ?? 'keydown', {
    key: keyName,
    bubbles: true,
    cancelable: true,
    composed: true,
    shiftKey: opts.shiftKey ?? false,
    ctrlKey: opts.ctrlKey ?? false,
  });
  await act(() => {
    el.dispatchEvent(ev);
  });
  return ev;
}

/** Clicks `el` inside act(). */
export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('click: no element');
  await act(() => {
    (el as HTMLElement).click();
  });
}

/** Types `value` into an input or textarea the way Preact's onInput sees it. */
export async function typeInto(el: Element | null, value: string): Promise<void> {
  if (!el) throw new Error('typeInto: no element');
  await act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
