import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CreateHttpStoreOptions, createHttpStore } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, throwingProxy } from '../../../../test/support/hostile.js';

// Unit tests with a scripted fetch; test/http-store.test.ts runs the same store against a real server.

type Call = { url: string; init: RequestInit };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
const record = (version: number, value: Record<string, unknown> = { id: 'v1' }) => ({ id: 'v1', collection: 'drafts', version, value, updatedAt: '2026-03-01T10:00:00Z' });

function scripted(answers: (() => Response | Promise<Response>)[], options: Partial<CreateHttpStoreOptions> = {}) {
  const calls: Call[] = [];
  const delays: number[] = [];
  const store = expectSuccess(
    createHttpStore({
      baseUrl: 'https://portal.example/api/samspil',
      fetch: async (url, init) => {
        calls.push({ url, init });
        const next = answers.shift();
        if (next === undefined) throw new TypeError('fetch failed');
        return next();
      },
      sleep: async (ms) => {
        delays.push(ms);
      },
      random: () => 0,
      now: () => new Date('2026-03-01T10:00:00Z'),
      idempotencyKey: () => 'key-1',
      ...options,
    }),
  );
  return { store, calls, delays };
}

describe('createHttpStore', () => {
  it('sends the contract: URL, JSON body, If-Match, Idempotency-Key and the portal headers', async () => {
    const { store, calls } = scripted([() => json(200, record(3, { id: 'v1', a: 1 }), { etag: '"3"' })], {
      headers: async () => ({ authorization: 'Bearer abc' }),
    });
    const written = expectSuccess(await store.put('drafts', deepFreeze({ id: 'v1', a: 1 }), { expectedVersion: 2 }));
    expect(written).toMatchObject({ queued: false, record: { version: 3 } });
    expect(calls[0]?.url).toBe('https://portal.example/api/samspil/collections/drafts/records/v1');
    expect(calls[0]?.init).toMatchObject({
      method: 'PUT',
      body: '{"value":{"id":"v1","a":1}}',
      headers: { 'if-match': '"2"', 'idempotency-key': 'key-1', authorization: 'Bearer abc', 'content-type': 'application/json' },
    });
  });

  it('gives up on an unreachable server for reads with store_unavailable after the configured attempts', async () => {
    const { store, calls, delays } = scripted([], { retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 150 } });
    const result = await store.get('drafts', 'v1');
    expect(issueCodes(result)).toEqual(['store_unavailable']);
    expect(calls).toHaveLength(3);
    expect(delays).toEqual([50, 75]); // jitter 0 waits half the capped backoff
  });

  it('reads an HTTP-date Retry-After against the injected clock', async () => {
    const { store, delays } = scripted([() => json(503, {}, { 'retry-after': 'Sun, 01 Mar 2026 10:00:02 GMT' }), () => json(404, {})], {
      retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 5_000 },
    });
    expect(expectSuccess(await store.get('drafts', 'v1'))).toBeNull();
    expect(delays).toEqual([2_000]);
  });

  it('maps answers to typed results: 507 quota, other statuses refused, broken bodies invalid', async () => {
    const cases: [Response, string][] = [
      [json(507, {}), 'store_quota_exceeded'],
      [json(400, {}), 'store_server_refused'],
      [json(412, 'not a conflict body'), 'store_invalid_response'],
      [json(200, record(1, { id: 'other' })), 'store_invalid_response'],
      [json(200, record(2), { etag: '"5"' }), 'store_invalid_response'],
    ];
    for (const [response, code] of cases) {
      const { store } = scripted([() => response], { retry: { attempts: 1 } });
      expect(issueCodes(await store.put('drafts', { id: 'v1' }))).toEqual([code]);
    }
  });

  it('reports a queue storage that is full instead of pretending the change was kept', async () => {
    const full = {
      all: () => [],
      append: () => {
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      },
      remove: () => undefined,
    };
    const { store } = scripted([], { queue: full, retry: { attempts: 1 } });
    const result = await store.put('drafts', { id: 'v1', notes: 'tekst' });
    expectFailure(result);
    expect(issueCodes(result)).toEqual(['store_quota_exceeded']);
    expect(result.issues[0]?.message).toContain('Din tekst står stadig på skærmen');
  });

  it('refuses invalid options with store_option_invalid', () => {
    for (const baseUrl of ['ftp://x', 'not a url', 'https://x/?q=1', 42, undefined]) {
      expect(issueCodes(createHttpStore({ baseUrl } as never))).toContain('store_option_invalid');
    }
    expect(issueCodes(createHttpStore({ baseUrl: 'https://x', retry: { attempts: 0 } }))).toEqual(['store_option_invalid']);
    expect(issueCodes(createHttpStore({ baseUrl: 'https://x', queue: {} as never }))).toEqual(['store_option_invalid']);
    expectFailure(createHttpStore(throwingProxy() as never));
    expectFailure(createHttpStore(null as never));
  });

  it('answers well-formed results for any input, never throwing or rejecting (property)', async () => {
    const { store } = scripted([], { retry: { attempts: 1 } });
    await fc.assert(
      fc.asyncProperty(anyInput, anyInput, anyInput, async (a, b, c) => {
        for (const result of [await store.get(a, b), await store.put(a, b, c as never), await store.delete(a, b, c as never), await store.list(a, b as never), await store.discardPendingChange(a)]) {
          if (!result.ok) expectFailure(result);
        }
      }),
      { numRuns: 100 },
    );
    fc.assert(fc.property(anyInput, (input) => createHttpStore(input as never).ok === false || typeof input === 'object'));
  });
});
