import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@samspil/core';
import { anyInput, pollutingObject, throwingProxy } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

/** Rebuilds a JSON value with every object's keys inserted in a different (seeded) order. */
function reorderKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, index) => reorderKeys(item, seed + index));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const shift = keys.length === 0 ? 0 : seed % keys.length;
  const order = [...keys.slice(shift), ...keys.slice(0, shift)].reverse();
  const copy: Record<string, unknown> = {};
  for (const key of order) {
    Object.defineProperty(copy, key, {
      value: reorderKeys((value as Record<string, unknown>)[key], seed + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(expectSuccess(canonicalJson({ b: [1, { d: true, c: null }], a: 'x' }))).toBe('{"a":"x","b":[1,{"c":null,"d":true}]}');
    expect(expectSuccess(canonicalJson([3, 1, 2]))).toBe('[3,1,2]');
  });

  it('orders keys by UTF-16 code units, as RFC 8785 does', () => {
    expect(expectSuccess(canonicalJson({ b: 1, B: 2, a: 3, æ: 4, '10': 5, '9': 6 }))).toBe('{"10":5,"9":6,"B":2,"a":3,"b":1,"æ":4}');
  });

  it('writes numbers and strings the way JSON.stringify does, with -0 as 0', () => {
    expect(expectSuccess(canonicalJson({ n: 1e21, m: 0.1, z: -0, s: 'line\n"quote" \u2028 \ud800' }))).toBe(
      '{"m":0.1,"n":1e+21,"s":"line\\n\\"quote\\" \u2028 \\ud800","z":0}',
    );
  });

  it.each([
    ['undefined', { a: { b: undefined } }, ['a', 'b']],
    ['a function', { a: [1, () => 1] }, ['a', 1]],
    ['a symbol', { s: Symbol('x') }, ['s']],
    ['a bigint', { big: 10n }, ['big']],
    ['NaN', { n: Number.NaN }, ['n']],
    ['Infinity', [Infinity], [0]],
    ['a Date', { at: new Date(0) }, ['at']],
    ['a Map', { m: new Map() }, ['m']],
    ['a class instance', { u: new URL('https://example.org') }, ['u']],
    // eslint-disable-next-line no-sparse-arrays
    ['a sparse array', { list: [1, , 3] }, ['list']],
    ['an array with extra keys', { list: Object.assign([1], { extra: 2 }) }, ['list']],
    ['a symbol key', { o: { [Symbol('k')]: 1 } }, ['o']],
  ])('rejects %s at its path', (_name, value, path) => {
    const result = canonicalJson(value);
    expectFailure(result);
    expect(result.issues[0]?.code).toBe('ledger_not_json');
    expect(result.issues[0]?.path).toEqual(path);
  });

  it('rejects cycles but accepts a value shared by two branches', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = { back: cyclic };
    expect(canonicalJson(cyclic)).toMatchObject({ ok: false, issues: [{ code: 'ledger_not_json', path: ['self', 'back'], params: { reason: 'cycle' } }] });
    const shared = { x: 1 };
    expect(expectSuccess(canonicalJson({ a: shared, b: shared }))).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it('stops at the depth limit instead of exhausting the stack', () => {
    let deep: unknown = 0;
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    expect(issueCodes(canonicalJson(deep))).toEqual(['ledger_not_json']);
    expect(issueCodes(canonicalJson([[[1]]], { maxDepth: 2 }))).toEqual(['ledger_not_json']);
    expect(canonicalJson([[[1]]], { maxDepth: 3 })).toEqual({ ok: true, value: '[[[1]]]' });
  });

  it('accepts null-prototype objects and keeps a "__proto__" key as data', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 1, a: 2 });
    expect(expectSuccess(canonicalJson(bare))).toBe('{"a":2,"b":1}');
    expect(expectSuccess(canonicalJson(pollutingObject()))).toBe('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a throwing proxy as unreadable input, in English when asked', () => {
    const result = canonicalJson({ a: throwingProxy() }, { locale: 'en' });
    expect(issueCodes(result)).toEqual(['unreadable_input']);
    expect(issueCodes(canonicalJson(undefined))).toEqual(['ledger_not_json']);
    expectFailure(canonicalJson(undefined, { locale: 'en' }));
  });

  it('does not mutate its input', () => {
    const value = deepFreeze({ z: [{ y: 1, x: 2 }], a: { c: 3, b: 4 } });
    expect(expectSuccess(canonicalJson(value))).toBe('{"a":{"b":4,"c":3},"z":[{"x":2,"y":1}]}');
  });

  it('property: key order never changes the text, and the text parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, seed) => {
        const text = expectSuccess(canonicalJson(value));
        expect(expectSuccess(canonicalJson(reorderKeys(value, seed)))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('property: never throws on any input and answers with text or well-formed issues', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = canonicalJson(input);
        if (result.ok) expect(() => JSON.parse(result.value) as unknown).not.toThrow();
        else expectFailure(result);
      }),
    );
  });
});
