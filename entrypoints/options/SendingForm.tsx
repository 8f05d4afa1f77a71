/**
 * The report address setting. Sending is off until the reader sets an address and turns it on; the host
 * permission (and in Firefox the data collection consent) is asked for in the click itself, because
 * browsers grant permission requests only during a user gesture.
 */
import { useEffect, useState } from 'preact/hooks';
import type { QueueMeta, SendingSettings } from '../../lib/reports/model';
import { checkEndpoint } from '../../lib/reports/validate';

/** Props of {@link SendingForm}. */
export interface SendingFormProps {
  sending: SendingSettings;
  queue: QueueMeta;
  counts: { pending: number; failed: number; sent: number; stored: number };
  /** Must call the permission request synchronously; resolves to an error message or null. */
  onEnable: (endpoint: string) => Promise<string | null>;
  onDisable: () => Promise<void>;
  onSendNow: () => Promise<void>;
  onRetryFailed: () => Promise<void>;
}

/** The address field, the on/off control and the queue's state. */
export function SendingForm({ sending, queue, counts, onEnable, onDisable, onSendNow, onRetryFailed }: SendingFormProps) {
  const [address, setAddress] = useState(sending.endpoint ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setAddress(sending.endpoint ?? ''), [sending.endpoint]);

  const run = async (fn: () => Promise<string | null | void>) => {
    setBusy(true);
    try {
      setError((await fn()) ?? null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="cc-sending" data-testid="cc-sending" aria-labelledby="cc-sending-title">
      <h2 class="cc-title" id="cc-sending-title">
        Sending reports
      </h2>
      <p class="cc-meta">
        Reports stay in this browser unless you set an address here and turn sending on. Each report holds the
        page address, the passages it is about, your reason and comment, the extension version and the time.
      </p>
      <form
        class="cc-sending-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const checked = checkEndpoint(address);
          if (!checked.ok) {
            setError(checked.why);
            return;
          }
          // No await before onEnable: its permission request must run inside this click.
          void run(() => onEnable(checked.url.toString()));
        }}
      >
        <label class="cc-label" for="cc-endpoint">
          Report address (https)
        </label>
        <input
          id="cc-endpoint"
          class="cc-input"
          data-testid="cc-endpoint"
          type="url"
          inputMode="url"
          placeholder="https://reports.example.org/crosscheck"
          value={address}
          onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)}
        />
        <div class="cc-form-actions">
          <button type="submit" class="cc-button cc-button-primary" data-testid="cc-send-enable" disabled={busy}>
            {sending.enabled ? 'Save address' : 'Allow and send reports'}
          </button>
          {sending.enabled && (
            <button type="button" class="cc-button" data-testid="cc-send-disable" disabled={busy} onClick={() => void run(onDisable)}>
              Stop sending
            </button>
          )}
        </div>
      </form>
      {error && (
        <p class="cc-field-error" role="alert" data-testid="cc-sending-error">
          {error}
        </p>
      )}
      <p class="cc-meta" data-testid="cc-sending-status" data-enabled={String(sending.enabled)} aria-live="polite">
        {sending.enabled && sending.endpoint ? `Sending to ${sending.endpoint}. ` : 'Sending is off. '}
        {`${counts.pending} waiting, ${counts.sent} sent, ${counts.failed} failed, ${counts.stored} kept only here.`}
        {queue.blocked && ` ${queue.blocked}`}
        {!queue.blocked && queue.nextRoundAt !== null && counts.pending > 0 &&
          ` The server refused the last attempt; next try ${new Date(queue.nextRoundAt).toLocaleTimeString()}.`}
      </p>
      {sending.enabled && (
        <div class="cc-form-actions">
          <button type="button" class="cc-button" data-testid="cc-send-now" disabled={busy || counts.pending === 0} onClick={() => void run(onSendNow)}>
            Send now
          </button>
          <button type="button" class="cc-button" data-testid="cc-retry-failed" disabled={busy || counts.failed === 0} onClick={() => void run(onRetryFailed)}>
            Retry failed
          </button>
        </div>
      )}
    </section>
  );
}
