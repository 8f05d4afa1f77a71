/**
 * Sending queued reports: oldest first, one at a time, a report leaving the queue only when the server
 * accepts it (2xx). A refusal that may pass (network error, timeout, 408/425/429, 5xx) stops the round and
 * backs off exponentially with jitter; one that will not (other 4xx) marks that report failed with the
 * reason and the round goes on. Every outcome is saved before the next send, so a service worker that
 * sleeps mid-round resumes where it was; the report id travels as `Idempotency-Key` so a server can drop
 * the one resend that sleeping exactly between its reply and our save could cause.
 */
import type { ReportPayload, ReportsState } from './model';
import type { ReportWriter } from './store';

/** Exponential backoff: base·2^(failures-1), capped, ± jitter so many browsers do not retry in step. */
export interface BackoffConfig {
  baseMs: number;
  maxMs: number;
  /** 0..1: the delay is scaled by a random factor in [1 - jitter, 1 + jitter]. */
  jitter: number;
}

/** Backoff for real use: 5 s, 10 s, 20 s … up to an hour. */
export const DEFAULT_BACKOFF: BackoffConfig = { baseMs: 5_000, maxMs: 60 * 60_000, jitter: 0.2 };

/** The delay before the next round after `failures` consecutive retryable refusals (failures ≥ 1). */
export function backoffMs(failures: number, cfg: BackoffConfig = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const raw = Math.min(cfg.maxMs, cfg.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(raw * (1 - cfg.jitter + 2 * cfg.jitter * random()));
}

/** What one send attempt came to. */
export type SendOutcome =
  | { type: 'accepted' }
  | { type: 'retry'; why: string; retryAfterMs: number | null }
  | { type: 'refused'; why: string };

/** Classifies an HTTP answer. */
export function classifyResponse(status: number, statusText: string, retryAfter: string | null): SendOutcome {
  const why = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  if (status >= 200 && status < 300) return { type: 'accepted' };
  if (status >= 500 || status === 408 || status === 425 || status === 429) {
    const secs = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : null;
    return { type: 'retry', why, retryAfterMs: secs === null ? null : secs * 1000 };
  }
  return { type: 'refused', why };
}

/** Saves an attempt's outcome: on the report (if it still exists and is queued) and on the queue. */
export function applyOutcome(
  state: ReportsState,
  id: string,
  endpoint: string,
  outcome: SendOutcome,
  now: number,
  cfg: BackoffConfig = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): ReportsState['queue'] {
  const report = state.reports.find((r) => r.payload.id === id);
  const d = report?.delivery;
  if (d && d.state === 'pending') {
    d.attempts++;
    d.lastAttemptAt = now;
    if (outcome.type === 'accepted') Object.assign(d, { state: 'sent', sentAt: now, sentTo: endpoint, lastError: null });
    else if (outcome.type === 'refused') Object.assign(d, { state: 'failed', lastError: outcome.why });
    else d.lastError = outcome.why;
  }
  if (outcome.type === 'retry') {
    const failures = state.queue.failures + 1;
    const wait = Math.min(cfg.maxMs, Math.max(backoffMs(failures, cfg, random), outcome.retryAfterMs ?? 0));
    state.queue = { failures, nextRoundAt: now + wait, blocked: null };
  } else {
    state.queue = { failures: 0, nextRoundAt: null, blocked: null };
  }
  return state.queue;
}

/** What the sender needs from its surroundings; tests pass a fake fetch and clock. */
export interface SendDeps {
  writer: ReportWriter;
  fetch: typeof fetch;
  now: () => number;
  /** Whether the extension may reach the endpoint's host (asked for when the reader set the address). */
  hasPermission: (endpoint: string) => Promise<boolean>;
  backoff?: BackoffConfig;
  random?: () => number;
  timeoutMs?: number;
}

/** How a round ended. */
export type RoundResult =
  | { status: 'idle'; sent: number }
  | { status: 'waiting'; sent: number; until: number }
  | { status: 'blocked'; sent: number; why: string };

/** POSTs one report; never throws. */
export async function postReport(deps: SendDeps, endpoint: string, payload: ReportPayload): Promise<SendOutcome> {
  const timeoutMs = deps.timeoutMs ?? 15_000;
  try {
    const res = await deps.fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': payload.id },
      body: JSON.stringify(payload),
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return classifyResponse(res.status, res.statusText, res.headers.get('retry-after'));
  } catch (err) {
    const name = (err as { name?: string })?.name;
    const why = name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : `network error: ${(err as Error)?.message ?? String(err)}`;
    return { type: 'retry', why, retryAfterMs: null };
  }
}

/** Sends queued reports until the queue is empty, a retryable refusal stops it, or it is not due yet. */
export async function runSendRound(deps: SendDeps, force = false): Promise<RoundResult> {
  let sent = 0;
  for (;;) {
    const state = await deps.writer.read();
    const { endpoint, enabled } = state.sending;
    if (!enabled || !endpoint) return { status: 'idle', sent };
    const next = state.reports.find((r) => r.delivery.state === 'pending');
    if (!next) {
      if (state.queue.failures || state.queue.nextRoundAt !== null || state.queue.blocked) {
        await deps.writer.update((s) => void (s.queue = { failures: 0, nextRoundAt: null, blocked: null }));
      }
      return { status: 'idle', sent };
    }
    const due = state.queue.nextRoundAt;
    if (!force && due !== null && due > deps.now()) return { status: 'waiting', sent, until: due };
    force = false;
    if (!(await deps.hasPermission(endpoint))) {
      const why = `Crosscheck has no permission to reach ${new URL(endpoint).origin}; set the address again to grant it.`;
      await deps.writer.update((s) => void (s.queue = { ...s.queue, blocked: why }));
      return { status: 'blocked', sent, why };
    }
    const outcome = await postReport(deps, endpoint, next.payload);
    const queue = await deps.writer.update((s) =>
      applyOutcome(s, next.payload.id, endpoint, outcome, deps.now(), deps.backoff, deps.random),
    );
    if (outcome.type === 'accepted') sent++;
    if (outcome.type === 'retry') return { status: 'waiting', sent, until: queue.nextRoundAt ?? deps.now() };
  }
}

/**
 * Single-flight around runSendRound: while a round runs, further pumps wait for it and then run one more
 * round, so no report is ever in two sends at once and none queued meanwhile waits for the next alarm.
 */
export function createSendLoop(deps: SendDeps, onRound: (r: RoundResult) => void | Promise<void> = () => undefined) {
  let running: Promise<RoundResult> | null = null;
  let again = false;
  let forceNext = false;
  const loop = async (force: boolean): Promise<RoundResult> => {
    let result = await runSendRound(deps, force);
    await onRound(result);
    while (again) {
      again = false;
      const f = forceNext;
      forceNext = false;
      result = await runSendRound(deps, f);
      await onRound(result);
    }
    return result;
  };
  return {
    /** Runs a round now (force: even if the backoff has not elapsed, e.g. the reader pressed "Send now"). */
    pump(force = false): Promise<RoundResult> {
      if (running) {
        again = true;
        forceNext ||= force;
        return running;
      }
      running = loop(force).finally(() => {
        running = null;
      });
      return running;
    },
  };
}
