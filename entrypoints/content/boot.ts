/**
 * What the gate script tells the full content script it loads. Both run in the extension's one isolated
 * world of the frame, so a property on its global carries it; the page's own scripts cannot see it.
 */

/** How the full content script should start. */
export interface Boot {
  /** The reader asked for the sidebar on a page the gate let go: open it at once. */
  open: boolean;
}

const KEY = '__crosscheckBoot';

/** Leaves the boot options for the full content script (called by the gate script just before loading it). */
export function setBoot(boot: Boot): void {
  (globalThis as Record<string, unknown>)[KEY] = boot;
}

/** Takes the boot options the gate script left, once; a plain start when there are none. */
export function takeBoot(): Boot {
  const g = globalThis as Record<string, unknown>;
  const boot = g[KEY] as Boot | undefined;
  delete g[KEY];
  return { open: boot?.open === true };
}
