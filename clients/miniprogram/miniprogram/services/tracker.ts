import type { GraphQLClient } from '../api/client';
import { ApiError, NETWORK_LOST } from '../api/errors';
import { randomId } from '../api/session';
import { TrackEventsDocument, type TrackedEventInput } from '../generated/graphql';

export type TrackedEvent = Omit<TrackedEventInput, 'id' | 'occurredAt'>;

const MAX_BATCH = 100;

export interface TrackerOptions {
  /** Sends once this many events wait. */
  batchSize?: number;
  /** Sends what waits this long after the first event. */
  flushAfterMilliseconds?: number;
  now?: () => Date;
}

/**
 * Batches what the learner does into trackEvents calls. Every event gets its client id when it happens, so a batch
 * resent after a lost answer stores nothing twice; the app flushes on hide so nothing waits for the next launch.
 */
export class EventTracker {
  private queue: TrackedEventInput[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private sending: Promise<void> | null = null;

  constructor(
    private readonly client: GraphQLClient,
    private readonly options: TrackerOptions = {},
  ) {}

  get pending(): number {
    return this.queue.length;
  }

  track(event: TrackedEvent): void {
    const now = this.options.now?.() ?? new Date();
    this.queue.push({ ...event, id: randomId(), occurredAt: now.toISOString() });
    if (this.queue.length >= (this.options.batchSize ?? 20)) {
      void this.flush();
    } else {
      this.timer ??= setTimeout(() => void this.flush(), this.options.flushAfterMilliseconds ?? 5000);
    }
  }

  /** Sends everything waiting; events stay queued when the network is down and go with the next flush. */
  async flush(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.sending;
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, MAX_BATCH);
      this.sending = this.send(batch);
      try {
        await this.sending;
      } finally {
        this.sending = null;
      }
      if (this.queue[0] === batch[0]) {
        return;
      }
    }
  }

  private async send(batch: TrackedEventInput[]): Promise<void> {
    try {
      await this.client.request(TrackEventsDocument, { input: { events: batch } });
      this.queue.splice(0, batch.length);
    } catch (error) {
      // A batch the server refuses would be refused forever (it is stored all or none): drop it. Keep it when the
      // answer never came.
      if (!(error instanceof ApiError) || error.code !== NETWORK_LOST) {
        this.queue.splice(0, batch.length);
      }
    }
  }
}
