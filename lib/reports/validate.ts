/**
 * Checks a report that arrives over messaging before the writer stores it. Messages come from content
 * scripts running in arbitrary pages, so nothing is trusted: shapes are checked, texts are clipped.
 */
import { REPORT_REASON_VALUES, type ReportPassage, type ReportPayload } from './model';

/** Longest passage or comment kept; keeps one report small and 1,000 well inside storage quotas. */
export const MAX_TEXT = 4000;
const MAX_SHORT = 500;

/** Thrown when a filed report is malformed; the message says which field. */
export class InvalidReportError extends Error {}

const ITEM_TYPES = ['addition', 'divergence', 'match'] as const;

function fail(field: string): never {
  throw new InvalidReportError(`invalid report: ${field}`);
}

function str(v: unknown, field: string, max: number): string {
  if (typeof v !== 'string') fail(field);
  return v.length > max ? v.slice(0, max) : v;
}

function strOrNull(v: unknown, field: string, max: number): string | null {
  return v === null || v === undefined ? null : str(v, field, max);
}

function passage(v: unknown, field: string): ReportPassage {
  if (typeof v !== 'object' || v === null) fail(field);
  const p = v as Record<string, unknown>;
  const paragraph = p.paragraph;
  if (typeof paragraph !== 'number' || !Number.isInteger(paragraph) || paragraph < 0) fail(`${field}.paragraph`);
  return {
    source: str(p.source, `${field}.source`, MAX_SHORT),
    outlet: strOrNull(p.outlet, `${field}.outlet`, MAX_SHORT),
    paragraph,
    text: str(p.text, `${field}.text`, MAX_TEXT),
  };
}

/** Returns a clean copy of `raw` as a report payload, or throws InvalidReportError. */
export function validatePayload(raw: unknown): ReportPayload {
  if (typeof raw !== 'object' || raw === null) fail('not an object');
  const r = raw as Record<string, unknown>;
  const id = str(r.id, 'id', 100);
  if (!/^[\w-]{8,100}$/.test(id)) fail('id');
  const pageUrl = str(r.pageUrl, 'pageUrl', 2048);
  if (!/^https?:\/\//i.test(pageUrl)) fail('pageUrl');
  const itemType = r.itemType as ReportPayload['itemType'];
  if (!ITEM_TYPES.includes(itemType)) fail('itemType');
  const reason = r.reason as ReportPayload['reason'];
  if (!REPORT_REASON_VALUES.includes(reason)) fail('reason');
  const createdAt = str(r.createdAt, 'createdAt', 64);
  if (Number.isNaN(Date.parse(createdAt))) fail('createdAt');
  const scores: Record<string, number> = {};
  if (typeof r.scores !== 'object' || r.scores === null) fail('scores');
  for (const [k, v] of Object.entries(r.scores as Record<string, unknown>).slice(0, 10)) {
    if (typeof v === 'number' && Number.isFinite(v)) scores[k.slice(0, 50)] = v;
  }
  if (!Array.isArray(r.outlets)) fail('outlets');
  return {
    id,
    pageUrl,
    itemType,
    itemKey: str(r.itemKey, 'itemKey', MAX_SHORT),
    kind: strOrNull(r.kind, 'kind', 50) as ReportPayload['kind'],
    summary: strOrNull(r.summary, 'summary', MAX_SHORT),
    page: r.page === null || r.page === undefined ? null : passage(r.page, 'page'),
    other: passage(r.other, 'other'),
    outlets: r.outlets.slice(0, 50).map((o, i) => str(o, `outlets[${i}]`, MAX_SHORT)),
    scores,
    extensionVersion: str(r.extensionVersion, 'extensionVersion', 50),
    createdAt,
    reason,
    comment: str(r.comment ?? '', 'comment', MAX_TEXT),
  };
}

/** The page a hidden item belongs to: the URL without its fragment or tracking parameters. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|mc_)/i.test(name)) u.searchParams.delete(name);
    }
    return u.toString();
  } catch {
    return url;
  }
}

/** Whether `endpoint` may receive reports: https anywhere, or http on this machine's loopback (never leaves it). */
export function checkEndpoint(endpoint: string): { ok: true; url: URL } | { ok: false; why: string } {
  let url: URL;
  try {
    url = new URL(endpoint.trim());
  } catch {
    return { ok: false, why: 'That is not a web address.' };
  }
  if (url.username || url.password) return { ok: false, why: 'The address must not contain a user name or password.' };
  if (url.protocol === 'https:') return { ok: true, url };
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol === 'http:' && loopback) return { ok: true, url };
  return { ok: false, why: 'The address must start with https://.' };
}

/** Firefox's data collection categories a report carries: page URL (browsing activity) and passages (website content). */
export const REPORT_DATA_COLLECTION = ['browsingActivity', 'websiteContent'] as const;

/**
 * The permissions sending to `endpoint` needs: its host (match patterns carry no port) and, in Firefox,
 * consent to the data collection declared optional in the manifest.
 */
export function sendingPermissions(endpoint: string, firefox: boolean): { origins: string[]; data_collection?: string[] } {
  const u = new URL(endpoint);
  const origins = [`${u.protocol}//${u.hostname}/*`];
  return firefox ? { origins, data_collection: [...REPORT_DATA_COLLECTION] } : { origins };
}

/** Whether granted match patterns (e.g. `http://*\/*` from the content scripts) already cover `wanted` (`scheme://host/*`). */
export function patternsCover(granted: readonly string[], wanted: string): boolean {
  const w = /^(\w+):\/\/([^/]+)\/\*$/.exec(wanted);
  if (!w) return false;
  const [, scheme, host] = w as unknown as [string, string, string];
  return granted.some((g) => {
    if (g === '<all_urls>') return true;
    const m = /^(\*|\w+):\/\/([^/]+)\/(.*)$/.exec(g);
    if (!m || m[3] !== '*') return false;
    const schemeOk = m[1] === scheme || (m[1] === '*' && (scheme === 'http' || scheme === 'https'));
    const h = m[2]!;
    const hostOk = h === '*' || h === host || (h.startsWith('*.') && (host === h.slice(2) || host.endsWith(h.slice(1))));
    return schemeOk && hostOk;
  });
}
