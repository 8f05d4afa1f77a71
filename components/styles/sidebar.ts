/** CSS for the sidebar and its report form, for the lead to put in the sidebar's shadow root. */
import { partsCss, resetCss, themeCss } from './base';

const S = '.cc-sidebar';

/** The panel: fixed to the right edge, 380px wide, full height, its own scroll. */
const panelCss = `
:host { all: initial; }
${S} {
  position: fixed; top: 0; right: 0; bottom: 0; width: 380px; max-width: 100vw; height: 100vh; height: 100dvh;
  z-index: 2147483647; display: flex; flex-direction: column; box-shadow: var(--cc-shadow);
  border-left: 1px solid var(--cc-border); overflow: hidden;
}
${S} .cc-panel { display: flex; flex-direction: column; min-height: 0; flex: 1 1 auto; }
${S} .cc-header { padding: 12px 14px 10px; border-bottom: 1px solid var(--cc-border); background: var(--cc-bg); }
${S} .cc-header .cc-meta { margin-top: 2px; font-size: 13px; }
${S} .cc-self { color: var(--cc-fg); font-weight: 600; }
${S} .cc-body { flex: 1 1 auto; overflow-y: auto; overscroll-behavior: contain; padding: 12px 14px 24px; scroll-behavior: smooth; }
${S} .cc-results { display: flex; flex-direction: column; gap: 18px; }
${S} .cc-section-title { font-size: 14px; font-weight: 700; margin-bottom: 8px; }
${S} .cc-focus { padding: 10px; border-radius: 8px; background: var(--cc-focused-bg); }
${S} .cc-focus .cc-empty { background: var(--cc-bg); }
${S} .cc-filter-input {
  width: 100%; font: inherit; font-size: 13px; color: var(--cc-fg); background: var(--cc-bg);
  border: 1px solid var(--cc-border); border-radius: 6px; padding: 6px 8px; min-height: 32px;
}
${S} .cc-passage { font-size: 13px; line-height: 1.5; overflow-wrap: anywhere; }
${S} blockquote.cc-passage { padding-left: 8px; border-left: 3px solid var(--cc-border); }
${S} .cc-side + .cc-side { margin-top: 8px; }
${S} .cc-side-page blockquote.cc-passage { border-left-color: var(--cc-accent); }
${S} .cc-side-label { font-size: 11px; font-weight: 700; color: var(--cc-fg-soft); margin-bottom: 2px; }
${S} .cc-summary { font-size: 12px; color: var(--cc-fg-soft); overflow-wrap: anywhere; }
${S} [hidden] { display: none !important; }
${S} .cc-clip-start::before { content: "… "; color: var(--cc-fg-soft); }
${S} .cc-clip-end::after { content: " …"; color: var(--cc-fg-soft); }
${S} .cc-nav { display: flex; flex-wrap: wrap; gap: 4px; margin: -6px 0 -10px -6px; }
${S} .cc-section-title:focus { outline: none; }
${S} mark.cc-diff { background: var(--cc-mark-bg); color: var(--cc-mark-fg); border-radius: 2px; padding: 0 1px; }
${S} .cc-selectable { cursor: pointer; }
${S} .cc-selectable:hover { border-color: var(--cc-fg-soft); }
${S} .cc-focused { background: var(--cc-focused-bg); border-color: var(--cc-accent); }
${S} .cc-hidden { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 6px 10px;
  font-size: 12px; color: var(--cc-fg-soft); border-style: dashed; }
${S} .cc-match-outlet { font-weight: 600; font-size: 13px; }
${S} .cc-score { font-size: 12px; color: var(--cc-fg-soft); }
${S} .cc-state { display: flex; flex-direction: column; gap: 8px; padding: 16px 0; font-size: 14px; }
${S} .cc-loading { flex-direction: row; align-items: center; gap: 10px; }
${S} .cc-error p:first-child { color: var(--cc-danger); font-weight: 600; }
${S} .cc-spinner { width: 16px; height: 16px; border-radius: 50%; border: 2px solid var(--cc-border);
  border-top-color: var(--cc-accent); animation: cc-spin 800ms linear infinite; flex: none; }
@keyframes cc-spin { to { transform: rotate(360deg); } }
`;

/** The report dialog, laid over the panel. */
const dialogCss = `
${S} .cc-dialog { position: absolute; inset: 0; background: var(--cc-bg); overflow-y: auto; overscroll-behavior: contain;
  padding: 12px 14px; z-index: 1; border-left: 1px solid var(--cc-border); }
${S} .cc-fieldset legend { font-weight: 600; font-size: 13px; margin-bottom: 6px; padding: 0; }
${S} .cc-radio { display: flex; gap: 8px; align-items: flex-start; padding: 4px 0; cursor: pointer; }
${S} .cc-radio input { margin: 3px 0 0; width: 16px; height: 16px; flex: none; accent-color: var(--cc-accent); }
${S} .cc-radio-label { display: block; font-size: 13px; font-weight: 600; }
${S} .cc-radio-hint { display: block; font-size: 12px; color: var(--cc-fg-soft); }
${S} .cc-label { display: block; font-weight: 600; font-size: 13px; margin: 10px 0 4px; }
${S} .cc-textarea { width: 100%; font: inherit; font-size: 13px; color: var(--cc-fg); background: var(--cc-bg);
  border: 1px solid var(--cc-border); border-radius: 6px; padding: 6px 8px; resize: vertical; min-height: 60px; }
${S} .cc-preview-title { font-size: 13px; font-weight: 700; margin: 12px 0 6px; }
${S} .cc-preview { font-size: 12px; background: var(--cc-bg-soft); border: 1px solid var(--cc-border); border-radius: 6px; padding: 8px; margin-bottom: 8px; }
${S} .cc-preview-fields { display: grid; grid-template-columns: minmax(0, 110px) minmax(0, 1fr); gap: 4px 8px; }
${S} .cc-preview-fields dt { font-weight: 600; color: var(--cc-fg-soft); }
${S} .cc-preview-fields dd { overflow-wrap: anywhere; }
${S} .cc-preview-json summary { cursor: pointer; margin-top: 6px; color: var(--cc-accent); }
${S} .cc-preview-json pre { font: 11px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap;
  overflow-wrap: anywhere; max-height: 200px; overflow: auto; margin: 6px 0 0; }
`;

/** Everything the sidebar's shadow root needs, report form included. */
export const SIDEBAR_CSS: string = [themeCss(S), resetCss(S), partsCss(S), panelCss, dialogCss].join('\n');

/** Alias of {@link SIDEBAR_CSS}. */
export const sidebarCss = SIDEBAR_CSS;
