/**
 * CSS for the popup page and the reports list (popup or options page), for the lead to put in that document.
 * Scoped to the views' own roots, so no wrapper element is needed.
 */
import { partsCss, resetCss, themeCss } from './base';

const P = ':is(.cc-popup-root, .cc-popup, .cc-reports)';

const pageCss = `
html, body { margin: 0; padding: 0; background: #ffffff; }
@media (prefers-color-scheme: dark) { html, body { background: #1d1f23; color-scheme: dark; } }
.cc-popup { width: 340px; padding: 14px; display: flex; flex-direction: column; gap: 12px; }
.cc-reports { max-width: 720px; padding: 14px; }
${P} .cc-status { font-size: 13px; display: flex; flex-direction: column; gap: 8px; }
${P} .cc-counts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px; }
${P} .cc-counts > div { background: var(--cc-bg-soft); border: 1px solid var(--cc-border); border-radius: 6px; padding: 6px; text-align: center; }
${P} .cc-counts dt { font-size: 11px; color: var(--cc-fg-soft); }
${P} .cc-counts dd { font-size: 18px; font-weight: 700; margin: 0; }
${P} .cc-wide { width: 100%; }
${P} .cc-shortcut { font-weight: 400; opacity: 0.85; }
${P} .cc-switches { display: flex; flex-direction: column; gap: 4px; }
${P} .cc-switch { display: flex; align-items: center; justify-content: space-between; gap: 10px; width: 100%;
  font: inherit; color: var(--cc-fg); background: transparent; border: 0; border-radius: 6px; padding: 6px 2px; cursor: pointer; text-align: left; }
${P} .cc-switch:disabled { opacity: 0.55; cursor: default; }
${P} .cc-switch-text { display: flex; flex-direction: column; }
${P} .cc-switch-label { font-size: 13px; font-weight: 600; }
${P} .cc-switch-desc { font-size: 12px; color: var(--cc-fg-soft); overflow-wrap: anywhere; }
${P} .cc-switch-track { position: relative; flex: none; width: 34px; height: 20px; border-radius: 10px;
  background: var(--cc-fg-soft); transition: background-color 120ms ease; }
${P} .cc-switch-thumb { position: absolute; top: 2px; left: 2px; width: 16px; height: 16px; border-radius: 50%;
  background: #ffffff; box-shadow: 0 1px 2px rgba(0,0,0,0.3); transition: transform 120ms ease; }
${P} .cc-switch[aria-checked="true"] .cc-switch-track { background: var(--cc-accent); }
${P} .cc-switch[aria-checked="true"] .cc-switch-thumb { transform: translateX(14px); }
${P}.cc-reports, ${P} .cc-reports { display: flex; flex-direction: column; gap: 8px; }
.cc-reports .cc-form-actions { justify-content: flex-start; margin: 0; }
${P} .cc-report-summary { font-size: 13px; overflow-wrap: anywhere; }
${P} .cc-report-comment { font-size: 12px; font-style: italic; margin-top: 4px; overflow-wrap: anywhere; }
`;

/** Everything the popup page and the reports page need. */
export const POPUP_CSS: string = [themeCss(P), resetCss(P), partsCss(P), pageCss].join('\n');

/** Alias of {@link POPUP_CSS}. */
export const popupCss = POPUP_CSS;
