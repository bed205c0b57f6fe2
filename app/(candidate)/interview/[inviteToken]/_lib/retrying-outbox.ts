// Uploads wait here until the server has taken them, retried with backoff. Each item carries a
// client id the server deduplicates on (a segment id, a chunk's sequence number), so a retry of a
// request that did reach the server stores nothing twice. Transcript segments and answer
// recordings both go through it.
import { CandidateApiError } from "./candidate-api";

const maxBackoffMs = 15_000;

/** `drain` ran out of time; the page shows its own text for it, in the candidate's language. */
export class UnsavedSegmentsError extends Error {
  constructor() {
    super("Some of your answer could not be saved yet.");
    this.name = "UnsavedSegmentsError";
  }
}

/** Where a queue survives a reload; without one it lives as long as the page. */
export type OutboxStore<T> = { read(): T[]; write(items: readonly T[]): void };

export class RetryingOutbox<T extends { id: string }> {
  private pending: T[];
  private flushing: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private listeners = new Set<() => void>();

  constructor(
    private readonly options: {
      send: (batch: T[]) => Promise<unknown>;
      batchLimit: number;
      /** Named in the console when the server refuses an item for good. */
      itemName: string;
      store?: OutboxStore<T>;
    },
  ) {
    this.pending = options.store?.read() ?? [];
  }

  /** Items not yet confirmed by the server, in the order they were added. */
  get unsaved(): readonly T[] {
    return this.pending;
  }

  get isRetrying(): boolean {
    return this.failures > 0;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  add(item: T) {
    this.pending = [...this.pending, item];
    this.persist();
    void this.flush();
  }

  /** Resolves once everything queued so far is stored (or rejects after `timeoutMs`). */
  async drain(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending.length > 0) {
      if (Date.now() > deadline) throw new UnsavedSegmentsError();
      await this.flush();
      if (this.pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  flush(): Promise<void> {
    this.flushing ??= this.upload().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  dispose() {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.listeners.clear();
  }

  private async upload() {
    while (this.pending.length > 0) {
      const batch = this.pending.slice(0, this.options.batchLimit);
      try {
        await this.options.send(batch);
      } catch (error) {
        // A 4xx other than a rate limit will not get better by retrying: drop what was refused.
        if (
          error instanceof CandidateApiError &&
          error.status >= 400 &&
          error.status < 500 &&
          error.status !== 429 &&
          error.status !== 408
        ) {
          console.error(`${this.options.itemName} was refused:`, error.message);
        } else {
          this.failures += 1;
          this.notify();
          this.scheduleRetry();
          return;
        }
      }
      const sent = new Set(batch.map((item) => item.id));
      this.pending = this.pending.filter((item) => !sent.has(item.id));
      this.failures = 0;
      this.persist();
    }
  }

  private scheduleRetry() {
    if (this.retryTimer) return;
    const delay = Math.min(maxBackoffMs, 500 * 2 ** this.failures);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, delay);
  }

  private persist() {
    this.options.store?.write(this.pending);
    this.notify();
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }
}
