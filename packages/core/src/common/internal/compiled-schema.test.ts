import * as z from 'zod/mini';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compiledSchema } from './compiled-schema.js';

const Record = z.strictObject({ id: z.string().check(z.minLength(1)), tags: z.array(z.string()).check(z.maxLength(5)) });

/** Replaces the global `Function` with a spy counting `new Function(...)`, the only way zod generates code. */
function countGeneratedCode(): { readonly count: () => number } {
  let constructed = 0;
  const original = globalThis.Function;
  vi.stubGlobal(
    'Function',
    new Proxy(original, {
      construct(target, args: string[]) {
        constructed += 1;
        return Reflect.construct(target, args) as object;
      },
    }),
  );
  return { count: () => constructed };
}

describe('compiledSchema', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    z.config({ jitless: false });
  });

  it('compiles once, on first use, and reuses the result', () => {
    const spy = countGeneratedCode();
    const get = compiledSchema(Record);
    expect(spy.count()).toBe(0);
    expect(get()).toBe(get());
    expect(get()).not.toBe(Record);
    expect(spy.count()).toBeGreaterThan(0);
  });

  it('gives the same answers as the ordinary parser', () => {
    const compiled = compiledSchema(Record)();
    for (const input of [{ id: 'a', tags: [] }, { id: '', tags: [] }, { id: 'a', tags: [1] }, { id: 'a', tags: [], extra: 1 }, null]) {
      expect(compiled.safeParse(input)).toEqual(Record.safeParse(input));
    }
  });

  it('keeps the ordinary parser and generates no code when zod runs jitless', () => {
    z.config({ jitless: true });
    const spy = countGeneratedCode();
    const get = compiledSchema(Record);
    expect(get()).toBe(Record);
    expect(get().safeParse({ id: 'a', tags: [] }).success).toBe(true);
    expect(spy.count()).toBe(0);
  });

  it('consults jitless until it has compiled, so turning it on before the first parse is enough', () => {
    const get = compiledSchema(Record);
    z.config({ jitless: true });
    expect(get()).toBe(Record);
    z.config({ jitless: false });
    expect(get()).not.toBe(Record);
  });
});
