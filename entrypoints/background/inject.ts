/** Injects the full content script (entrypoints/content, registered at runtime) into one frame of a tab. */
import { browser } from 'wxt/browser';

/** Where WXT writes the runtime-registered content script named "content". */
const FULL_SCRIPT = '/content-scripts/content.js';

/** Runs the full Crosscheck in the frame; rejects when the browser refuses (no access to the page). */
export async function injectCrosscheck(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [FULL_SCRIPT] });
}
