/**
 * Where reports live, and the one writer in front of it. `ReportStore` is just load/save of the whole
 * state; `createReportWriter` serialises every change through it with group commit: changes that arrive
 * while a save is in flight are applied together to a freshly loaded state and saved once, so 1,000
 * reports filed at once from 10 tabs cost tens of writes, not 1,000, and none overwrites another.
 */
import { emptyState, type ReportsState } from './model';

/** Loads and saves the whole reports state. */
export interface ReportStore {
  load(): Promise<ReportsState>;
  save(state: ReportsState): Promise<void>;
}

/** A store in memory, for tests and the command line. Copies in and out, as real storage does. */
export class MemoryReportStore implements ReportStore {
  private state: ReportsState;
  /** How many saves happened: tests use it to see group commit at work. */
  saves = 0;

  constructor(initial: ReportsState = emptyState()) {
    this.state = structuredClone(initial);
  }

  async load(): Promise<ReportsState> {
    return structuredClone(this.state);
  }

  async save(state: ReportsState): Promise<void> {
    this.saves++;
    this.state = structuredClone(state);
  }
}

/** A change to the state: synchronous, so a batch is applied and saved as one step. Validate before mutating. */
export type ReportOp<R> = (state: ReportsState) => R;

/** The one writer of the reports state. */
export interface ReportWriter {
  /** Applies `op` after every change queued before it; resolves once the result is saved. */
  update<R>(op: ReportOp<R>): Promise<R>;
  /** The state as last saved. */
  read(): Promise<ReportsState>;
}

interface Pending {
  op: ReportOp<unknown>;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

/** Creates the writer for `store`. Keep one per store per context (the background). */
export function createReportWriter(store: ReportStore): ReportWriter {
  let queue: Pending[] = [];
  let draining: Promise<void> | null = null;

  async function drain(): Promise<void> {
    while (queue.length) {
      const batch = queue;
      queue = [];
      try {
        const state = await store.load();
        const results = batch.map((p) => {
          try {
            return { ok: true as const, value: p.op(state) };
          } catch (error) {
            return { ok: false as const, error };
          }
        });
        await store.save(state);
        results.forEach((r, i) => (r.ok ? batch[i]!.resolve(r.value) : batch[i]!.reject(r.error)));
      } catch (err) {
        // Load or save failed: nothing of this batch is claimed as stored.
        for (const p of batch) p.reject(err);
      }
    }
  }

  function kick(): void {
    if (draining) return;
    draining = drain().finally(() => {
      draining = null;
      // A change queued after the loop's last check but before this point must not be stranded.
      if (queue.length) kick();
    });
  }

  return {
    update<R>(op: ReportOp<R>): Promise<R> {
      const done = new Promise<R>((resolve, reject) => {
        queue.push({ op, resolve: resolve as (v: unknown) => void, reject });
      });
      kick();
      return done;
    },
    read: () => store.load(),
  };
}
