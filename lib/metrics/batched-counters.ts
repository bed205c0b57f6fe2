import "server-only";

const flushIntervalMs = 2_000;

/** Where counters are shared between instances: one Redis hash, say. */
export interface CounterStore {
  addCounters(deltas: Record<string, number>): Promise<void>;
  readCounters(): Promise<Record<string, number>>;
}

export type BatchedCounters = ReturnType<typeof createBatchedCounters>;

/**
 * Named counters, counted in memory and, with a shared store, flushed to it in batches (one
 * pipelined write every 2 s), so instances share totals without a write per event.
 */
export function createBatchedCounters(store: CounterStore | null) {
  const local = new Map<string, number>();
  const unflushed = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  function add(field: string, delta = 1) {
    local.set(field, (local.get(field) ?? 0) + delta);
    if (!store) return;
    unflushed.set(field, (unflushed.get(field) ?? 0) + delta);
    timer ??= setTimeout(() => void flush(), flushIntervalMs);
    timer.unref?.();
  }

  async function flush() {
    timer = null;
    if (!store || unflushed.size === 0) return;
    const deltas = Object.fromEntries(unflushed);
    unflushed.clear();
    try {
      await store.addCounters(deltas);
    } catch {
      // Kept for the next flush: the store is down, and its own users report that.
      for (const [field, delta] of Object.entries(deltas)) {
        unflushed.set(field, (unflushed.get(field) ?? 0) + delta);
      }
    }
  }

  /** Shared totals with a store (plus what this instance has not flushed yet), local ones without. */
  async function read(): Promise<Record<string, number>> {
    if (!store) return Object.fromEntries(local);
    await flush();
    try {
      const shared = await store.readCounters();
      for (const [field, delta] of unflushed) shared[field] = (shared[field] ?? 0) + delta;
      return shared;
    } catch {
      return Object.fromEntries(local);
    }
  }

  return { add, read };
}
