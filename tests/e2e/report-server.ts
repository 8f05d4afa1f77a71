/**
 * A report server on 127.0.0.1 for the sending tests: answers from a script of statuses (e.g. 503, then
 * 200 for ever) and records every request, so a test can check that nothing was lost and nothing accepted twice.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the server saw. */
export interface SeenRequest {
  id: string;
  status: number;
  idempotencyKey: string | undefined;
  body: Record<string, unknown>;
}

/** A running report server. */
export interface ReportServer {
  /** The report address, e.g. http://127.0.0.1:41234/reports */
  endpoint: string;
  requests: SeenRequest[];
  /** Ids answered with a 2xx, in order. */
  accepted(): string[];
  close(): Promise<void>;
}

/** Starts the server; `script` gives the statuses of the first requests, `fallback` all later ones. */
export async function startReportServer(script: number[], fallback = 200): Promise<ReportServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        // Recorded with an empty body: a test that expects ids will then fail and show it.
      }
      const status = req.method === 'POST' ? script.shift() ?? fallback : 405;
      requests.push({ id: String(body.id ?? ''), status, idempotencyKey: req.headers['idempotency-key'] as string, body });
      res.writeHead(status, { 'content-type': 'text/plain', ...(status === 503 ? { 'retry-after': '1' } : {}) });
      res.end(status < 300 ? 'accepted' : 'try later');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/reports`,
    requests,
    accepted: () => requests.filter((r) => r.status >= 200 && r.status < 300).map((r) => r.id),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
