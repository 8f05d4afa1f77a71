/** Shows exactly what a report holds, field by field and as the JSON that is saved or sent. */
import type { ReportDraft, ReportPassage, ReportReason } from './draft';
import { REPORT_REASONS } from './draft';
import { kindLabel } from '../sidebar/kinds';

/** Props of {@link ReportPreview}. */
export interface ReportPreviewProps {
  /** The report as it stands; `reason` is null until the reader picks one. */
  content: ReportDraft & { reason: ReportReason | null; comment: string };
}

/** A definition list of the report's fields, then the raw JSON behind a disclosure. */
export function ReportPreview({ content: c }: ReportPreviewProps) {
  const reason = REPORT_REASONS.find((r) => r.value === c.reason)?.label ?? 'not chosen yet';
  return (
    <div class="cc-preview" data-testid="cc-report-preview">
      <dl class="cc-preview-fields">
        <dt>Page</dt>
        <dd class="cc-break">{c.pageUrl}</dd>
        <dt>Item</dt>
        <dd>
          {c.itemType}
          {c.kind && ` · ${kindLabel(c.kind)}`}
          {c.summary && ` · ${c.summary}`}
        </dd>
        {c.page && <PassageField label="This page" passage={c.page} />}
        <PassageField label={c.other.outlet ?? String(c.other.source)} passage={c.other} />
        <dt>Scores</dt>
        <dd>
          {Object.entries(c.scores)
            .map(([k, v]) => `${k} ${Number.isFinite(v) ? v.toFixed(2) : String(v)}`)
            .join(', ') || 'none'}
        </dd>
        <dt>Reason</dt>
        <dd>{reason}</dd>
        <dt>Comment</dt>
        <dd>{c.comment.trim() || 'none'}</dd>
        <dt>Extension</dt>
        <dd>{c.extensionVersion}</dd>
        <dt>Time</dt>
        <dd>
          <time dateTime={c.createdAt}>{c.createdAt}</time>
        </dd>
      </dl>
      <details class="cc-preview-json">
        <summary>As JSON</summary>
        <pre data-testid="cc-report-json">{JSON.stringify(c, null, 2)}</pre>
      </details>
    </div>
  );
}

function PassageField({ label, passage }: { label: string; passage: ReportPassage }) {
  return (
    <>
      <dt>
        {label} (paragraph {passage.paragraph + 1})
      </dt>
      <dd>
        <q class="cc-preview-quote">{passage.text || '(text not available)'}</q>
      </dd>
    </>
  );
}
