/**
 * Firefox applies the page's CSP to <style> elements a content script inserts, so on a strict-CSP page the
 * shadow root's <style> may be ignored. A constructed stylesheet is not subject to style-src, so the same
 * CSS is also adopted that way where the browser allows it.
 */

const adopted = new WeakSet<ShadowRoot>();

/** Adds `css` to the shadow root as a constructed stylesheet, once; a no-op where that is unsupported. */
export function adoptStyles(shadow: ShadowRoot, css: string): void {
  if (adopted.has(shadow)) return;
  adopted.add(shadow);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    // Older engines or Xray wrappers refuse; the <style> element already carries the same rules.
  }
}
