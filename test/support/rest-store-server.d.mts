/** One request the test server received, for assertions about headers and order. */
export interface RestStoreRequest {
  readonly method: string | undefined;
  readonly path: string;
  readonly idempotencyKey: string | string[] | undefined;
  readonly ifMatch: string | undefined;
  readonly ifNoneMatch: string | undefined;
}

export interface RestStoreRecord {
  readonly id: string;
  readonly collection: string;
  readonly version: number;
  readonly value: Record<string, unknown>;
  readonly updatedAt: string;
}

export interface RestStoreServer {
  /** Base URL, e.g. `http://127.0.0.1:54321`. */
  readonly url: string;
  /** Writes that changed state; replays deduplicated by Idempotency-Key are not counted. */
  readonly appliedWrites: number;
  readonly requests: RestStoreRequest[];
  /** Offline: open sockets are destroyed and every request is answered by closing its socket, until set back. */
  setOffline(offline: boolean): void;
  /** The next `count` requests answer `status` (default 503), with Retry-After seconds if given. */
  failNext(count: number, options?: { status?: number; retryAfter?: number }): void;
  record(collection: string, id: string): RestStoreRecord | undefined;
  /** Stores a new version as another tab or device would. */
  changeElsewhere(collection: string, value: { id: string } & Record<string, unknown>): RestStoreRecord;
  resetCounters(): void;
  close(): Promise<void>;
}

export function startRestStoreServer(options?: { now?: () => Date; maxBodyBytes?: number }): Promise<RestStoreServer>;
