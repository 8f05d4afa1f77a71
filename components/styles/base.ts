/**
 * Shared CSS for every Crosscheck surface: colour tokens (light and dark), a reset against what host
 * pages leak in through inheritance, buttons, focus rings, lists, chips and badges. Sizes are px only:
 * host pages change the root font size, so rem would resize the sidebar with them.
 */

/** Colour tokens for `selector`, with a dark set under prefers-color-scheme. */
export function themeCss(selector: string): string {
  return `
${selector} {
  --cc-bg: #ffffff; --cc-bg-soft: #f4f5f7; --cc-fg: #1c1e21; --cc-fg-soft: #555b65; --cc-border: #d5d9df;
  --cc-accent: #1f5fbf; --cc-accent-fg: #ffffff; --cc-focus: #1f5fbf; --cc-mark-bg: #ffe27a; --cc-mark-fg: #1c1e21;
  --cc-focused-bg: #eaf1fc; --cc-danger: #b3261e; --cc-ok: #1b7a3a; --cc-warn: #8a5a00;
  --cc-shadow: 0 0 0 1px rgba(0,0,0,0.08), -4px 0 16px rgba(0,0,0,0.12);
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  ${selector} {
    --cc-bg: #1d1f23; --cc-bg-soft: #272a30; --cc-fg: #e8eaed; --cc-fg-soft: #a9afb8; --cc-border: #3a3f47;
    --cc-accent: #8ab4f8; --cc-accent-fg: #0b1a33; --cc-focus: #8ab4f8; --cc-mark-bg: #6b5200; --cc-mark-fg: #fff4cc;
    --cc-focused-bg: #22324a; --cc-danger: #f2b8b5; --cc-ok: #7fd89b; --cc-warn: #f0c36d;
    --cc-shadow: 0 0 0 1px rgba(255,255,255,0.08), -4px 0 16px rgba(0,0,0,0.5);
  }
}`;
}

/** Typography reset for a root element, so inherited page styles (font size, line height, alignment) do not apply. */
export function resetCss(selector: string): string {
  return `
${selector} {
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--cc-fg); background: var(--cc-bg); text-align: left; letter-spacing: normal; word-spacing: normal;
  text-transform: none; text-indent: 0; text-shadow: none; white-space: normal; direction: ltr; box-sizing: border-box;
}
${selector} *, ${selector} *::before, ${selector} *::after { box-sizing: inherit; }
${selector} h1, ${selector} h2, ${selector} h3, ${selector} h4, ${selector} p, ${selector} ul, ${selector} dl,
${selector} dd, ${selector} figure, ${selector} blockquote, ${selector} fieldset { margin: 0; padding: 0; border: 0; }
${selector} ul { list-style: none; }`;
}

/** Controls and small parts shared by the sidebar and the popup, scoped under `s`. */
export function partsCss(s: string): string {
  return `
${s} .cc-title { font-size: 16px; font-weight: 700; line-height: 1.3; }
${s} .cc-title-row { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
${s} .cc-meta { font-size: 12px; color: var(--cc-fg-soft); }
${s} .cc-break { overflow-wrap: anywhere; }
${s} .cc-count { font-weight: 400; color: var(--cc-fg-soft); font-size: 12px; }
${s} .cc-button {
  font: inherit; font-size: 13px; line-height: 1.2; color: var(--cc-fg); background: var(--cc-bg-soft);
  border: 1px solid var(--cc-border); border-radius: 6px; padding: 6px 10px; min-height: 30px; cursor: pointer;
  transition: background-color 120ms ease;
}
${s} .cc-button:hover:not(:disabled) { border-color: var(--cc-fg-soft); }
${s} .cc-button:disabled { opacity: 0.55; cursor: default; }
${s} .cc-button-primary { background: var(--cc-accent); color: var(--cc-accent-fg); border-color: var(--cc-accent); font-weight: 600; }
${s} .cc-button-quiet { background: transparent; border-color: transparent; color: var(--cc-accent); padding: 4px 6px; min-height: 26px; }
${s} .cc-button-quiet:hover:not(:disabled) { border-color: var(--cc-border); }
${s} .cc-button-danger { background: var(--cc-danger); color: var(--cc-bg); border-color: var(--cc-danger); font-weight: 600; }
${s} .cc-icon-button { width: 32px; height: 32px; padding: 0; font-size: 20px; line-height: 1; }
${s} :focus { outline: none; }
${s} :focus-visible { outline: 2px solid var(--cc-focus); outline-offset: 2px; }
${s} .cc-list { display: flex; flex-direction: column; gap: 8px; }
${s} .cc-item { border: 1px solid var(--cc-border); border-radius: 8px; padding: 10px; background: var(--cc-bg); }
${s} .cc-item-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-bottom: 6px; }
${s} .cc-item-foot { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 6px; margin-top: 8px; }
${s} .cc-item-foot > .cc-button:last-child { margin-left: auto; }
${s} .cc-chips { display: flex; flex-wrap: wrap; gap: 4px; }
${s} .cc-chip { font-size: 11px; padding: 2px 8px; border-radius: 999px; background: var(--cc-bg-soft); border: 1px solid var(--cc-border); }
${s} .cc-badge {
  display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.3px;
  padding: 2px 6px; border-radius: 4px; background: var(--cc-bg-soft); border: 1px solid var(--cc-border);
}
${s} .cc-badge[data-state="sent"] { color: var(--cc-ok); }
${s} .cc-badge[data-state="pending"] { color: var(--cc-warn); }
${s} .cc-badge[data-state="failed"] { color: var(--cc-danger); }
${s} .cc-empty { font-size: 13px; color: var(--cc-fg-soft); padding: 10px; border: 1px dashed var(--cc-border); border-radius: 8px; }
${s} .cc-field-error { color: var(--cc-danger); font-size: 12px; margin-top: 6px; }
${s} .cc-form-actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin: 10px 0; }
${s} .cc-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (forced-colors: active) {
  ${s} mark.cc-diff { background: Mark; color: MarkText; forced-color-adjust: none; outline: 1px solid CanvasText; }
  ${s} .cc-item, ${s} .cc-button, ${s} .cc-chip, ${s} .cc-badge { border-color: CanvasText; }
  ${s} .cc-focused { outline: 2px solid Highlight; }
}
@media (prefers-reduced-motion: reduce) {
  ${s} *, ${s} *::before, ${s} *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}`;
}
