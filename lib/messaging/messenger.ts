/**
 * Typed request/reply over `runtime.sendMessage` / `tabs.sendMessage` (through webextension-polyfill).
 * Written here rather than taken from @webext-core/messaging because that package calls `chrome.*`
 * directly, bypassing the polyfill the design routes `browser` through.
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundMessages, ContentMessages, Envelope } from './protocol';

type Req<M, K extends keyof M> = M[K] extends { req: infer Q } ? Q : never;
type Res<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;
type Handlers<M> = {
  [K in keyof M]?: (data: Req<M, K>, sender: Browser.runtime.MessageSender) => Res<M, K> | Promise<Res<M, K>>;
};

function isEnvelope(msg: unknown): msg is Envelope<Record<string, unknown>> {
  return typeof msg === 'object' && msg !== null && (msg as { cc?: unknown }).cc === 1;
}

/** Sends a message to the background and resolves with its reply. */
export async function sendToBackground<K extends keyof BackgroundMessages>(
  type: K,
  data: Req<BackgroundMessages, K>,
): Promise<Res<BackgroundMessages, K>> {
  return (await browser.runtime.sendMessage({ cc: 1, type, data })) as Res<BackgroundMessages, K>;
}

/** Sends a message to a tab's content script and resolves with its reply. */
export async function sendToTab<K extends keyof ContentMessages>(
  tabId: number,
  type: K,
  data: Req<ContentMessages, K>,
): Promise<Res<ContentMessages, K>> {
  return (await browser.tabs.sendMessage(tabId, { cc: 1, type, data })) as Res<ContentMessages, K>;
}

function listen<M>(handlers: Handlers<M>, signal?: AbortSignal): void {
  const listener = (msg: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(msg)) return undefined;
    const handler = handlers[msg.type as keyof M];
    if (!handler) return undefined;
    // The polyfill turns a returned promise into the reply; errors reject on the sender's side.
    return Promise.resolve().then(() => handler(msg.data as never, sender));
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never));
}

/** Registers the background's handlers. */
export function onBackgroundMessages(handlers: Handlers<BackgroundMessages>, signal?: AbortSignal): void {
  listen(handlers, signal);
}

/** Registers a content script's handlers; they are removed when `signal` aborts. */
export function onContentMessages(handlers: Handlers<ContentMessages>, signal?: AbortSignal): void {
  listen(handlers, signal);
}
