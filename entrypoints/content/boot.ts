/**
 * The hand-over from the gate script to the full content script it loads. Both run in the extension's one
 * isolated world of the frame, so a property on its global carries it; the page's own scripts cannot see it.
 */

/** How the full content script should start. */
export interface Boot {
  /** The reader asked for the sidebar on a page the gate let go: open it at once. */
  open: boolean;
}

/** What the gate script leaves: the reader's wish so far, and how to stop its own answering. */
export interface Handover extends Boot {
  release?: () => void;
}

const KEY = '__crosscheckBoot';

/**
 * Leaves the boot options for the full content script (called by the gate script just before loading it).
 * The gate keeps answering the popup meanwhile, writing a toggle into `boot`; `release` stops that answering.
 */
export function setBoot(boot: Handover): void {
  (globalThis as Record<string, unknown>)[KEY] = boot;
}

/**
 * Takes over from the gate script, once: it stops answering, and its boot options come back (a plain start
 * when there are none). Call it just before registering the full script's own listeners, in the same
 * task, so no message falls between the two.
 */
export function takeBoot(): Boot {
  const g = globalThis as Record<string, unknown>;
  const boot = g[KEY] as Handover | undefined;
  delete g[KEY];
  boot?.release?.();
  return { open: boot?.open === true };
}
