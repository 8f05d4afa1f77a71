/**
 * The few extension APIs the tests call inside the browser, typed here because the project ships no
 * `chrome` typings. Code passed to `inExtension` reaches them through `extApi()` (copied into each
 * evaluated function, since evaluated code cannot import).
 */

/** What the tests use of `browser` / `chrome`. */
export interface ExtApi {
  tabs: {
    query(q: { url?: string; active?: boolean }): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; openPopup(): Promise<void> };
  storage: {
    local: { get(k?: string | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };
    session: { get(k?: string | null): Promise<Record<string, unknown>> };
  };
}

/** The global that holds the APIs in whichever browser this runs: `browser` (Firefox) or `chrome`. */
export type ExtGlobal = { browser?: ExtApi; chrome?: ExtApi };
