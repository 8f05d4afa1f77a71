/** An on/off switch as a button with role="switch", so Space and Enter both toggle it. */

/** Props of {@link Switch}. */
export interface SwitchProps {
  label: string;
  checked: boolean;
  testId: string;
  disabled?: boolean;
  /** Said after the label, e.g. the site name. */
  description?: string;
  onChange: (checked: boolean) => void;
}

/** A labelled toggle switch. */
export function Switch({ label, checked, testId, disabled, description, onChange }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="cc-switch"
      data-testid={testId}
      aria-checked={checked}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="cc-switch-text">
        <span class="cc-switch-label">{label}</span>
        {description && <span class="cc-switch-desc">{description}</span>}
      </span>
      <span class="cc-switch-track" aria-hidden="true">
        <span class="cc-switch-thumb" />
      </span>
    </button>
  );
}
