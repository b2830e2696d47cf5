import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENTION_POINT_CATALOGUE, catalogueFor, findCatalogueEntry, ok, raiseAttentionPoint, type Result } from '@samspil/core';
import { deepFreeze } from '../../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../../test/support/expect-result.js';
import { isDeepFrozenData, parseOnceWhenFrozen } from './frozen-input.js';
import { NOW, raiseInput } from './test-fixtures.js';

const mutableCopy = () => structuredClone([...ATTENTION_POINT_CATALOGUE]) as Record<string, unknown>[];

// Ways to break one entry so the catalogue schema must refuse it.
const breakEntry = fc.constantFrom<(entry: Record<string, unknown>) => void>(
  (entry) => {
    entry.kind = 'worry';
  },
  (entry) => {
    entry.ageBands = [];
  },
  (entry) => {
    delete entry.label;
  },
  (entry) => {
    entry.colour = 'red';
  },
  (entry) => {
    (entry.label as Record<string, unknown>).da = 42;
  },
);

describe('isDeepFrozenData', () => {
  it('is true only when every object inside is frozen', () => {
    expect(isDeepFrozenData(ATTENTION_POINT_CATALOGUE)).toBe(true);
    expect(isDeepFrozenData('text')).toBe(true);
    expect(isDeepFrozenData(mutableCopy())).toBe(false);
    const shallow = Object.freeze(mutableCopy());
    expect(isDeepFrozenData(shallow)).toBe(false);
    const oneLeft = deepFreeze(mutableCopy().map((entry, index) => (index === 7 ? { ...entry } : entry)));
    expect(isDeepFrozenData(oneLeft)).toBe(true); // deepFreeze reaches the copy too
    const inner = { da: 'a', en: 'b' };
    const nestedMutable = Object.freeze([Object.freeze({ code: 'x', label: inner })]);
    expect(isDeepFrozenData(nestedMutable)).toBe(false);
  });

  it('refuses getters, class instances and functions, which can answer differently later', () => {
    let calls = 0;
    const withGetter = Object.freeze({
      get code() {
        calls += 1;
        return `code-${calls}`;
      },
    });
    expect(isDeepFrozenData(withGetter)).toBe(false);
    expect(calls).toBe(0); // checked without calling the getter
    expect(isDeepFrozenData(Object.freeze(new Map()))).toBe(false);
    expect(isDeepFrozenData(Object.freeze([Object.freeze(() => 1)]))).toBe(false);
    expect(isDeepFrozenData(Object.freeze(Object.create(null) as object))).toBe(true);
  });

  it('terminates on shared and cyclic data and treats a throwing proxy as not frozen', () => {
    const node: Record<string, unknown> = { name: 'a' };
    node.self = node;
    expect(isDeepFrozenData(deepFreeze(node))).toBe(true);
    const hostile = new Proxy(Object.freeze({}), {
      getPrototypeOf() {
        throw new Error('hostile');
      },
    });
    expect(isDeepFrozenData(hostile)).toBe(false);
  });

  it('answers false for any value with a mutable object in it and true once it is deep-frozen', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = structuredClone(value);
        expect(isDeepFrozenData(copy)).toBe(copy === null || typeof copy !== 'object');
        expect(isDeepFrozenData(deepFreeze(copy))).toBe(true);
      }),
    );
  });
});

describe('parseOnceWhenFrozen', () => {
  const counting = () => {
    let calls = 0;
    const parse = (input: unknown): Result<string> => {
      calls += 1;
      return ok(JSON.stringify(input));
    };
    return { parse, calls: () => calls };
  };

  it('parses a deep-frozen input once and a mutable one on every call', () => {
    const cache = new WeakMap<object, string>();
    const { parse, calls } = counting();
    const frozen = deepFreeze({ a: [1, 2] });
    for (let i = 0; i < 3; i += 1) expectSuccess(parseOnceWhenFrozen(cache, frozen, parse));
    expect(calls()).toBe(1);
    const mutable = { a: [1, 2] };
    for (let i = 0; i < 3; i += 1) expectSuccess(parseOnceWhenFrozen(cache, mutable, parse));
    expect(calls()).toBe(4);
    mutable.a.push(3);
    expect(expectSuccess(parseOnceWhenFrozen(cache, mutable, parse))).toBe('{"a":[1,2,3]}');
  });

  it('keeps no failure, so each caller gets messages in its own language', () => {
    const broken = deepFreeze([{ code: 'x' }]);
    const da = catalogueFor({}, { catalogue: broken, locale: 'da' });
    const en = catalogueFor({}, { catalogue: broken, locale: 'en' });
    expectFailure(da);
    expectFailure(en);
    expect(da.issues[0]?.message).not.toBe(en.issues[0]?.message);
  });
});

describe('catalogue validation cache (through the public functions)', () => {
  it('reuses the frozen answer for the shipped catalogue and re-reads a mutable copy', () => {
    const first = expectSuccess(catalogueFor({}, { catalogue: ATTENTION_POINT_CATALOGUE }));
    const second = expectSuccess(catalogueFor({ kind: 'resource' }, { catalogue: ATTENTION_POINT_CATALOGUE }));
    expect(second[0]).toBe(first[0]);
    expect(Object.isFrozen(first[0]?.label)).toBe(true);
    const copy = mutableCopy();
    const fromCopy = expectSuccess(catalogueFor({}, { catalogue: copy }));
    expect(expectSuccess(catalogueFor({}, { catalogue: copy }))[0]).not.toBe(fromCopy[0]);
    expect(Object.isFrozen(fromCopy[0])).toBe(false);
  });

  it('validates a mutable catalogue on every call: breaking it after a success fails the next call', () => {
    fc.assert(
      fc.property(fc.nat({ max: ATTENTION_POINT_CATALOGUE.length - 1 }), breakEntry, (index, breakIt) => {
        const copy = mutableCopy();
        const options = { now: NOW, catalogue: copy };
        const input = { ...raiseInput, subject: { kind: 'family' }, code: 'family-cohesion' };
        expectSuccess(raiseAttentionPoint({ points: [] }, input, options));
        expectSuccess(findCatalogueEntry('family-cohesion', options));
        breakIt(copy[index] as Record<string, unknown>);
        const raised = raiseAttentionPoint({ points: [] }, input, options);
        expectFailure(raised);
        expect(raised.issues.every((issue) => issue.path[0] === 'catalogue' && issue.path[1] === index)).toBe(true);
        expectFailure(findCatalogueEntry('family-cohesion', options));
        expectFailure(catalogueFor({}, options));
      }),
      { numRuns: 40 },
    );
  });

  it('re-reads a catalogue whose outer array is frozen but whose entries are not', () => {
    const entries = mutableCopy();
    const outerOnly = Object.freeze(entries);
    expectSuccess(catalogueFor({}, { catalogue: outerOnly }));
    (entries[0] as Record<string, unknown>).kind = 'worry';
    expect(issueCodes(catalogueFor({}, { catalogue: outerOnly }))).toContain('invalid_option');
  });
});
