/** CSS for the options page: the shared theme and parts, laid out for a full tab. */
import { partsCss, resetCss, themeCss } from '../../components/styles/base';

const R = '.cc-options-root';

/** Everything the options page needs. */
export const OPTIONS_CSS = [
  themeCss(R),
  resetCss(R),
  partsCss(R),
  `
html, body { margin: 0; padding: 0; background: var(--cc-bg, #fff); }
${R} { max-width: 760px; margin: 0 auto; padding: 24px 16px; display: flex; flex-direction: column; gap: 28px; }
${R} .cc-sending, ${R} .cc-reports { display: flex; flex-direction: column; gap: 10px; }
${R} .cc-sending-form { display: flex; flex-direction: column; gap: 8px; }
${R} .cc-label { font-size: 13px; font-weight: 600; }
${R} .cc-input { font: inherit; font-size: 14px; padding: 6px 8px; border: 1px solid var(--cc-border); border-radius: 6px;
  background: var(--cc-bg); color: var(--cc-fg); }
${R} .cc-form-actions { display: flex; flex-wrap: wrap; gap: 8px; }
${R} .cc-report-summary { font-size: 13px; overflow-wrap: anywhere; }
${R} .cc-report-comment { font-size: 12px; font-style: italic; margin-top: 4px; overflow-wrap: anywhere; }
`,
].join('\n');
