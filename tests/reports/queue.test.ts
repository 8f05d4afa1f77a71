import { describe, expect, it } from 'vitest';
import type { ReportPayload } from '../../lib/reports/model';
import { backoffMs, classifyResponse, createSendLoop, runSendRound, type SendDeps } from '../../lib/reports/queue';
import { fileReport, retryFailed, setSending } from '../../lib/reports/state';
import { createReportWriter, MemoryReportStore, type ReportWriter } from '../../lib/reports/store';
import { payload } from './payloads';

const ENDPOINT = 'https://reports.example.org/crosscheck';
const T0 = Date.UTC(2026, 10, 25, 20, 0, 0);
const NO_JITTER = { baseMs: 1000, maxMs: 60_000, jitter: 0 };

/** A report server as a fake fetch: answers each request from a script of statuses, records what it accepted. */
function fakeServer(script: number[], fallback = 200) {
  const received: ReportPayload[] = [];
  const accepted: string[] = [];
  const idempotencyKeys: string[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as ReportPayload;
    received.push(body);
    idempotencyKeys.push((init.headers as Record<string, string>)['idempotency-key']!);
    const status = script.shift() ?? fallback;
    if (status >= 200 && status < 300) accepted.push(body.id);
    return new Response(null, { status, statusText: status === 503 ? 'Service Unavailable' : '' });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, received, accepted, idempotencyKeys };
}

async function setup(n: number, script: number[], fallback = 200) {
  const clock = { t: T0 };
  const store = new MemoryReportStore();
  const writer = createReportWriter(store);
  const payloads = Array.from({ length: n }, (_, i) => payload(i));
  await writer.update((s) => {
    setSending(s, { endpoint: ENDPOINT, enabled: true });
    for (const p of payloads) fileReport(s, p, clock.t);
  });
  const server = fakeServer(script, fallback);
  const deps: SendDeps = {
    writer,
    fetch: server.fetch,
    now: () => clock.t,
    hasPermission: async () => true,
    backoff: NO_JITTER,
  };
  return { clock, store, writer, payloads, server, deps };
}

const states = async (w: ReportWriter) => (await w.read()).reports.map((r) => r.delivery.state);

describe('send queue', () => {
  it('503 then accept: the refused report is retried after the backoff, nothing lost, nothing sent twice', async () => {
    const { clock, writer, payloads, server, deps } = await setup(5, [503]);
    const first = await runSendRound(deps);
    expect(first).toEqual({ status: 'waiting', sent: 0, until: T0 + 1000 });
    const afterRefusal = (await writer.read()).reports[0]!.delivery;
    expect(afterRefusal).toMatchObject({ state: 'pending', attempts: 1, lastError: 'HTTP 503 Service Unavailable' });

    // Not due yet: an early wake-up sends nothing.
    clock.t += 500;
    expect(await runSendRound(deps)).toMatchObject({ status: 'waiting', sent: 0 });
    expect(server.received).toHaveLength(1);

    clock.t += 500;
    expect(await runSendRound(deps)).toEqual({ status: 'idle', sent: 5 });
    expect(server.accepted).toEqual(payloads.map((p) => p.id));
    expect(new Set(server.accepted).size).toBe(5);
    expect(await states(writer)).toEqual(Array(5).fill('sent'));
    expect((await writer.read()).reports[0]!.delivery).toMatchObject({ attempts: 2, lastError: null, sentTo: ENDPOINT });

    // Once sent, never again.
    clock.t += 60_000;
    await runSendRound(deps, true);
    expect(server.received).toHaveLength(6);
  });

  it('sends exactly the payload the reader previewed, with its id as Idempotency-Key', async () => {
    const { payloads, server, deps } = await setup(1, []);
    await runSendRound(deps);
    expect(server.received[0]).toEqual(payloads[0]);
    expect(server.idempotencyKeys).toEqual([payloads[0]!.id]);
  });

  it('backs off exponentially while the server keeps refusing, and resets once it accepts', async () => {
    const { clock, writer, deps } = await setup(1, [503, 503, 500, 429]);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await runSendRound(deps, true);
      if (r.status !== 'waiting') throw new Error(`expected waiting, got ${r.status}`);
      waits.push(r.until - clock.t);
      clock.t = r.until;
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(await runSendRound(deps)).toMatchObject({ status: 'idle', sent: 1 });
    expect((await writer.read()).queue).toEqual({ failures: 0, nextRoundAt: null, blocked: null });
  });

  it('honours Retry-After when it asks for longer than the backoff', () => {
    expect(classifyResponse(503, '', '120')).toEqual({ type: 'retry', why: 'HTTP 503', retryAfterMs: 120_000 });
  });

  it('marks a report the server refuses for good (4xx) as failed with the reason, and goes on with the rest', async () => {
    const { writer, server, deps } = await setup(3, [200, 413, 200]);
    expect(await runSendRound(deps)).toEqual({ status: 'idle', sent: 2 });
    const reports = (await writer.read()).reports;
    expect(reports.map((r) => r.delivery.state)).toEqual(['sent', 'failed', 'sent']);
    expect(reports[1]!.delivery.lastError).toBe('HTTP 413');
    expect(server.accepted).toHaveLength(2);
    // The reader may try a failed report again.
    await writer.update((s) => retryFailed(s));
    expect(await runSendRound(deps)).toEqual({ status: 'idle', sent: 1 });
  });

  it('treats a network error as retryable and keeps the report', async () => {
    const { writer, deps } = await setup(1, []);
    deps.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await runSendRound(deps)).toMatchObject({ status: 'waiting' });
    expect((await writer.read()).reports[0]!.delivery).toMatchObject({ state: 'pending', lastError: 'network error: Failed to fetch' });
  });

  it('sends nothing while sending is off or the host permission is missing', async () => {
    const { writer, server, deps } = await setup(2, []);
    await writer.update((s) => setSending(s, { endpoint: ENDPOINT, enabled: false }));
    expect(await runSendRound(deps, true)).toEqual({ status: 'idle', sent: 0 });
    await writer.update((s) => setSending(s, { endpoint: ENDPOINT, enabled: true }));
    deps.hasPermission = async () => false;
    expect(await runSendRound(deps, true)).toMatchObject({ status: 'blocked' });
    expect((await writer.read()).queue.blocked).toMatch(/no permission to reach https:\/\/reports\.example\.org/);
    expect(server.received).toHaveLength(0);
  });

  it('never has one report in two sends at once, however often it is pumped', async () => {
    const { payloads, server, deps } = await setup(20, []);
    const slowFetch = server.fetch;
    deps.fetch = (async (url: string, init: RequestInit) => {
      await new Promise((r) => setTimeout(r, 1));
      return slowFetch(url, init);
    }) as unknown as typeof fetch;
    const loop = createSendLoop(deps);
    await Promise.all(Array.from({ length: 10 }, () => loop.pump(true)));
    await loop.pump();
    expect(server.received.map((p) => p.id)).toEqual(payloads.map((p) => p.id));
  });

  it('delivers everything across a sleep: a new sender on the same store resumes the queue', async () => {
    const { clock, store, payloads, server, deps } = await setup(4, [200, 503]);
    expect(await runSendRound(deps)).toMatchObject({ status: 'waiting', sent: 1 });
    // The service worker sleeps: its memory (writer, loop) is gone, only the store remains.
    const revived: SendDeps = { ...deps, writer: createReportWriter(store) };
    clock.t += 1000;
    expect(await runSendRound(revived)).toEqual({ status: 'idle', sent: 3 });
    expect(server.accepted).toEqual(payloads.map((p) => p.id));
    expect(server.received.map((p) => p.id)).toEqual([payloads[0], payloads[1], ...payloads.slice(1)].map((p) => p!.id));
  });

  it('computes backoff with bounded jitter', () => {
    const cfg = { baseMs: 5000, maxMs: 3_600_000, jitter: 0.2 };
    expect(backoffMs(1, cfg, () => 0)).toBe(4000);
    expect(backoffMs(1, cfg, () => 1)).toBe(6000);
    expect(backoffMs(30, cfg, () => 0.5)).toBe(3_600_000);
  });
});
