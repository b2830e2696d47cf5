import fc from 'fast-check';

/** Text an attacker or a broken integration might send through any string field. */
export const hostileStrings: readonly string[] = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  '\u0000\u202e\ufeff',
  '😀'.repeat(50),
  ' ',
  '',
  'x'.repeat(100_001),
  '2026-02-30',
  '9999-99-99T99:99:99Z',
];

/** An object whose property reads throw, like a revoked proxy from another realm. */
export function throwingProxy(): unknown {
  return new Proxy(
    {},
    {
      get() {
        throw new Error('hostile getter');
      },
      ownKeys() {
        throw new Error('hostile ownKeys');
      },
      getOwnPropertyDescriptor() {
        throw new Error('hostile descriptor');
      },
    },
  );
}

/** An object with a prototype-pollution key set as an own property. */
export function pollutingObject(): unknown {
  return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
}

/** Anything at all, hostile strings and odd objects included. */
export const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }),
  fc.constantFrom(...hostileStrings),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(Number.NaN),
  fc.constant(new Date(Number.NaN)),
  fc.constant(pollutingObject()),
);

/**
 * Takes a valid record and replaces one value somewhere inside it with hostile data, so
 * validation is exercised past the first field.
 */
export function corruptSomewhere(valid: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(valid, []);
  return fc.tuple(fc.constantFrom(...paths), anyInput).map(([path, replacement]) => {
    if (path.length === 0) return replacement;
    const copy = structuredClone(valid) as Record<string | number, unknown>;
    let parent: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path[path.length - 1] as string | number] = replacement;
    return copy;
  });
}
