// Test support for the differential tests: run one input through a lean schema and through the
// same schema built with zod/mini, and compare what a caller can observe. Not part of the build
// (`*fixtures*.ts` files are left out of the barrel and the package).
import fc from 'fast-check';
import { anyInput, hostileStrings, throwingProxy } from '../../../../../test/support/hostile.js';

/** What a caller can see of one parse: that it threw, the output value, or the issues. */
export type Outcome = { readonly threw: true } | { readonly ok: true; readonly value: unknown; readonly keys: unknown } | { readonly ok: false; readonly issues: unknown };

interface SafeParsing {
  safeParse(input: unknown): { success: boolean; data?: unknown; error?: { issues: unknown } };
}

/** Own keys in order, all the way down: `toStrictEqual` ignores key order, a caller iterating the output does not. */
export function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (value === null || typeof value !== 'object') return null;
  return Object.keys(value).map((key) => [key, keyOrder((value as Record<string, unknown>)[key])]);
}

export function outcome(schema: SafeParsing, input: unknown): Outcome {
  try {
    const result = schema.safeParse(input);
    if (result.success) return { ok: true, value: result.data, keys: keyOrder(result.data) };
    return { ok: false, issues: result.error?.issues };
  } catch {
    return { threw: true };
  }
}

/** Values that break lazy assumptions: throwing getters and traps, lying proxies, inherited keys. */
export function trickyObjects(keys: readonly string[]): unknown[] {
  const key = keys[0] ?? 'id';
  const throwingGetter = {};
  Object.defineProperty(throwingGetter, key, { enumerable: true, get: () => { throw new Error('getter'); } });
  const inherited = Object.create(Object.fromEntries(keys.map((name) => [name, 'x'])));
  const nullPrototype = Object.assign(Object.create(null), Object.fromEntries(keys.map((name) => [name, 'x'])));
  return [
    throwingProxy(),
    new Proxy({}, { has: () => { throw new Error('has'); } }),
    new Proxy({}, { get: () => 'x', has: () => false }),
    new Proxy({}, { ownKeys: () => { throw new Error('ownKeys'); } }),
    new Proxy([], { get: (target, property) => (property === 'length' ? 3 : Reflect.get(target, property)) }),
    throwingGetter,
    inherited,
    nullPrototype,
    JSON.parse(`{"__proto__": {"${key}": "x"}, "${key}": "y"}`),
    Object.fromEntries(keys.map((name) => [name, null])),
    new Date(0),
    new Map([[key, 'x']]),
    [Object.fromEntries(keys.map((name) => [name, 'x']))],
    { length: 3 },
    { length: 'many' },
    Symbol('s'),
    () => 1,
    BigInt(1),
  ];
}

/** Replacements near the limits core uses: lengths either side of 1, 128, 200, 2,000, astral text, odd numbers. */
const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    '',
    'a',
    'x'.repeat(127),
    'x'.repeat(128),
    'x'.repeat(129),
    'x'.repeat(200),
    'x'.repeat(201),
    '😀',
    '😀a',
    '😀😀',
    '😀'.repeat(100),
    '😀'.repeat(101),
    '😀'.repeat(201),
    '\uD800'.repeat(129),
    'x'.repeat(2_001),
    'x'.repeat(20_001),
    '2024-02-29',
    '2023-02-29',
    '2026-03-01T09:30:00+01:00',
    '2026-03-01T09:30:00.123Z',
    '2026-03-01T09:30Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01 09:30:00Z',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1.5,
    2 ** 53,
    -(2 ** 53),
    1e300,
    true,
    null,
    undefined,
    [],
    {},
    [null],
    [undefined],
  ),
  fc.constantFrom(...hostileStrings),
);

function paths(value: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    found.push(path);
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...path, index]));
    else if (node !== null && typeof node === 'object') for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
  };
  walk(value, []);
  return found;
}

/** A copy of the arrays and plain objects in `value` (holes kept); anything else is shared, functions included. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    value.forEach((item, index) => (copy[index] = copyOf(item)));
    return copy;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyOf(item)]));
  }
  return value;
}

type Edit = (parent: Record<string | number, unknown>, key: string | number, extra: unknown) => void;

const edits: Edit[] = [
  (parent, key, extra) => (parent[key] = extra),
  (parent, key) => delete parent[key],
  (parent, key) => (parent[key] = undefined),
  (parent, key) => (parent[key] = null),
  (parent, key) => (parent[key] = [parent[key]]),
  (parent) => (parent.unexpected = 'x'),
  (parent) => ((parent as Record<PropertyKey, unknown>)[Symbol('extra')] = 'x'),
  (parent) => Object.defineProperty(parent, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true }),
  (parent, key) => {
    const list = parent[key];
    if (Array.isArray(list)) list.length += 2; // holes at the end
    else parent[key] = Object.assign([], { 5: list }); // a sparse array
  },
  (parent, key) => {
    const list = parent[key];
    if (Array.isArray(list) && list.length > 0) list.push(...list); // repeated items, duplicate ids
    else parent[key] = { nested: { deeper: null } };
  },
];

/** `valid` with one to three edits somewhere inside: a value swapped, a key dropped or added, a list made sparse or longer. */
export function nearValid(valid: unknown): fc.Arbitrary<unknown> {
  const where = paths(valid);
  const edit = fc.tuple(fc.constantFrom(...where), fc.nat(edits.length - 1), fc.oneof({ arbitrary: edgeValue, weight: 3 }, { arbitrary: anyInput, weight: 1 }));
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((chosen) => {
    let copy = copyOf(valid);
    for (const [path, which, extra] of chosen) {
      if (path.length === 0) {
        copy = extra;
        continue;
      }
      let parent: unknown = copy;
      for (const key of path.slice(0, -1)) parent = parent === null || typeof parent !== 'object' ? undefined : (parent as Record<string | number, unknown>)[key];
      if (parent === null || typeof parent !== 'object') continue;
      try {
        (edits[which] as Edit)(parent as Record<string | number, unknown>, path[path.length - 1] as string | number, extra);
      } catch {
        // A frozen or exotic value put there by an earlier edit: leave it as it is.
      }
    }
    return copy;
  });
}

/** Valid records, records with edits (hostile data among them), and anything at all. */
export function inputsFor(valid: readonly unknown[]): fc.Arbitrary<unknown> {
  const samples = fc.constantFrom(...valid);
  return fc.oneof({ arbitrary: samples, weight: 1 }, { arbitrary: samples.chain(nearValid), weight: 8 }, { arbitrary: anyInput, weight: 1 });
}
