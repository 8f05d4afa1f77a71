/**
 * The "Report a problem" dialog: a reason, an optional comment, and a preview of exactly what will be
 * saved or sent. Focus stays inside while it is open and returns where it was on close; Esc cancels;
 * key events stop at the form so page hotkeys never see what the reader types.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { activeElementOf, focusables, trapTab } from './focus-trap';
import { REPORT_REASONS, type ReportContent, type ReportDraft, type ReportReason } from './draft';
import { ReportPreview } from './ReportPreview';

/** Props of {@link ReportForm}. */
export interface ReportFormProps {
  /** The report as built from the item (see buildReportDraft): shown verbatim in the preview. */
  report: ReportDraft;
  initialReason?: ReportReason | null;
  /** "Save report" when reports stay local, "Send report" when the reader set an address. */
  submitLabel?: string;
  /** Where the report goes, said under the buttons; null means it stays in this browser. */
  destination?: string | null;
  /** True while the host stores the report: the buttons are disabled to avoid a double submit. */
  busy?: boolean;
  /** A failure from the host, shown as an alert. */
  error?: string | null;
  onSubmit: (content: ReportContent) => void;
  onCancel: () => void;
}

/** The report dialog. */
export function ReportForm(props: ReportFormProps) {
  const { report, submitLabel = 'Save report', destination = null, busy = false, error, onSubmit, onCancel } = props;
  const [reason, setReason] = useState<ReportReason | null>(props.initialReason ?? null);
  const [comment, setComment] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const name = useId();
  const commentId = useId();
  const reasonErrorId = useId();

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const active = activeElementOf(root) as HTMLElement | null;
    // Opened by a mouse click or programmatically, nothing useful had focus: fall back to the panel.
    const previous = active && active !== root.ownerDocument.body ? active : root.parentElement?.closest<HTMLElement>('[tabindex]');
    focusables(root)[0]?.focus();
    return () => {
      if (previous?.isConnected) previous.focus({ preventScroll: true });
    };
  }, []);

  const submit = () => {
    if (busy) return;
    if (!reason) {
      setMissingReason(true);
      rootRef.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    onSubmit({ ...report, reason, comment: comment.trim() });
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.type === 'keydown') {
      if (e.key === 'Escape') {
        e.preventDefault();
        onCancel();
      } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        submit();
      } else if (rootRef.current) {
        trapTab(rootRef.current, e);
      }
    }
    e.stopPropagation();
  };

  return (
    <div
      ref={rootRef}
      class="cc-dialog"
      data-testid="cc-report-form"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onKeyDown={onKey}
      onKeyUp={onKey}
      onKeyPress={onKey}
    >
      <form
        class="cc-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h3 class="cc-section-title" id={titleId}>
          Report a problem
        </h3>
        <fieldset class="cc-fieldset" aria-describedby={missingReason && !reason ? reasonErrorId : undefined}>
          <legend>What is wrong?</legend>
          {REPORT_REASONS.map((r) => (
            <label key={r.value} class="cc-radio">
              <input
                type="radio"
                name={name}
                value={r.value}
                data-testid={`cc-reason-${r.value}`}
                checked={reason === r.value}
                onChange={() => setReason(r.value)}
              />
              <span>
                <span class="cc-radio-label">{r.label}</span>
                <span class="cc-radio-hint">{r.hint}</span>
              </span>
            </label>
          ))}
          {missingReason && !reason && (
            <p class="cc-field-error" id={reasonErrorId} role="alert">
              Choose what is wrong first.
            </p>
          )}
        </fieldset>
        <label class="cc-label" for={commentId}>
          Comment (optional)
        </label>
        <textarea
          id={commentId}
          class="cc-textarea"
          data-testid="cc-report-comment"
          rows={3}
          maxLength={2000}
          value={comment}
          onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <h4 class="cc-preview-title">What the report contains</h4>
        <ReportPreview content={{ ...report, reason, comment: comment.trim() }} />
        {error && (
          <p class="cc-field-error" role="alert">
            {error}
          </p>
        )}
        <p class="cc-meta">
          {destination ? `Sent to ${destination}.` : 'Saved in this browser only; nothing leaves it unless you set a report address.'}
        </p>
        <div class="cc-form-actions">
          <button type="button" class="cc-button" data-testid="cc-report-cancel" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" class="cc-button cc-button-primary" data-testid="cc-report-submit" disabled={busy}>
            {busy ? 'Saving…' : submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
