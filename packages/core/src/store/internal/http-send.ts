// One HTTP exchange with retries: exponential backoff with jitter on network errors, 408, 429
// and 5xx; Retry-After is honoured, and a server asking for a longer pause than `maxDelayMs`
// gets its answer handed back instead of a blocked caller.

export interface RetryPolicy {
  /** Tries in all, the first included (at least 1). */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export interface SendContext {
  readonly fetch: (url: string, init: RequestInit) => Promise<Response>;
  readonly headers: () => Promise<Record<string, string>>;
  readonly retry: RetryPolicy;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly now: () => unknown;
}

export type SendOutcome =
  | { readonly kind: 'network' }
  | { readonly kind: 'response'; readonly status: number; readonly etag: string | null; readonly retryAfterMs: number | null; readonly text: string };

const retryable = (status: number): boolean => status === 408 || status === 429 || status >= 500;

function retryAfterMs(header: string | null, now: () => unknown): number | null {
  if (header === null) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  let current: unknown;
  try {
    current = now();
  } catch {
    return null;
  }
  return current instanceof Date ? Math.max(0, at - current.getTime()) : null;
}

function backoff(attempt: number, policy: RetryPolicy, random: () => number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  let r = 0.5;
  try {
    const value = random();
    if (Number.isFinite(value)) r = Math.min(1, Math.max(0, value));
  } catch {
    // a broken jitter source: fall back to the middle
  }
  return Math.round(cap / 2 + (cap / 2) * r);
}

export async function send(context: SendContext, method: string, url: string, body: string | undefined, extra: Record<string, string>): Promise<SendOutcome> {
  const { retry } = context;
  for (let attempt = 0; ; attempt += 1) {
    const last = attempt + 1 >= retry.attempts;
    let outcome: SendOutcome;
    try {
      const headers: Record<string, string> = { accept: 'application/json', ...(await context.headers()), ...extra };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await context.fetch(url, body === undefined ? { method, headers } : { method, headers, body });
      const text = await response.text();
      outcome = {
        kind: 'response',
        status: response.status,
        etag: response.headers.get('etag'),
        retryAfterMs: retryAfterMs(response.headers.get('retry-after'), context.now),
        text,
      };
    } catch {
      outcome = { kind: 'network' };
    }
    if (last) return outcome;
    if (outcome.kind === 'response') {
      if (!retryable(outcome.status)) return outcome;
      if (outcome.retryAfterMs !== null && outcome.retryAfterMs > retry.maxDelayMs) return outcome;
    }
    const wait = outcome.kind === 'response' && outcome.retryAfterMs !== null ? outcome.retryAfterMs : backoff(attempt, retry, context.random);
    try {
      await context.sleep(wait);
    } catch {
      // a sleep that fails still counts as having waited
    }
  }
}
