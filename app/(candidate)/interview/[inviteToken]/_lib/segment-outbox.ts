// Final transcript segments wait here until the server has stored them. The queue survives a
// reload (localStorage), and every upload carries the segments' client ids, so a retry of a
// request that did reach the server stores nothing twice.
import type { CandidateApi, SavedSegment } from "./candidate-api";
import { CandidateApiError } from "./candidate-api";

export type PendingSegment = SavedSegment & { speaker: "candidate" };

const maxBackoffMs = 15_000;
const batchLimit = 100;

/** `drain` ran out of time; the page shows its own text for it, in the candidate's language. */
export class UnsavedSegmentsError extends Error {
  constructor() {
    super("Some of your answer could not be saved yet.");
    this.name = "UnsavedSegmentsError";
  }
}

export class SegmentOutbox {
  private pending: PendingSegment[];
  private flushing: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private listeners = new Set<() => void>();

  constructor(
    private readonly api: CandidateApi,
    private readonly storageKey: string,
  ) {
    this.pending = readStored(storageKey);
  }

  /** Segments not yet confirmed by the server, in the order they were said. */
  get unsaved(): readonly PendingSegment[] {
    return this.pending;
  }

  get isRetrying(): boolean {
    return this.failures > 0;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  add(segment: PendingSegment) {
    this.pending = [...this.pending, segment];
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
      const batch = this.pending.slice(0, batchLimit);
      try {
        await this.api.saveSegments(batch);
      } catch (error) {
        // A 4xx other than a rate limit will not get better by retrying: drop what was refused.
        if (
          error instanceof CandidateApiError &&
          error.status >= 400 &&
          error.status < 500 &&
          error.status !== 429 &&
          error.status !== 408
        ) {
          console.error("A transcript segment was refused:", error.message);
        } else {
          this.failures += 1;
          this.notify();
          this.scheduleRetry();
          return;
        }
      }
      const sent = new Set(batch.map((segment) => segment.id));
      this.pending = this.pending.filter((segment) => !sent.has(segment.id));
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
    try {
      if (this.pending.length === 0) localStorage.removeItem(this.storageKey);
      else localStorage.setItem(this.storageKey, JSON.stringify(this.pending));
    } catch {
      // Private mode or a full quota: the queue still lives in memory for this page.
    }
    this.notify();
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }
}

function readStored(key: string): PendingSegment[] {
  try {
    const raw = localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as PendingSegment[]) : [];
  } catch {
    return [];
  }
}
