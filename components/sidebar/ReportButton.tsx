/** The per-item "Report" control; the lead opens the report form for the item. */

/** Props of {@link ReportButton}. */
export interface ReportButtonProps {
  /** What is reported, for screen readers, e.g. "this divergence". */
  what: string;
  onReport: () => void;
}

/** A small button that reports the item it sits in. */
export function ReportButton({ what, onReport }: ReportButtonProps) {
  return (
    <button
      type="button"
      class="cc-button cc-button-quiet cc-report"
      data-testid="cc-report"
      aria-label={`Report a problem with ${what}`}
      title="Report a problem with this item"
      onClick={(e) => {
        e.stopPropagation();
        onReport();
      }}
    >
      Report
    </button>
  );
}
