// Final transcript segments wait here until the server has stored them. The queue survives a
// reload (localStorage), and every upload carries the segments' client ids.
import type { CandidateApi, SavedSegment } from "./candidate-api";
import { type OutboxStore, RetryingOutbox } from "./retrying-outbox";

export { UnsavedSegmentsError } from "./retrying-outbox";

export type PendingSegment = SavedSegment & { speaker: "candidate" };

export class SegmentOutbox extends RetryingOutbox<PendingSegment> {
  constructor(api: CandidateApi, storageKey: string) {
    super({
      send: (batch) => api.saveSegments(batch),
      batchLimit: 100,
      itemName: "A transcript segment",
      store: localStorageStore(storageKey),
    });
  }
}

function localStorageStore(key: string): OutboxStore<PendingSegment> {
  return {
    read() {
      try {
        const raw = localStorage.getItem(key);
        const parsed: unknown = raw ? JSON.parse(raw) : [];
        return Array.isArray(parsed) ? (parsed as PendingSegment[]) : [];
      } catch {
        return [];
      }
    },
    write(items) {
      try {
        if (items.length === 0) localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify(items));
      } catch {
        // Private mode or a full quota: the queue still lives in memory for this page.
      }
    },
  };
}
